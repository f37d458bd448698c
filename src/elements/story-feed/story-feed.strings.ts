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
  'error.network': 'The stories could not be loaded. Check your connection, then try again.',
  'error.timeout': 'The stories took too long to arrive. Try again in a moment.',
  'error.rate-limited': 'Too many requests for stories. Try again in a few minutes.',
  'error.rateLimitedUntil': 'GitHub’s hourly limit for this network is used up. Try again after {time}.',
  'error.cors': 'The forum {forum} does not let this site read its stories. A forum admin must turn on “enable cors” and add {origin} to “cors origins”.',
  'error.not-found': 'The stories could not be found. Check the feed’s source address.',
  'error.forbidden': 'The stories are not public, or this site may not read them.',
  'error.unauthorized': 'The stories are not public, or this site may not read them.',
  'error.unsupported': 'This feed has no source it can read. Set its source or endpoint.',
  'error.invalid-response': 'The stories arrived in a form this feed cannot read.',
  'error.server': 'The story server has a problem. Try again in a few minutes.',
  'error.other': 'The stories could not be loaded. Try again.',
};

export const storyFeedStrings = defineStrings('story-feed', {
  en: storyFeedEn,
  // Fetched only by pages in Spanish.
  es: () => import('./story-feed.strings.es.ts'),
});
