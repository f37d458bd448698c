// Italian words of the PSF membership classes (the same facts as PSF_TIERS in psf-membership.ts; PSF bylaws, sections 4.1–4.11). Pure data: fetched only by pages in Italian.
import type { Translation } from '../shared/locale.ts';
import type { psfEn } from './psf-membership.ts';

const it: Translation<typeof psfEn> = {
  'basic.name': 'Base',
  'basic.summary': 'Iscriviti gratuitamente alla PSF e fai parte della sua community.',
  'basic.eligibility': 'Registrati e accetta il Codice di condotta della PSF.',
  'basic.note': '',
  'basic.benefit0': 'Partecipare alle assemblee dei membri della PSF',
  'basic.benefit1': 'Essere contato per il quorum delle assemblee dei membri',
  'supporting.name': 'Sostenitore',
  'supporting.summary': 'Finanzia il lavoro della PSF con una donazione annuale; vota alle elezioni della PSF nei dodici mesi successivi a ogni pagamento.',
  'supporting.eligibility': 'Fai una donazione annuale (suggeriti 99 US$, importo flessibile a partire da 25 US$) o paga la quota a vita.',
  'supporting.note': 'Suggerito; importo flessibile a partire da 25 US$, oppure una quota a vita.',
  'supporting.benefit0': 'Partecipare alle assemblee dei membri della PSF',
  'supporting.benefit1': 'Essere contato per il quorum delle assemblee dei membri',
  'contributing.name': 'Contributore',
  'contributing.summary': 'Fai volontariato per la community di Python e vota alle elezioni della PSF.',
  'contributing.eligibility':
    'Dedica come volontario almeno cinque ore al mese ad attività che portano avanti la missione della PSF (rilasciate con una licenza open source) e certificalo ogni anno.',
  'contributing.note': 'Il tuo tempo: almeno cinque ore al mese.',
  'contributing.benefit0': 'Partecipare alle assemblee dei membri della PSF',
  'contributing.benefit1': 'Essere contato per il quorum delle assemblee dei membri',
  'fellow.name': 'Fellow',
  'fellow.summary': 'Un riconoscimento per contributi straordinari a Python; membro con diritto di voto a vita.',
  'fellow.eligibility':
    'Candidato da un membro con diritto di voto o da un gruppo di lavoro della PSF per contributi straordinari, e approvato. Il titolo di Fellow è a vita.',
  'fellow.note': 'Su candidatura; a vita.',
  'fellow.benefit0': 'Partecipare alle assemblee dei membri della PSF',
  'fellow.benefit1': 'Essere contato per il quorum delle assemblee dei membri',
  'psf.heading': 'Diventa membro della Python Software Foundation',
  'psf.votingNote': 'I membri con diritto di voto confermano ogni anno di voler votare alle elezioni della PSF.',
};

export default it;
