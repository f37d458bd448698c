// Finnish words of the PSF membership classes (the same facts as PSF_TIERS in psf-membership.ts; PSF bylaws, sections 4.1–4.11). Pure data: fetched only by pages in Finnish.
import type { Translation } from '../shared/locale.ts';
import type { psfEn } from './psf-membership.ts';

const fi: Translation<typeof psfEn> = {
  'basic.name': 'Perus',
  'basic.summary': 'Liity PSF:ään maksutta ja ole osa sen yhteisöä.',
  'basic.eligibility': 'Rekisteröidy ja hyväksy PSF:n käytösohjeet.',
  'basic.note': '',
  'basic.benefit0': 'Osallistuminen PSF:n jäsenkokouksiin',
  'basic.benefit1': 'Lasketaan mukaan jäsenkokousten päätösvaltaisuuteen',
  'supporting.name': 'Tukijäsen',
  'supporting.summary': 'Rahoita PSF:n työtä vuosittaisella lahjoituksella; äänestä PSF:n vaaleissa kunkin maksun jälkeisten kahdentoista kuukauden ajan.',
  'supporting.eligibility': 'Tee vuosittainen lahjoitus (suositus 99 USD, liukuva asteikko alkaen 25 USD) tai maksa elinikäinen jäsenmaksu.',
  'supporting.note': 'Suositus; liukuva asteikko alkaen 25 USD, tai elinikäinen jäsenmaksu.',
  'supporting.benefit0': 'Osallistuminen PSF:n jäsenkokouksiin',
  'supporting.benefit1': 'Lasketaan mukaan jäsenkokousten päätösvaltaisuuteen',
  'contributing.name': 'Osallistuva jäsen',
  'contributing.summary': 'Tee vapaaehtoistyötä Python-yhteisön hyväksi ja äänestä PSF:n vaaleissa.',
  'contributing.eligibility':
    'Tee vähintään viisi tuntia kuukaudessa vapaaehtoistyötä, joka edistää PSF:n tehtävää (julkaistu avoimen lähdekoodin lisenssillä), ja vahvista se vuosittain.',
  'contributing.note': 'Aikasi: vähintään viisi tuntia kuukaudessa.',
  'contributing.benefit0': 'Osallistuminen PSF:n jäsenkokouksiin',
  'contributing.benefit1': 'Lasketaan mukaan jäsenkokousten päätösvaltaisuuteen',
  'fellow.name': 'Fellow',
  'fellow.summary': 'Tunnustus poikkeuksellisista ansioista Pythonin hyväksi; äänioikeutettu jäsen elinikäisesti.',
  'fellow.eligibility': 'Äänioikeutetun jäsenen tai PSF:n työryhmän poikkeuksellisista ansioista ehdottama ja hyväksymä. Fellow-asema on elinikäinen.',
  'fellow.note': 'Ehdotuksesta; elinikäinen.',
  'fellow.benefit0': 'Osallistuminen PSF:n jäsenkokouksiin',
  'fellow.benefit1': 'Lasketaan mukaan jäsenkokousten päätösvaltaisuuteen',
  'psf.heading': 'Liity Python Software Foundationin jäseneksi',
  'psf.votingNote': 'Äänioikeutetut jäsenet vahvistavat vuosittain, että aikovat äänestää PSF:n vaaleissa.',
};

export default fi;
