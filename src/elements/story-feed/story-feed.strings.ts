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
  es: () => import('./story-feed.strings.es.ts'),
});

/** The keys of the feed's table. */
export type StoryFeedStrings = typeof storyFeedEn;
