// The PSF membership classes in Hungarian: the same facts as PSF_TIERS in psf-membership.ts
// (PSF bylaws, sections 4.1–4.11). Pure data: fetched only by pages in Hungarian.
import type { Translation } from '../shared/locale.ts';
import type { psfEn } from './psf-membership.ts';

const hu: Translation<typeof psfEn> = {
  'basic.name': 'Alap',
  'basic.summary': 'Csatlakozzon ingyen a PSF-hez, és legyen a közösségének része.',
  'basic.eligibility': 'Regisztráljon, és fogadja el a PSF magatartási kódexét.',
  'basic.note': '',
  'basic.benefit0': 'Részvétel a PSF taggyűlésein',
  'basic.benefit1': 'Beszámítás a taggyűlések határozatképességébe',
  'supporting.name': 'Támogató',
  'supporting.summary': 'Támogassa a PSF munkáját éves adománnyal; szavazzon a PSF választásain minden befizetést követő tizenkét hónapban.',
  'supporting.eligibility': 'Tegyen éves adományt (javasolt összeg 99 USD, csúszó skála 25 USD-tól), vagy fizesse meg az élethosszig szóló díjat.',
  'supporting.note': 'Javasolt összeg; csúszó skála 25 USD-tól, vagy élethosszig szóló díj.',
  'supporting.benefit0': 'Részvétel a PSF taggyűlésein',
  'supporting.benefit1': 'Beszámítás a taggyűlések határozatképességébe',
  'contributing.name': 'Közreműködő',
  'contributing.summary': 'Önkénteskedjen a Python közösségéért, és szavazzon a PSF választásain.',
  'contributing.eligibility':
    'Havonta legalább öt órában végezzen önkéntes munkát, amely a PSF küldetését segíti (nyílt forráskódú licenc alatt közzétett munka), és ezt minden évben igazolja.',
  'contributing.note': 'Az Ön ideje: havonta legalább öt óra.',
  'contributing.benefit0': 'Részvétel a PSF taggyűlésein',
  'contributing.benefit1': 'Beszámítás a taggyűlések határozatképességébe',
  'fellow.name': 'Fellow',
  'fellow.summary': 'Elismerés a Pythonhoz való kiemelkedő hozzájárulásért; élethosszig szavazati joggal rendelkező tag.',
  'fellow.eligibility':
    'Kiemelkedő hozzájárulásért egy szavazati joggal rendelkező tag vagy a PSF egyik munkacsoportja jelöli, majd jóváhagyják. A Fellow cím élethosszig szól.',
  'fellow.note': 'Jelölés alapján; élethosszig.',
  'fellow.benefit0': 'Részvétel a PSF taggyűlésein',
  'fellow.benefit1': 'Beszámítás a taggyűlések határozatképességébe',
  'psf.heading': 'Legyen a Python Software Foundation tagja',
  'psf.votingNote': 'A szavazati joggal rendelkező tagok minden évben megerősítik, hogy szavazni kívánnak a PSF választásain.',
};

export default hu;
