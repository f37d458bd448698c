// Romanian words of the PSF membership classes (the same facts as PSF_TIERS in psf-membership.ts; PSF bylaws, sections 4.1–4.11). Pure data: fetched only by pages in Romanian.
import type { Translation } from '../shared/locale.ts';
import type { psfEn } from './psf-membership.ts';

const ro: Translation<typeof psfEn> = {
  'basic.name': 'De bază',
  'basic.summary': 'Alăturați-vă gratuit PSF și faceți parte din comunitatea ei.',
  'basic.eligibility': 'Înregistrați-vă și acceptați Codul de conduită al PSF.',
  'basic.note': '',
  'basic.benefit0': 'Participarea la adunările membrilor PSF',
  'basic.benefit1': 'Luat în calcul pentru cvorumul adunărilor membrilor',
  'supporting.name': 'Susținător',
  'supporting.summary': 'Finanțați activitatea PSF printr-o donație anuală; votați la alegerile PSF în cele douăsprezece luni de după fiecare plată.',
  'supporting.eligibility': 'Faceți o donație anuală (sugerat 99 USD, sumă flexibilă de la 25 USD) sau plătiți taxa pe viață.',
  'supporting.note': 'Sugerat; sumă flexibilă de la 25 USD sau o taxă pe viață.',
  'supporting.benefit0': 'Participarea la adunările membrilor PSF',
  'supporting.benefit1': 'Luat în calcul pentru cvorumul adunărilor membrilor',
  'contributing.name': 'Contributor',
  'contributing.summary': 'Faceți voluntariat pentru comunitatea Python și votați la alegerile PSF.',
  'contributing.eligibility':
    'Lucrați ca voluntar cel puțin cinci ore pe lună la activități care promovează misiunea PSF (publicate sub o licență open source) și certificați acest lucru în fiecare an.',
  'contributing.note': 'Timpul dvs.: cel puțin cinci ore pe lună.',
  'contributing.benefit0': 'Participarea la adunările membrilor PSF',
  'contributing.benefit1': 'Luat în calcul pentru cvorumul adunărilor membrilor',
  'fellow.name': 'Fellow',
  'fellow.summary': 'Recunoaștere pentru contribuții extraordinare la Python; membru cu drept de vot pe viață.',
  'fellow.eligibility':
    'Nominalizat de un membru cu drept de vot sau de un grup de lucru al PSF pentru contribuții extraordinare și aprobat. Statutul de Fellow este pe viață.',
  'fellow.note': 'Prin nominalizare; pe viață.',
  'fellow.benefit0': 'Participarea la adunările membrilor PSF',
  'fellow.benefit1': 'Luat în calcul pentru cvorumul adunărilor membrilor',
  'psf.heading': 'Deveniți membru al Python Software Foundation',
  'psf.votingNote': 'Membrii cu drept de vot confirmă în fiecare an că intenționează să voteze la alegerile PSF.',
};

export default ro;
