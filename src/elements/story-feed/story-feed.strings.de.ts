// German words of <chorus-story-feed>. Pure data: fetched only by pages in German.
import type { Translation } from '../../shared/locale.ts';
import type { storyFeedEn } from './story-feed.strings.ts';

const de: Translation<typeof storyFeedEn> = {
  feedLabel: 'Geschichten aus der Community',
  loading: 'Geschichten werden geladen …',
  empty: 'Noch keine Geschichten.',
  emptyFiltered: 'Keine Geschichten passen zu diesem Filter.',
  noMatchYet: 'Unter den neuesten Geschichten passt noch keine. Lade mehr, um weiter zurückzusuchen.',
  'kind.boost': 'Empfehlung',
  'kind.news': 'Neuigkeit',
  'kind.story': 'Geschichte',
  'kind.event': 'Veranstaltung',
  by: 'von {author}',
  tags: 'Schlagwörter',
  readMore: 'Weiterlesen',
  readLess: 'Weniger anzeigen',
  loadMore: 'Weitere Geschichten laden',
  loadingMore: 'Weitere Geschichten werden geladen …',
  added_one: '{count} weitere Geschichte geladen.',
  added_other: '{count} weitere Geschichten geladen.',
  allShown: 'Alle Geschichten werden angezeigt.',
  filters: 'Geschichten filtern',
  filterAll: 'Alle',
  retry: 'Erneut versuchen',
  offline: 'Die Geschichten konnten nicht geladen werden. Prüfe deine Verbindung und versuche es erneut.',
  stale: 'Diese Geschichten wurden früher gespeichert und sind möglicherweise nicht mehr aktuell.',
  staleRateLimited:
    'Das stündliche Limit von GitHub für dieses Netzwerk ist aufgebraucht, daher sind diese gespeicherten Geschichten möglicherweise nicht mehr aktuell. Neue können ab {time} geladen werden.',
};

export default de;
