// Polish words of <chorus-story-feed>. Pure data: fetched only by pages in Polish.
import type { Translation } from '../../shared/locale.ts';
import type { storyFeedEn } from './story-feed.strings.ts';

const pl: Translation<typeof storyFeedEn> = {
  feedLabel: 'Historie społeczności',
  loading: 'Wczytywanie historii…',
  empty: 'Nie ma jeszcze historii.',
  emptyFiltered: 'Żadna historia nie pasuje do tego filtru.',
  noMatchYet: 'Wśród najnowszych nie ma jeszcze pasujących historii. Wczytaj więcej, aby szukać dalej wstecz.',
  'kind.boost': 'Promocja',
  'kind.news': 'Aktualność',
  'kind.story': 'Historia',
  'kind.event': 'Wydarzenie',
  by: 'autor: {author}',
  tags: 'Tagi',
  readMore: 'Czytaj dalej',
  readLess: 'Pokaż mniej',
  loadMore: 'Wczytaj więcej historii',
  loadingMore: 'Wczytywanie kolejnych historii…',
  added_one: 'Wczytano {count} kolejną historię.',
  added_few: 'Wczytano {count} kolejne historie.',
  added_many: 'Wczytano {count} kolejnych historii.',
  added_other: 'Wczytano {count} kolejnych historii.',
  allShown: 'Wyświetlono wszystkie historie.',
  filters: 'Filtruj historie',
  filterAll: 'Wszystkie',
  retry: 'Spróbuj ponownie',
  offline: 'Nie udało się wczytać historii. Sprawdź połączenie i spróbuj ponownie.',
  stale: 'Te historie zapisano wcześniej i mogą być nieaktualne.',
  staleRateLimited: 'Godzinny limit GitHuba dla tej sieci został wyczerpany, więc zapisane historie mogą być nieaktualne. Nowe będzie można wczytać po {time}.',
};

export default pl;
