// Russian words of <chorus-poll>. Pure data: fetched only by pages in Russian.
import type { Translation } from '../../shared/locale.ts';
import type { pollEn } from './poll.strings.ts';

const ru: Translation<typeof pollEn> = {
  loading: 'Загрузка опроса…',
  loadFailed: 'Не удалось загрузить опрос: {reason}',
  noEndpoint: 'У этого опроса нет сервера для получения данных. Укажите его endpoint.',
  retry: 'Повторить попытку',
  chooseOne: 'Выберите один ответ.',
  chooseMany: 'Выберите один или несколько ответов.',
  vote: 'Проголосовать',
  changeVote: 'Изменить свой голос',
  voting: 'Отправляем ваш голос…',
  showResults: 'Показать результаты',
  hideResults: 'Вернуться к голосованию',
  resultsLater: 'Результаты появятся после того, как вы проголосуете.',
  results: 'Результаты',
  votes_one: '{count} голос',
  votes_few: '{count} голоса',
  votes_many: '{count} голосов',
  votes_other: '{count} голоса',
  share: '{percent}, {votes}',
  total_one: 'Проголосовал {count} человек',
  total_few: 'Проголосовали {count} человека',
  total_many: 'Проголосовали {count} человек',
  total_other: 'Проголосовали {count} человека',
  yourChoice: 'ваш выбор',
  counted: 'Ваш голос учтён.',
  closed: 'Этот опрос завершён. Это окончательные результаты.',
  closesAt: 'Завершится {time}',
  closedBeforeVote: 'Опрос завершился до того, как пришёл ваш голос. Ваш голос не учтён.',
  voteFailed: 'Ваш голос не учтён: {reason} Ваш выбор сохранён; попробуйте ещё раз.',
  rateLimited: 'Из вашей сети пришло слишком много голосов. Ваш выбор сохранён; попробуйте ещё раз через {minutes} мин.',
  required: 'Выберите ответ, затем проголосуйте.',
  deleted: 'Этот опрос удалён.',
  liveLeader: 'Текущие результаты: лидирует «{option}» — {percent}, {total}.',
  liveTotal: 'Текущие результаты: {total}.',
  finalLeader: 'Опрос завершён. Победил вариант «{option}» — {percent}, {total}.',
};

export default ru;
