// Dutch words of the PSF membership classes (the same facts as PSF_TIERS in psf-membership.ts; PSF bylaws, sections 4.1–4.11). Pure data: fetched only by pages in Dutch.
import type { Translation } from '../shared/locale.ts';
import type { psfEn } from './psf-membership.ts';

const nl: Translation<typeof psfEn> = {
  'basic.name': 'Basis',
  'basic.summary': 'Word gratis lid van de PSF en maak deel uit van de community.',
  'basic.eligibility': 'Meld je aan en ga akkoord met de gedragscode van de PSF.',
  'basic.note': '',
  'basic.benefit0': 'Ledenvergaderingen van de PSF bijwonen',
  'basic.benefit1': 'Meetellen voor het quorum van ledenvergaderingen',
  'supporting.name': 'Steunend',
  'supporting.summary': 'Financier het werk van de PSF met een jaarlijkse donatie; stem bij de verkiezingen van de PSF in de twaalf maanden na elke betaling.',
  'supporting.eligibility': 'Doe een jaarlijkse donatie (voorgesteld US$ 99, glijdende schaal vanaf US$ 25) of betaal de levenslange bijdrage.',
  'supporting.note': 'Voorgesteld; glijdende schaal vanaf US$ 25, of een levenslange bijdrage.',
  'supporting.benefit0': 'Ledenvergaderingen van de PSF bijwonen',
  'supporting.benefit1': 'Meetellen voor het quorum van ledenvergaderingen',
  'contributing.name': 'Bijdragend',
  'contributing.summary': 'Zet je als vrijwilliger in voor de Python-community en stem bij de verkiezingen van de PSF.',
  'contributing.eligibility':
    'Besteed als vrijwilliger minstens vijf uur per maand aan werk dat de missie van de PSF bevordert (uitgebracht onder een opensourcelicentie), en bevestig dit elk jaar.',
  'contributing.note': 'Je tijd: minstens vijf uur per maand.',
  'contributing.benefit0': 'Ledenvergaderingen van de PSF bijwonen',
  'contributing.benefit1': 'Meetellen voor het quorum van ledenvergaderingen',
  'fellow.name': 'Fellow',
  'fellow.summary': 'Erkenning voor buitengewone bijdragen aan Python; levenslang stemgerechtigd lid.',
  'fellow.eligibility':
    'Voorgedragen door een stemgerechtigd lid of een werkgroep van de PSF voor buitengewone bijdragen, en goedgekeurd. Het Fellowship geldt voor het leven.',
  'fellow.note': 'Op voordracht; levenslang.',
  'fellow.benefit0': 'Ledenvergaderingen van de PSF bijwonen',
  'fellow.benefit1': 'Meetellen voor het quorum van ledenvergaderingen',
  'psf.heading': 'Word lid van de Python Software Foundation',
  'psf.votingNote': 'Stemgerechtigde leden bevestigen elk jaar dat ze van plan zijn te stemmen bij de verkiezingen van de PSF.',
};

export default nl;
