import { defineStrings } from '../../shared/locale.ts';

/** Every word `<chorus-story-feed>` shows or announces. */
export const storyFeedEn = {
  feedLabel: 'Community stories',
  loading: 'Loading stories…',
  empty: 'No stories yet.',
  emptyFiltered: 'No stories match this filter.',
  'kind.boost': 'Boost',
  'kind.news': 'News',
  'kind.story': 'Story',
  'kind.event': 'Event',
  by: 'by {author}',
  tags: 'Tags',
  readMore: 'Read more',
  readLess: 'Show less',
  loadMore: 'Load more stories',
  loadingMore: 'Loading more stories…',
  added_one: '{count} more story loaded.',
  added_other: '{count} more stories loaded.',
  allShown: 'All stories are shown.',
  filters: 'Filter stories',
  filterAll: 'All',
  retry: 'Try again',
  stale: 'These stories were saved earlier and may be out of date.',
  staleRateLimited: 'GitHub’s hourly limit for this network is used up, so these saved stories may be out of date. New ones can load after {time}.',
};

export const storyFeedStrings = defineStrings('story-feed', {
  en: storyFeedEn,
  // Each language is its own chunk, fetched only by pages in it. Written by `npm run i18n:wire` from the files on disk.
  ar: () => import('./story-feed.strings.ar.ts'),
  bn: () => import('./story-feed.strings.bn.ts'),
  ca: () => import('./story-feed.strings.ca.ts'),
  da: () => import('./story-feed.strings.da.ts'),
  de: () => import('./story-feed.strings.de.ts'),
  es: () => import('./story-feed.strings.es.ts'),
  fa: () => import('./story-feed.strings.fa.ts'),
  fi: () => import('./story-feed.strings.fi.ts'),
  fr: () => import('./story-feed.strings.fr.ts'),
  he: () => import('./story-feed.strings.he.ts'),
  hi: () => import('./story-feed.strings.hi.ts'),
  it: () => import('./story-feed.strings.it.ts'),
  ja: () => import('./story-feed.strings.ja.ts'),
  ko: () => import('./story-feed.strings.ko.ts'),
  nb: () => import('./story-feed.strings.nb.ts'),
  nl: () => import('./story-feed.strings.nl.ts'),
  'pt-BR': () => import('./story-feed.strings.pt-BR.ts'),
  'pt-PT': () => import('./story-feed.strings.pt-PT.ts'),
  ro: () => import('./story-feed.strings.ro.ts'),
  sv: () => import('./story-feed.strings.sv.ts'),
  th: () => import('./story-feed.strings.th.ts'),
  ur: () => import('./story-feed.strings.ur.ts'),
  vi: () => import('./story-feed.strings.vi.ts'),
  'zh-CN': () => import('./story-feed.strings.zh-CN.ts'),
  'zh-TW': () => import('./story-feed.strings.zh-TW.ts'),
});

/** The keys of the feed's table. */
export type StoryFeedStrings = typeof storyFeedEn;
