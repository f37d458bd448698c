// The PSF membership classes in Polish: the same facts as PSF_TIERS in psf-membership.ts
// (PSF bylaws, sections 4.1–4.11). Pure data: fetched only by pages in Polish.
import type { Translation } from '../shared/locale.ts';
import type { psfEn } from './psf-membership.ts';

const pl: Translation<typeof psfEn> = {
  'basic.name': 'Podstawowe',
  'basic.summary': 'Dołącz do PSF bezpłatnie i stań się częścią jej społeczności.',
  'basic.eligibility': 'Zarejestruj się i zaakceptuj Kodeks postępowania PSF.',
  'basic.note': '',
  'basic.benefit0': 'Udział w zebraniach członków PSF',
  'basic.benefit1': 'Wliczanie do kworum zebrań członków',
  'supporting.name': 'Wspierające',
  'supporting.summary': 'Finansuj pracę PSF coroczną darowizną; głosuj w wyborach PSF przez dwanaście miesięcy po każdej wpłacie.',
  'supporting.eligibility': 'Przekaż coroczną darowiznę (sugerowana kwota 99 USD, skala ruchoma od 25 USD) lub wnieś opłatę dożywotnią.',
  'supporting.note': 'Kwota sugerowana; skala ruchoma od 25 USD lub opłata dożywotnia.',
  'supporting.benefit0': 'Udział w zebraniach członków PSF',
  'supporting.benefit1': 'Wliczanie do kworum zebrań członków',
  'contributing.name': 'Współtworzące',
  'contributing.summary': 'Działaj jako wolontariusz na rzecz społeczności Pythona i głosuj w wyborach PSF.',
  'contributing.eligibility':
    'Poświęcaj co najmniej pięć godzin miesięcznie na wolontariat wspierający misję PSF (efekty pracy udostępniane na licencji open source) i co roku to potwierdzaj.',
  'contributing.note': 'Twój czas: co najmniej pięć godzin miesięcznie.',
  'contributing.benefit0': 'Udział w zebraniach członków PSF',
  'contributing.benefit1': 'Wliczanie do kworum zebrań członków',
  'fellow.name': 'Fellow',
  'fellow.summary': 'Wyróżnienie za wybitny wkład w rozwój Pythona; dożywotnie członkostwo z prawem głosu.',
  'fellow.eligibility':
    'Nominacja przez członka z prawem głosu lub grupę roboczą PSF za wybitny wkład, a następnie zatwierdzenie. Tytuł Fellow jest dożywotni.',
  'fellow.note': 'Z nominacji; dożywotnio.',
  'fellow.benefit0': 'Udział w zebraniach członków PSF',
  'fellow.benefit1': 'Wliczanie do kworum zebrań członków',
  'psf.heading': 'Zostań członkiem Python Software Foundation',
  'psf.votingNote': 'Członkowie z prawem głosu co roku potwierdzają, że zamierzają głosować w wyborach PSF.',
};

export default pl;
