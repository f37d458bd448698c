// Danish words of the PSF membership classes (the same facts as PSF_TIERS in psf-membership.ts; PSF bylaws, sections 4.1–4.11). Pure data: fetched only by pages in Danish.
import type { Translation } from '../shared/locale.ts';
import type { psfEn } from './psf-membership.ts';

const da: Translation<typeof psfEn> = {
  'basic.name': 'Basis',
  'basic.summary': 'Bliv gratis medlem af PSF, og bliv en del af fællesskabet.',
  'basic.eligibility': 'Tilmeld dig, og accepter PSF’s adfærdskodeks.',
  'basic.note': '',
  'basic.benefit0': 'Deltag i PSF’s medlemsmøder',
  'basic.benefit1': 'Tæller med i beslutningsdygtigheden ved medlemsmøder',
  'supporting.name': 'Støttende',
  'supporting.summary': 'Finansiér PSF’s arbejde med en årlig donation; stem ved PSF’s valg i de tolv måneder efter hver betaling.',
  'supporting.eligibility': 'Giv en årlig donation (foreslået 99 US$, glidende skala fra 25 US$), eller betal det livsvarige kontingent.',
  'supporting.note': 'Foreslået; glidende skala fra 25 US$, eller et livsvarigt kontingent.',
  'supporting.benefit0': 'Deltag i PSF’s medlemsmøder',
  'supporting.benefit1': 'Tæller med i beslutningsdygtigheden ved medlemsmøder',
  'contributing.name': 'Bidragende',
  'contributing.summary': 'Arbejd frivilligt for Python-fællesskabet, og stem ved PSF’s valg.',
  'contributing.eligibility':
    'Arbejd frivilligt mindst fem timer om måneden på noget, der fremmer PSF’s mission (udgivet under en open source-licens), og bekræft det hvert år.',
  'contributing.note': 'Din tid: mindst fem timer om måneden.',
  'contributing.benefit0': 'Deltag i PSF’s medlemsmøder',
  'contributing.benefit1': 'Tæller med i beslutningsdygtigheden ved medlemsmøder',
  'fellow.name': 'Fellow',
  'fellow.summary': 'Anerkendelse af ekstraordinære bidrag til Python; stemmeberettiget medlem på livstid.',
  'fellow.eligibility':
    'Indstillet af et stemmeberettiget medlem eller en arbejdsgruppe under PSF for ekstraordinære bidrag, og godkendt. Status som Fellow gælder på livstid.',
  'fellow.note': 'Efter indstilling; på livstid.',
  'fellow.benefit0': 'Deltag i PSF’s medlemsmøder',
  'fellow.benefit1': 'Tæller med i beslutningsdygtigheden ved medlemsmøder',
  'psf.heading': 'Bliv medlem af Python Software Foundation',
  'psf.votingNote': 'Stemmeberettigede medlemmer bekræfter hvert år, at de har til hensigt at stemme ved PSF’s valg.',
};

export default da;
