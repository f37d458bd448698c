// Russian words of <chorus-story-feed>. Pure data: fetched only by pages in Russian.
import type { Translation } from '../../shared/locale.ts';
import type { storyFeedEn } from './story-feed.strings.ts';

const ru: Translation<typeof storyFeedEn> = {
  feedLabel: 'Истории сообщества',
  loading: 'Загрузка историй…',
  empty: 'Историй пока нет.',
  emptyFiltered: 'Нет историй, подходящих под этот фильтр.',
  noMatchYet: 'Среди последних пока нет подходящих историй. Загрузите ещё, чтобы искать дальше.',
  'kind.boost': 'Продвижение',
  'kind.news': 'Новость',
  'kind.story': 'История',
  'kind.event': 'Мероприятие',
  by: 'автор: {author}',
  tags: 'Теги',
  readMore: 'Читать дальше',
  readLess: 'Свернуть',
  loadMore: 'Загрузить ещё истории',
  loadingMore: 'Загрузка историй…',
  added_one: 'Загружена ещё {count} история.',
  added_few: 'Загружено ещё {count} истории.',
  added_many: 'Загружено ещё {count} историй.',
  added_other: 'Загружено ещё {count} историй.',
  allShown: 'Показаны все истории.',
  filters: 'Фильтр историй',
  filterAll: 'Все',
  retry: 'Повторить попытку',
  offline: 'Не удалось загрузить истории. Проверьте подключение и попробуйте ещё раз.',
  stale: 'Эти истории были сохранены ранее и могут быть неактуальны.',
  staleRateLimited:
    'Часовой лимит GitHub для этой сети исчерпан, поэтому сохранённые истории могут быть неактуальны. Новые можно будет загрузить после {time}.',
};

export default ru;
