// Norwegian Bokmål words of the PSF membership classes (the same facts as PSF_TIERS in psf-membership.ts; PSF bylaws, sections 4.1–4.11). Pure data: fetched only by pages in Norwegian Bokmål.
import type { Translation } from '../shared/locale.ts';
import type { psfEn } from './psf-membership.ts';

const nb: Translation<typeof psfEn> = {
  'basic.name': 'Grunnleggende',
  'basic.summary': 'Bli gratis medlem av PSF, og bli en del av fellesskapet.',
  'basic.eligibility': 'Registrer deg, og godta PSFs atferdsregler.',
  'basic.note': '',
  'basic.benefit0': 'Delta på PSFs medlemsmøter',
  'basic.benefit1': 'Telle med i vedtaksførheten på medlemsmøter',
  'supporting.name': 'Støttende',
  'supporting.summary': 'Finansier PSFs arbeid med en årlig donasjon; stem ved PSFs valg i de tolv månedene etter hver betaling.',
  'supporting.eligibility': 'Gi en årlig donasjon (foreslått 99 USD, glidende skala fra 25 USD), eller betal den livsvarige avgiften.',
  'supporting.note': 'Foreslått; glidende skala fra 25 USD, eller en livsvarig avgift.',
  'supporting.benefit0': 'Delta på PSFs medlemsmøter',
  'supporting.benefit1': 'Telle med i vedtaksførheten på medlemsmøter',
  'contributing.name': 'Bidragsytende',
  'contributing.summary': 'Gjør frivillig arbeid for Python-fellesskapet, og stem ved PSFs valg.',
  'contributing.eligibility':
    'Gjør minst fem timer frivillig arbeid i måneden som fremmer PSFs formål (utgitt under en åpen kildekode-lisens), og bekreft det hvert år.',
  'contributing.note': 'Din tid: minst fem timer i måneden.',
  'contributing.benefit0': 'Delta på PSFs medlemsmøter',
  'contributing.benefit1': 'Telle med i vedtaksførheten på medlemsmøter',
  'fellow.name': 'Fellow',
  'fellow.summary': 'Anerkjennelse for ekstraordinære bidrag til Python; stemmeberettiget medlem på livstid.',
  'fellow.eligibility':
    'Nominert av et stemmeberettiget medlem eller en arbeidsgruppe i PSF for ekstraordinære bidrag, og godkjent. Fellow-statusen gjelder på livstid.',
  'fellow.note': 'Etter nominasjon; på livstid.',
  'fellow.benefit0': 'Delta på PSFs medlemsmøter',
  'fellow.benefit1': 'Telle med i vedtaksførheten på medlemsmøter',
  'psf.heading': 'Bli medlem av Python Software Foundation',
  'psf.votingNote': 'Stemmeberettigede medlemmer bekrefter hvert år at de har til hensikt å stemme ved PSFs valg.',
};

export default nb;
