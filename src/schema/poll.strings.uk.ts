// Ukrainian words of the poll schema’s messages. Pure data: fetched only by pages in Ukrainian.
import type { Translation } from '../shared/locale.ts';
import type { pollSchemaEn } from './poll.strings.ts';

const uk: Translation<typeof pollSchemaEn> = {
  'question.required': 'Введіть запитання',
  'question.tooLong': 'Запитання має містити не більше 200 символів',
  'question.invalid': 'Введіть запитання',
  'options.tooFew': 'Додайте щонайменше 2 варіанти відповіді',
  'options.tooMany': 'Додайте не більше 10 варіантів відповіді',
  'options.textRequired': 'Введіть текст кожного варіанта відповіді або видаліть порожній',
  'options.textTooLong': 'Скоротіть кожен варіант відповіді до 100 символів або менше',
  'options.duplicate': 'Тексти варіантів відповіді мають відрізнятися',
  'options.invalid': 'Додайте від 2 до 10 варіантів відповіді',
  'multiple.invalid': 'Укажіть, чи можна вибирати кілька варіантів',
  'resultsBeforeVote.invalid': 'Укажіть, чи можна бачити результати до голосування',
  'closesAt.invalid': 'Введіть час закриття у форматі 2025-01-31T18:00:00Z або залиште поле порожнім',
  'closesAt.past': 'Виберіть час закриття в майбутньому або залиште поле порожнім',
  'vote.required': 'Виберіть відповідь, а потім проголосуйте',
  'vote.single': 'Виберіть лише одну відповідь',
  'vote.unknown': 'Цієї відповіді більше немає в опитуванні: перезавантажте опитування й виберіть знову',
  'voter.invalid': 'Перезавантажте сторінку й проголосуйте ще раз',
  'text.controlCharacters': 'Видаліть із тексту невидимі керівні символи',
  invalid: 'Перевірте цю відповідь',
};

export default uk;
