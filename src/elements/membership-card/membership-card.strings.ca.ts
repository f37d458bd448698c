// Catalan words of <chorus-membership-card>. Pure data: fetched only by pages in Catalan.
import type { Translation } from '../../shared/locale.ts';
import type { membershipCardEn } from './membership-card.strings.ts';

const ca: Translation<typeof membershipCardEn> = {
  heading: 'Afiliació',
  free: 'Gratuïta',
  perYear: '{price} l’any',
  once: '{price} en un sol pagament',
  included: 'Inclòs',
  notIncluded: 'No inclòs',
  votes: 'Membre amb dret a vot',
  noVotes: 'Sense dret a vot',
  eligibility: 'Qui s’hi pot afiliar',
  join: 'Uneix-t’hi',
  joinTier: 'Uneix-t’hi: {tier}',
  highlight: 'Recomanada',
  caption: 'Comparació de les modalitats d’afiliació',
  benefit: 'Avantatge',
  price: 'Preu',
  loading: 'S’estan carregant les modalitats d’afiliació…',
  loadFailed: 'No s’han pogut carregar les modalitats d’afiliació.',
  retry: 'Torna-ho a provar',
};

export default ca;
