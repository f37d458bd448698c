// Dutch words of <chorus-story-feed>. Pure data: fetched only by pages in Dutch.
import type { Translation } from '../../shared/locale.ts';
import type { storyFeedEn } from './story-feed.strings.ts';

const nl: Translation<typeof storyFeedEn> = {
  feedLabel: 'Verhalen uit de community',
  loading: 'Verhalen laden…',
  empty: 'Nog geen verhalen.',
  emptyFiltered: 'Geen verhalen gevonden voor dit filter.',
  noMatchYet: 'Nog geen passende verhalen bij de nieuwste. Laad meer om verder terug te zoeken.',
  'kind.boost': 'Aanrader',
  'kind.news': 'Nieuws',
  'kind.story': 'Verhaal',
  'kind.event': 'Evenement',
  by: 'door {author}',
  tags: 'Tags',
  readMore: 'Meer lezen',
  readLess: 'Minder tonen',
  loadMore: 'Meer verhalen laden',
  loadingMore: 'Meer verhalen laden…',
  added_one: 'Nog {count} verhaal geladen.',
  added_other: 'Nog {count} verhalen geladen.',
  allShown: 'Alle verhalen worden getoond.',
  filters: 'Verhalen filteren',
  filterAll: 'Alle',
  retry: 'Opnieuw proberen',
  offline: 'De verhalen konden niet worden geladen. Controleer je verbinding en probeer het opnieuw.',
  stale: 'Deze verhalen zijn eerder opgeslagen en zijn mogelijk niet actueel.',
  staleRateLimited:
    'De limiet per uur van GitHub voor dit netwerk is bereikt, dus deze opgeslagen verhalen zijn mogelijk niet actueel. Na {time} kunnen nieuwe verhalen worden geladen.',
};

export default nl;
