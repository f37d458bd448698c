import { defineStrings } from '../../shared/locale.ts';

/** Every word `<chorus-membership-card>` shows besides the tiers' own content. */
export const membershipCardEn = {
  heading: 'Membership',
  free: 'Free',
  perYear: '{price} per year',
  once: '{price} once',
  included: 'Included',
  notIncluded: 'Not included',
  votes: 'Voting member',
  noVotes: 'Not a voting member',
  eligibility: 'Who can join',
  join: 'Join',
  joinTier: 'Join: {tier}',
  nominate: 'How nomination works',
  nominateTier: 'How nomination works: {tier}',
  highlight: 'Recommended',
  caption: 'Membership tiers compared',
  benefit: 'Benefit',
  price: 'Price',
  loading: 'Loading membership tiers…',
  loadFailed: 'The membership tiers could not be loaded.',
  retry: 'Try again',
  unavailable: 'Membership details are unavailable.',
};

export const membershipCardStrings = defineStrings('membership-card', {
  en: membershipCardEn,
  es: () => import('./membership-card.strings.es.ts'),
});

/** The keys of the card's table. */
export type MembershipCardStrings = typeof membershipCardEn;
