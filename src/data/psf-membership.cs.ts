// The PSF membership classes in Czech: the same facts as PSF_TIERS in psf-membership.ts
// (PSF bylaws, sections 4.1–4.11). Pure data: fetched only by pages in Czech.
import type { Translation } from '../shared/locale.ts';
import type { psfEn } from './psf-membership.ts';

const cs: Translation<typeof psfEn> = {
  'basic.name': 'Základní',
  'basic.summary': 'Připojte se k PSF zdarma a staňte se součástí její komunity.',
  'basic.eligibility': 'Zaregistrujte se a přijměte Kodex chování PSF.',
  'basic.note': '',
  'basic.benefit0': 'Účast na schůzích členů PSF',
  'basic.benefit1': 'Započítání do usnášeníschopnosti schůzí členů',
  'supporting.name': 'Podporující',
  'supporting.summary': 'Financujte práci PSF ročním darem; volte ve volbách PSF po dobu dvanácti měsíců od každé platby.',
  'supporting.eligibility': 'Přispějte ročním darem (doporučeno 99 USD, klouzavá škála od 25 USD) nebo zaplaťte doživotní poplatek.',
  'supporting.note': 'Doporučeno; klouzavá škála od 25 USD, nebo doživotní poplatek.',
  'supporting.benefit0': 'Účast na schůzích členů PSF',
  'supporting.benefit1': 'Započítání do usnášeníschopnosti schůzí členů',
  'contributing.name': 'Přispívající',
  'contributing.summary': 'Dobrovolně pomáhejte komunitě Pythonu a volte ve volbách PSF.',
  'contributing.eligibility':
    'Věnujte alespoň pět hodin měsíčně dobrovolné práci, která naplňuje poslání PSF (práce zveřejněná pod open source licencí), a každý rok to potvrďte.',
  'contributing.note': 'Váš čas: alespoň pět hodin měsíčně.',
  'contributing.benefit0': 'Účast na schůzích členů PSF',
  'contributing.benefit1': 'Započítání do usnášeníschopnosti schůzí členů',
  'fellow.name': 'Fellow',
  'fellow.summary': 'Uznání za mimořádný přínos Pythonu; doživotní člen s hlasovacím právem.',
  'fellow.eligibility': 'Nominace členem s hlasovacím právem nebo pracovní skupinou PSF za mimořádný přínos a následné schválení. Status Fellow je doživotní.',
  'fellow.note': 'Na základě nominace; doživotně.',
  'fellow.benefit0': 'Účast na schůzích členů PSF',
  'fellow.benefit1': 'Započítání do usnášeníschopnosti schůzí členů',
  'psf.heading': 'Staňte se členem Python Software Foundation',
  'psf.votingNote': 'Členové s hlasovacím právem každý rok potvrzují, že hodlají volit ve volbách PSF.',
};

export default cs;
