// Swedish words of the PSF membership classes (the same facts as PSF_TIERS in psf-membership.ts; PSF bylaws, sections 4.1–4.11). Pure data: fetched only by pages in Swedish.
import type { Translation } from '../shared/locale.ts';
import type { psfEn } from './psf-membership.ts';

const sv: Translation<typeof psfEn> = {
  'basic.name': 'Bas',
  'basic.summary': 'Gå med i PSF gratis och bli en del av dess community.',
  'basic.eligibility': 'Registrera dig och godkänn PSF:s uppförandekod.',
  'basic.note': '',
  'basic.benefit0': 'Delta i PSF:s medlemsmöten',
  'basic.benefit1': 'Räknas in i beslutsförheten vid medlemsmöten',
  'supporting.name': 'Stödjande',
  'supporting.summary': 'Finansiera PSF:s arbete med en årlig donation; rösta i PSF:s val under de tolv månaderna efter varje betalning.',
  'supporting.eligibility': 'Ge en årlig donation (förslagsvis 99 US-dollar, glidande skala från 25 US-dollar) eller betala den livslånga avgiften.',
  'supporting.note': 'Förslag; glidande skala från 25 US-dollar, eller en livslång avgift.',
  'supporting.benefit0': 'Delta i PSF:s medlemsmöten',
  'supporting.benefit1': 'Räknas in i beslutsförheten vid medlemsmöten',
  'contributing.name': 'Bidragande',
  'contributing.summary': 'Arbeta ideellt för Python-communityn och rösta i PSF:s val.',
  'contributing.eligibility':
    'Arbeta ideellt minst fem timmar i månaden med sådant som främjar PSF:s uppdrag (publicerat under en öppen källkodslicens), och intyga det varje år.',
  'contributing.note': 'Din tid: minst fem timmar i månaden.',
  'contributing.benefit0': 'Delta i PSF:s medlemsmöten',
  'contributing.benefit1': 'Räknas in i beslutsförheten vid medlemsmöten',
  'fellow.name': 'Fellow',
  'fellow.summary': 'Ett erkännande för enastående bidrag till Python; röstberättigad medlem på livstid.',
  'fellow.eligibility':
    'Nominerad av en röstberättigad medlem eller en arbetsgrupp inom PSF för enastående bidrag, och godkänd. Fellow-statusen gäller på livstid.',
  'fellow.note': 'Genom nominering; på livstid.',
  'fellow.benefit0': 'Delta i PSF:s medlemsmöten',
  'fellow.benefit1': 'Räknas in i beslutsförheten vid medlemsmöten',
  'psf.heading': 'Bli medlem i Python Software Foundation',
  'psf.votingNote': 'Röstberättigade medlemmar intygar varje år att de tänker rösta i PSF:s val.',
};

export default sv;
