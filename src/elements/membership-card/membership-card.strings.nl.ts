// Dutch words of <chorus-membership-card>. Pure data: fetched only by pages in Dutch.
import type { Translation } from '../../shared/locale.ts';
import type { membershipCardEn } from './membership-card.strings.ts';

const nl: Translation<typeof membershipCardEn> = {
  heading: 'Lidmaatschap',
  free: 'Gratis',
  perYear: '{price} per jaar',
  once: '{price} eenmalig',
  included: 'Inbegrepen',
  notIncluded: 'Niet inbegrepen',
  votes: 'Stemgerechtigd lid',
  noVotes: 'Niet stemgerechtigd',
  eligibility: 'Wie kan lid worden',
  join: 'Lid worden',
  joinTier: 'Lid worden: {tier}',
  highlight: 'Aanbevolen',
  caption: 'Lidmaatschappen vergeleken',
  benefit: 'Voordeel',
  price: 'Prijs',
  loading: 'Lidmaatschappen laden…',
  loadFailed: 'De lidmaatschappen konden niet worden geladen.',
  retry: 'Opnieuw proberen',
};

export default nl;
