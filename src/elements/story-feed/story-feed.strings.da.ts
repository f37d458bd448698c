// Danish words of <chorus-story-feed>. Pure data: fetched only by pages in Danish.
import type { Translation } from '../../shared/locale.ts';
import type { storyFeedEn } from './story-feed.strings.ts';

const da: Translation<typeof storyFeedEn> = {
  feedLabel: 'Historier fra fællesskabet',
  loading: 'Indlæser historier…',
  empty: 'Ingen historier endnu.',
  emptyFiltered: 'Ingen historier passer til dette filter.',
  noMatchYet: 'Ingen matchende historier blandt de seneste endnu. Indlæs flere for at se længere tilbage.',
  'kind.boost': 'Anbefaling',
  'kind.news': 'Nyhed',
  'kind.story': 'Historie',
  'kind.event': 'Begivenhed',
  by: 'af {author}',
  tags: 'Tags',
  readMore: 'Læs mere',
  readLess: 'Vis mindre',
  loadMore: 'Indlæs flere historier',
  loadingMore: 'Indlæser flere historier…',
  added_one: '{count} historie mere er indlæst.',
  added_other: '{count} historier mere er indlæst.',
  allShown: 'Alle historier vises.',
  filters: 'Filtrér historier',
  filterAll: 'Alle',
  retry: 'Prøv igen',
  offline: 'Historierne kunne ikke indlæses. Tjek din forbindelse, og prøv igen.',
  stale: 'Disse historier blev gemt tidligere og er måske forældede.',
  staleRateLimited: 'GitHubs timegrænse for dette netværk er brugt op, så disse gemte historier er måske forældede. Nye kan indlæses efter kl. {time}.',
};

export default da;
