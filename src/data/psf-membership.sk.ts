// The PSF membership classes in Slovak: the same facts as PSF_TIERS in psf-membership.ts
// (PSF bylaws, sections 4.1–4.11). Pure data: fetched only by pages in Slovak.
import type { Translation } from '../shared/locale.ts';
import type { psfEn } from './psf-membership.ts';

const sk: Translation<typeof psfEn> = {
  'basic.name': 'Základné',
  'basic.summary': 'Pridajte sa k PSF zadarmo a staňte sa súčasťou jej komunity.',
  'basic.eligibility': 'Zaregistrujte sa a prijmite Kódex správania PSF.',
  'basic.note': '',
  'basic.benefit0': 'Účasť na schôdzach členov PSF',
  'basic.benefit1': 'Započítanie do uznášaniaschopnosti schôdzí členov',
  'supporting.name': 'Podporné',
  'supporting.summary': 'Financujte prácu PSF ročným darom; voľte vo voľbách PSF počas dvanástich mesiacov po každej platbe.',
  'supporting.eligibility': 'Prispejte ročným darom (odporúčaných 99 USD, kĺzavá stupnica od 25 USD) alebo zaplaťte doživotný poplatok.',
  'supporting.note': 'Odporúčané; kĺzavá stupnica od 25 USD alebo doživotný poplatok.',
  'supporting.benefit0': 'Účasť na schôdzach členov PSF',
  'supporting.benefit1': 'Započítanie do uznášaniaschopnosti schôdzí členov',
  'contributing.name': 'Prispievateľské',
  'contributing.summary': 'Dobrovoľne pomáhajte komunite Pythonu a voľte vo voľbách PSF.',
  'contributing.eligibility':
    'Venujte aspoň päť hodín mesačne dobrovoľníckej práci, ktorá napĺňa poslanie PSF (práca zverejnená pod open source licenciou), a každý rok to potvrďte.',
  'contributing.note': 'Váš čas: aspoň päť hodín mesačne.',
  'contributing.benefit0': 'Účasť na schôdzach členov PSF',
  'contributing.benefit1': 'Započítanie do uznášaniaschopnosti schôdzí členov',
  'fellow.name': 'Fellow',
  'fellow.summary': 'Uznanie za mimoriadny prínos pre Python; doživotný člen s hlasovacím právom.',
  'fellow.eligibility':
    'Nominácia členom s hlasovacím právom alebo pracovnou skupinou PSF za mimoriadny prínos a následné schválenie. Status Fellow je doživotný.',
  'fellow.note': 'Na základe nominácie; doživotne.',
  'fellow.benefit0': 'Účasť na schôdzach členov PSF',
  'fellow.benefit1': 'Započítanie do uznášaniaschopnosti schôdzí členov',
  'psf.heading': 'Staňte sa členom Python Software Foundation',
  'psf.votingNote': 'Členovia s hlasovacím právom každý rok potvrdzujú, že majú v úmysle voliť vo voľbách PSF.',
};

export default sk;
