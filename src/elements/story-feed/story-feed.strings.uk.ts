// Ukrainian words of <chorus-story-feed>. Pure data: fetched only by pages in Ukrainian.
import type { Translation } from '../../shared/locale.ts';
import type { storyFeedEn } from './story-feed.strings.ts';

const uk: Translation<typeof storyFeedEn> = {
  feedLabel: 'Історії спільноти',
  loading: 'Завантаження історій…',
  empty: 'Історій поки немає.',
  emptyFiltered: 'Жодна історія не відповідає цьому фільтру.',
  noMatchYet: 'Серед найновіших поки немає відповідних історій. Завантажте більше, щоб шукати далі.',
  'kind.boost': 'Поширення',
  'kind.news': 'Новина',
  'kind.story': 'Історія',
  'kind.event': 'Подія',
  by: 'автор: {author}',
  tags: 'Теги',
  readMore: 'Читати далі',
  readLess: 'Згорнути',
  loadMore: 'Завантажити ще історії',
  loadingMore: 'Завантаження історій…',
  added_one: 'Завантажено ще {count} історію.',
  added_few: 'Завантажено ще {count} історії.',
  added_many: 'Завантажено ще {count} історій.',
  added_other: 'Завантажено ще {count} історій.',
  allShown: 'Показано всі історії.',
  filters: 'Фільтр історій',
  filterAll: 'Усі',
  retry: 'Спробувати ще раз',
  offline: 'Не вдалося завантажити історії. Перевірте з’єднання та спробуйте ще раз.',
  stale: 'Ці історії було збережено раніше, тож вони можуть бути застарілими.',
  staleRateLimited:
    'Погодинний ліміт GitHub для цієї мережі вичерпано, тож збережені історії можуть бути застарілими. Нові можна буде завантажити після {time}.',
};

export default uk;
