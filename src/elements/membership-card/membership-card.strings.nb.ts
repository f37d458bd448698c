// Norwegian Bokmål words of <chorus-membership-card>. Pure data: fetched only by pages in Norwegian Bokmål.
import type { Translation } from '../../shared/locale.ts';
import type { membershipCardEn } from './membership-card.strings.ts';

const nb: Translation<typeof membershipCardEn> = {
  heading: 'Medlemskap',
  free: 'Gratis',
  perYear: '{price} per år',
  once: '{price} én gang',
  included: 'Inkludert',
  notIncluded: 'Ikke inkludert',
  votes: 'Stemmeberettiget medlem',
  noVotes: 'Ikke stemmeberettiget',
  eligibility: 'Hvem kan bli medlem',
  join: 'Bli medlem',
  joinTier: 'Bli medlem: {tier}',
  highlight: 'Anbefalt',
  caption: 'Medlemskapstyper sammenlignet',
  benefit: 'Fordel',
  price: 'Pris',
  loading: 'Laster inn medlemskapstyper …',
  loadFailed: 'Kunne ikke laste inn medlemskapstypene.',
  retry: 'Prøv igjen',
};

export default nb;
