// Russian words of the poll schema’s messages. Pure data: fetched only by pages in Russian.
import type { Translation } from '../shared/locale.ts';
import type { pollSchemaEn } from './poll.strings.ts';

const ru: Translation<typeof pollSchemaEn> = {
  'question.required': 'Введите вопрос',
  'question.tooLong': 'Вопрос должен быть не длиннее 200 символов',
  'question.invalid': 'Введите вопрос',
  'options.tooFew': 'Укажите не менее 2 вариантов ответа',
  'options.tooMany': 'Укажите не более 10 вариантов ответа',
  'options.textRequired': 'Введите текст каждого варианта ответа или удалите пустой',
  'options.textTooLong': 'Сократите каждый вариант ответа до 100 символов или меньше',
  'options.duplicate': 'Тексты вариантов ответа должны различаться',
  'options.invalid': 'Укажите от 2 до 10 вариантов ответа',
  'multiple.invalid': 'Укажите, можно ли выбирать несколько вариантов',
  'resultsBeforeVote.invalid': 'Укажите, можно ли видеть результаты до голосования',
  'closesAt.invalid': 'Введите время закрытия в формате 2025-01-31T18:00:00Z или оставьте поле пустым',
  'closesAt.past': 'Выберите время закрытия в будущем или оставьте поле пустым',
  'vote.required': 'Выберите ответ, затем проголосуйте',
  'vote.single': 'Выберите только один ответ',
  'vote.unknown': 'Этого ответа больше нет в опросе: перезагрузите опрос и выберите снова',
  'voter.invalid': 'Перезагрузите страницу и проголосуйте снова',
  'text.controlCharacters': 'Удалите из текста невидимые управляющие символы',
  invalid: 'Проверьте этот ответ',
};

export default ru;
