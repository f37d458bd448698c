// French words of <chorus-membership-card>. Pure data: fetched only by pages in French.
import type { Translation } from '../../shared/locale.ts';
import type { membershipCardEn } from './membership-card.strings.ts';

const fr: Translation<typeof membershipCardEn> = {
  heading: 'Adhésion',
  free: 'Gratuit',
  perYear: '{price} par an',
  once: '{price} en une fois',
  included: 'Inclus',
  notIncluded: 'Non inclus',
  votes: 'Membre votant',
  noVotes: 'Membre non votant',
  eligibility: 'Qui peut adhérer',
  join: 'Adhérer',
  joinTier: 'Adhérer : {tier}',
  highlight: 'Recommandé',
  caption: 'Comparaison des formules d’adhésion',
  benefit: 'Avantage',
  price: 'Prix',
  loading: 'Chargement des formules d’adhésion…',
  loadFailed: 'Impossible de charger les formules d’adhésion.',
  retry: 'Réessayer',
};

export default fr;
