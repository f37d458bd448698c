// Norwegian Bokmål words of <chorus-story-feed>. Pure data: fetched only by pages in Norwegian Bokmål.
import type { Translation } from '../../shared/locale.ts';
import type { storyFeedEn } from './story-feed.strings.ts';

const nb: Translation<typeof storyFeedEn> = {
  feedLabel: 'Historier fra fellesskapet',
  loading: 'Laster inn historier …',
  empty: 'Ingen historier ennå.',
  emptyFiltered: 'Ingen historier samsvarer med dette filteret.',
  noMatchYet: 'Ingen samsvarende historier blant de nyeste ennå. Last inn flere for å lete lenger tilbake.',
  'kind.boost': 'Anbefaling',
  'kind.news': 'Nyhet',
  'kind.story': 'Historie',
  'kind.event': 'Arrangement',
  by: 'av {author}',
  tags: 'Emneknagger',
  readMore: 'Les mer',
  readLess: 'Vis mindre',
  loadMore: 'Last inn flere historier',
  loadingMore: 'Laster inn flere historier …',
  added_one: '{count} historie til er lastet inn.',
  added_other: '{count} historier til er lastet inn.',
  allShown: 'Alle historiene vises.',
  filters: 'Filtrer historier',
  filterAll: 'Alle',
  retry: 'Prøv igjen',
  offline: 'Kunne ikke laste inn historiene. Sjekk tilkoblingen din, og prøv igjen.',
  stale: 'Disse historiene ble lagret tidligere og kan være utdaterte.',
  staleRateLimited: 'GitHubs timegrense for dette nettverket er brukt opp, så disse lagrede historiene kan være utdaterte. Nye kan lastes inn etter {time}.',
};

export default nb;
