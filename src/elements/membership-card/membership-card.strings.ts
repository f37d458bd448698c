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
  ar: () => import('./membership-card.strings.ar.ts'),
  bn: () => import('./membership-card.strings.bn.ts'),
  ca: () => import('./membership-card.strings.ca.ts'),
  da: () => import('./membership-card.strings.da.ts'),
  de: () => import('./membership-card.strings.de.ts'),
  es: () => import('./membership-card.strings.es.ts'),
  fa: () => import('./membership-card.strings.fa.ts'),
  fi: () => import('./membership-card.strings.fi.ts'),
  fr: () => import('./membership-card.strings.fr.ts'),
  he: () => import('./membership-card.strings.he.ts'),
  hi: () => import('./membership-card.strings.hi.ts'),
  it: () => import('./membership-card.strings.it.ts'),
  ja: () => import('./membership-card.strings.ja.ts'),
  ko: () => import('./membership-card.strings.ko.ts'),
  nb: () => import('./membership-card.strings.nb.ts'),
  nl: () => import('./membership-card.strings.nl.ts'),
  'pt-BR': () => import('./membership-card.strings.pt-BR.ts'),
  'pt-PT': () => import('./membership-card.strings.pt-PT.ts'),
  ro: () => import('./membership-card.strings.ro.ts'),
  sv: () => import('./membership-card.strings.sv.ts'),
  th: () => import('./membership-card.strings.th.ts'),
  ur: () => import('./membership-card.strings.ur.ts'),
  vi: () => import('./membership-card.strings.vi.ts'),
  'zh-CN': () => import('./membership-card.strings.zh-CN.ts'),
  'zh-TW': () => import('./membership-card.strings.zh-TW.ts'),
});

/** The keys of the card's table. */
export type MembershipCardStrings = typeof membershipCardEn;
