// French words of the PSF membership classes (the same facts as PSF_TIERS in psf-membership.ts; PSF bylaws, sections 4.1–4.11). Pure data: fetched only by pages in French.
import type { Translation } from '../shared/locale.ts';
import type { psfEn } from './psf-membership.ts';

const fr: Translation<typeof psfEn> = {
  'basic.name': 'Membre de base',
  'basic.summary': 'Rejoignez gratuitement la PSF et faites partie de sa communauté.',
  'basic.eligibility': 'Inscrivez-vous et acceptez le code de conduite de la PSF.',
  'basic.note': '',
  'basic.benefit0': 'Assister aux assemblées des membres de la PSF',
  'basic.benefit1': 'Compter pour le quorum des assemblées des membres',
  'supporting.name': 'Membre bienfaiteur',
  'supporting.summary': 'Financez le travail de la PSF par un don annuel ; votez aux élections de la PSF pendant les douze mois qui suivent chaque paiement.',
  'supporting.eligibility': 'Faites un don annuel (99 $ US suggérés, tarif modulable à partir de 25 $ US) ou réglez la cotisation à vie.',
  'supporting.note': 'Montant suggéré ; tarif modulable à partir de 25 $ US, ou cotisation à vie.',
  'supporting.benefit0': 'Assister aux assemblées des membres de la PSF',
  'supporting.benefit1': 'Compter pour le quorum des assemblées des membres',
  'contributing.name': 'Membre contributeur',
  'contributing.summary': 'Donnez de votre temps à la communauté Python et votez aux élections de la PSF.',
  'contributing.eligibility':
    'Consacrez bénévolement au moins cinq heures par mois à un travail qui sert la mission de la PSF (publié sous une licence open source), et attestez-le chaque année.',
  'contributing.note': 'Votre temps : au moins cinq heures par mois.',
  'contributing.benefit0': 'Assister aux assemblées des membres de la PSF',
  'contributing.benefit1': 'Compter pour le quorum des assemblées des membres',
  'fellow.name': 'Fellow',
  'fellow.summary': 'Reconnaissance de contributions exceptionnelles à Python ; membre votant à vie.',
  'fellow.eligibility':
    'Proposé par un membre votant ou un groupe de travail de la PSF pour des contributions exceptionnelles, puis approuvé. Le statut de Fellow est à vie.',
  'fellow.note': 'Sur proposition ; à vie.',
  'fellow.benefit0': 'Assister aux assemblées des membres de la PSF',
  'fellow.benefit1': 'Compter pour le quorum des assemblées des membres',
  'psf.heading': 'Devenez membre de la Python Software Foundation',
  'psf.votingNote': 'Les membres votants confirment chaque année leur intention de voter aux élections de la PSF.',
};

export default fr;
