// German words of the PSF membership classes (the same facts as PSF_TIERS in psf-membership.ts; PSF bylaws, sections 4.1–4.11). Pure data: fetched only by pages in German.
import type { Translation } from '../shared/locale.ts';
import type { psfEn } from './psf-membership.ts';

const de: Translation<typeof psfEn> = {
  'basic.name': 'Basis',
  'basic.summary': 'Tritt der PSF kostenlos bei und werde Teil ihrer Community.',
  'basic.eligibility': 'Registriere dich und stimme dem Verhaltenskodex der PSF zu.',
  'basic.note': '',
  'basic.benefit0': 'Teilnahme an den Mitgliederversammlungen der PSF',
  'basic.benefit1': 'Zählt für die Beschlussfähigkeit der Mitgliederversammlungen',
  'supporting.name': 'Fördernd',
  'supporting.summary': 'Finanziere die Arbeit der PSF mit einer jährlichen Spende; stimme in den zwölf Monaten nach jeder Zahlung bei den Wahlen der PSF ab.',
  'supporting.eligibility': 'Leiste eine jährliche Spende (empfohlen 99 US$, gestaffelt ab 25 US$) oder zahle den lebenslangen Beitrag.',
  'supporting.note': 'Empfohlen; gestaffelt ab 25 US$, oder ein lebenslanger Beitrag.',
  'supporting.benefit0': 'Teilnahme an den Mitgliederversammlungen der PSF',
  'supporting.benefit1': 'Zählt für die Beschlussfähigkeit der Mitgliederversammlungen',
  'contributing.name': 'Mitwirkend',
  'contributing.summary': 'Engagiere dich ehrenamtlich für die Python-Community und stimme bei den Wahlen der PSF ab.',
  'contributing.eligibility':
    'Arbeite mindestens fünf Stunden im Monat ehrenamtlich an etwas, das die Mission der PSF voranbringt (veröffentlicht unter einer Open-Source-Lizenz), und bestätige dies jedes Jahr.',
  'contributing.note': 'Deine Zeit: mindestens fünf Stunden im Monat.',
  'contributing.benefit0': 'Teilnahme an den Mitgliederversammlungen der PSF',
  'contributing.benefit1': 'Zählt für die Beschlussfähigkeit der Mitgliederversammlungen',
  'fellow.name': 'Fellow',
  'fellow.summary': 'Anerkennung für außergewöhnliche Beiträge zu Python; stimmberechtigtes Mitglied auf Lebenszeit.',
  'fellow.eligibility':
    'Von einem stimmberechtigten Mitglied oder einer Arbeitsgruppe der PSF für außergewöhnliche Beiträge nominiert und bestätigt. Der Fellow-Status gilt auf Lebenszeit.',
  'fellow.note': 'Auf Nominierung; auf Lebenszeit.',
  'fellow.benefit0': 'Teilnahme an den Mitgliederversammlungen der PSF',
  'fellow.benefit1': 'Zählt für die Beschlussfähigkeit der Mitgliederversammlungen',
  'psf.heading': 'Werde Mitglied der Python Software Foundation',
  'psf.votingNote': 'Stimmberechtigte Mitglieder bestätigen jedes Jahr, dass sie bei den Wahlen der PSF abstimmen wollen.',
};

export default de;
