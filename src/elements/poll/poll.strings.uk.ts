// Ukrainian words of <chorus-poll>. Pure data: fetched only by pages in Ukrainian.
import type { Translation } from '../../shared/locale.ts';
import type { pollEn } from './poll.strings.ts';

const uk: Translation<typeof pollEn> = {
  loading: 'Завантаження опитування…',
  loadFailed: 'Не вдалося завантажити опитування: {reason}',
  noEndpoint: 'Це опитування не має сервера, з якого можна отримати дані. Укажіть його endpoint.',
  retry: 'Спробувати ще раз',
  chooseOne: 'Виберіть одну відповідь.',
  chooseMany: 'Виберіть одну або кілька відповідей.',
  vote: 'Проголосувати',
  changeVote: 'Змінити свій голос',
  voting: 'Надсилаємо ваш голос…',
  showResults: 'Показати результати',
  hideResults: 'Повернутися до голосування',
  resultsLater: 'Результати з’являться після того, як ви проголосуєте.',
  results: 'Результати',
  votes_one: '{count} голос',
  votes_few: '{count} голоси',
  votes_many: '{count} голосів',
  votes_other: '{count} голосу',
  share: '{percent}, {votes}',
  total_one: 'Проголосувала {count} людина',
  total_few: 'Проголосували {count} людини',
  total_many: 'Проголосували {count} людей',
  total_other: 'Проголосували {count} людини',
  yourChoice: 'ваш вибір',
  counted: 'Ваш голос зараховано.',
  closed: 'Це опитування завершено. Ось остаточні результати.',
  closesAt: 'Завершиться {time}',
  closedBeforeVote: 'Опитування завершилося до того, як надійшов ваш голос. Ваш голос не зараховано.',
  voteFailed: 'Ваш голос не зараховано: {reason} Ваш вибір збережено; спробуйте ще раз.',
  rateLimited: 'З вашої мережі надійшло забагато голосів. Ваш вибір збережено; спробуйте ще раз через {minutes} хв.',
  required: 'Виберіть відповідь, а потім проголосуйте.',
  deleted: 'Це опитування видалено.',
  liveLeader: 'Поточні результати: лідирує «{option}» — {percent}, {total}.',
  liveTotal: 'Поточні результати: {total}.',
  finalLeader: 'Опитування завершено. Переміг варіант «{option}» — {percent}, {total}.',
};

export default uk;
