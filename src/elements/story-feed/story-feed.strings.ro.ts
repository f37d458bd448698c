// Romanian words of <chorus-story-feed>. Pure data: fetched only by pages in Romanian.
import type { Translation } from '../../shared/locale.ts';
import type { storyFeedEn } from './story-feed.strings.ts';

const ro: Translation<typeof storyFeedEn> = {
  feedLabel: 'Poveștile comunității',
  loading: 'Se încarcă poveștile…',
  empty: 'Încă nu există povești.',
  emptyFiltered: 'Nicio poveste nu corespunde acestui filtru.',
  noMatchYet: 'Încă nu există povești potrivite printre cele mai recente. Încarcă mai multe pentru a căuta mai în urmă.',
  'kind.boost': 'Recomandare',
  'kind.news': 'Știre',
  'kind.story': 'Poveste',
  'kind.event': 'Eveniment',
  by: 'de {author}',
  tags: 'Etichete',
  readMore: 'Citiți mai mult',
  readLess: 'Afișați mai puțin',
  loadMore: 'Încărcați mai multe povești',
  loadingMore: 'Se încarcă mai multe povești…',
  added_one: 'S-a mai încărcat {count} poveste.',
  added_other: 'S-au mai încărcat {count} de povești.',
  added_few: 'S-au mai încărcat {count} povești.',
  allShown: 'Sunt afișate toate poveștile.',
  filters: 'Filtrați poveștile',
  filterAll: 'Toate',
  retry: 'Încercați din nou',
  offline: 'Poveștile nu au putut fi încărcate. Verificați conexiunea, apoi încercați din nou.',
  stale: 'Aceste povești au fost salvate mai devreme și pot fi neactualizate.',
  staleRateLimited:
    'Limita orară GitHub pentru această rețea a fost atinsă, așa că aceste povești salvate pot fi neactualizate. Se vor putea încărca altele noi după ora {time}.',
};

export default ro;
