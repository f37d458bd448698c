// Swedish words of <chorus-story-feed>. Pure data: fetched only by pages in Swedish.
import type { Translation } from '../../shared/locale.ts';
import type { storyFeedEn } from './story-feed.strings.ts';

const sv: Translation<typeof storyFeedEn> = {
  feedLabel: 'Berättelser från communityn',
  loading: 'Läser in berättelser …',
  empty: 'Inga berättelser än.',
  emptyFiltered: 'Inga berättelser matchar filtret.',
  noMatchYet: 'Inga matchande berättelser bland de senaste ännu. Läs in fler för att leta längre bakåt.',
  'kind.boost': 'Tips',
  'kind.news': 'Nyhet',
  'kind.story': 'Berättelse',
  'kind.event': 'Evenemang',
  by: 'av {author}',
  tags: 'Taggar',
  readMore: 'Läs mer',
  readLess: 'Visa mindre',
  loadMore: 'Läs in fler berättelser',
  loadingMore: 'Läser in fler berättelser …',
  added_one: '{count} berättelse till har lästs in.',
  added_other: '{count} berättelser till har lästs in.',
  allShown: 'Alla berättelser visas.',
  filters: 'Filtrera berättelser',
  filterAll: 'Alla',
  retry: 'Försök igen',
  offline: 'Det gick inte att läsa in berättelserna. Kontrollera din anslutning och försök igen.',
  stale: 'De här berättelserna sparades tidigare och kan vara inaktuella.',
  staleRateLimited: 'GitHubs timgräns för det här nätverket är förbrukad, så de sparade berättelserna kan vara inaktuella. Nya kan läsas in efter {time}.',
};

export default sv;
