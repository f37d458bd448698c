// Catalan words of the PSF membership classes (the same facts as PSF_TIERS in psf-membership.ts; PSF bylaws, sections 4.1–4.11). Pure data: fetched only by pages in Catalan.
import type { Translation } from '../shared/locale.ts';
import type { psfEn } from './psf-membership.ts';

const ca: Translation<typeof psfEn> = {
  'basic.name': 'Bàsica',
  'basic.summary': 'Afilieu-vos gratuïtament a la PSF i formeu part de la seva comunitat.',
  'basic.eligibility': 'Registreu-vos i accepteu el Codi de conducta de la PSF.',
  'basic.note': '',
  'basic.benefit0': 'Assistir a les assemblees de membres de la PSF',
  'basic.benefit1': 'Comptar per al quòrum de les assemblees de membres',
  'supporting.name': 'Protectora',
  'supporting.summary': 'Financeu la feina de la PSF amb una donació anual; voteu a les eleccions de la PSF durant els dotze mesos posteriors a cada pagament.',
  'supporting.eligibility': 'Feu una donació anual (suggerida de 99 USD, amb escala variable des de 25 USD) o pagueu la quota vitalícia.',
  'supporting.note': 'Suggerit; escala variable des de 25 USD, o una quota vitalícia.',
  'supporting.benefit0': 'Assistir a les assemblees de membres de la PSF',
  'supporting.benefit1': 'Comptar per al quòrum de les assemblees de membres',
  'contributing.name': 'Col·laboradora',
  'contributing.summary': 'Col·laboreu com a voluntaris amb la comunitat de Python i voteu a les eleccions de la PSF.',
  'contributing.eligibility':
    'Dediqueu com a voluntaris almenys cinc hores al mes a feina que impulsi la missió de la PSF (publicada amb una llicència de codi obert) i certifiqueu-ho cada any.',
  'contributing.note': 'El vostre temps: almenys cinc hores al mes.',
  'contributing.benefit0': 'Assistir a les assemblees de membres de la PSF',
  'contributing.benefit1': 'Comptar per al quòrum de les assemblees de membres',
  'fellow.name': 'Fellow',
  'fellow.summary': 'Reconeixement per contribucions extraordinàries a Python; membre amb dret a vot de per vida.',
  'fellow.eligibility':
    'Proposat per un membre amb dret a vot o per un grup de treball de la PSF per contribucions extraordinàries, i aprovat. La condició de Fellow és vitalícia.',
  'fellow.note': 'Per proposta; de per vida.',
  'fellow.benefit0': 'Assistir a les assemblees de membres de la PSF',
  'fellow.benefit1': 'Comptar per al quòrum de les assemblees de membres',
  'psf.heading': 'Feu-vos membres de la Python Software Foundation',
  'psf.votingNote': 'Els membres amb dret a vot confirmen cada any que tenen la intenció de votar a les eleccions de la PSF.',
};

export default ca;
