// Swedish words of <chorus-membership-card>. Pure data: fetched only by pages in Swedish.
import type { Translation } from '../../shared/locale.ts';
import type { membershipCardEn } from './membership-card.strings.ts';

const sv: Translation<typeof membershipCardEn> = {
  heading: 'Medlemskap',
  free: 'Gratis',
  perYear: '{price} per år',
  once: '{price} en gång',
  included: 'Ingår',
  notIncluded: 'Ingår inte',
  votes: 'Röstberättigad medlem',
  noVotes: 'Inte röstberättigad',
  eligibility: 'Vem kan gå med',
  join: 'Gå med',
  joinTier: 'Gå med: {tier}',
  highlight: 'Rekommenderas',
  caption: 'Jämförelse av medlemskapsnivåer',
  benefit: 'Förmån',
  price: 'Pris',
  loading: 'Läser in medlemskapsnivåer …',
  loadFailed: 'Det gick inte att läsa in medlemskapsnivåerna.',
  retry: 'Försök igen',
};

export default sv;
