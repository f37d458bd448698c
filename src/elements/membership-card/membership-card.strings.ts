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
  highlight: 'Recommended',
  caption: 'Membership tiers compared',
  benefit: 'Benefit',
  price: 'Price',
  loading: 'Loading membership tiers…',
  loadFailed: 'The membership tiers could not be loaded.',
  retry: 'Try again',
};

export const membershipCardStrings = defineStrings('membership-card', {
  en: membershipCardEn,
  // Each language is its own chunk, fetched only by pages in it. Written by `npm run i18n:wire` from the files on disk.
  es: () => import('./membership-card.strings.es.ts'),
});

/** The keys of the card's table. */
export type MembershipCardStrings = typeof membershipCardEn;
