// Ukrainian words of the story schema’s field messages. Pure data: fetched only by pages in Ukrainian.
import type { Translation } from '../shared/locale.ts';
import type { schemaEn } from './schema.strings.ts';

const uk: Translation<typeof schemaEn> = {
  'kind.invalid': 'Виберіть тип історії',
  'title.required': 'Введіть заголовок',
  'title.tooLong': 'Заголовок має містити не більше 120 символів',
  'title.invalid': 'Введіть заголовок',
  'body.required': 'Напишіть свою історію',
  'body.tooLong': 'Скоротіть історію до 20 000 символів або менше',
  'body.boostTooLong': 'Скоротіть повідомлення до 500 символів або менше чи виберіть інший тип історії',
  'body.invalid': 'Напишіть свою історію',
  'link.required': 'Введіть посилання на допис, який нам слід поширити',
  'link.invalid': 'Введіть посилання, що починається з https:// або http://',
  'link.tooLong': 'Посилання має містити не більше 2048 символів',
  'tags.tooMany': 'Виберіть не більше 5 тегів',
  'tags.invalid': 'Теги мають складатися з 1–32 малих латинських літер, цифр або дефісів',
  'authorName.required': 'Введіть своє ім’я',
  'authorName.tooLong': 'Ім’я має містити не більше 80 символів',
  'authorName.invalid': 'Введіть своє ім’я',
  'authorEmail.invalid': 'Введіть адресу електронної пошти на зразок name@example.org або залиште поле порожнім',
  'authorEmail.tooLong': 'Адреса електронної пошти має містити не більше 254 символів',
  'region.tooLong': 'Регіон має містити не більше 80 символів',
  'region.invalid': 'Вкажіть регіон до 80 символів або залиште поле порожнім',
  'language.invalid': 'Введіть код мови, наприклад uk або pt-BR, або залиште поле порожнім',
  'consent.required': 'Позначте поле, щоб дозволити команді спільноти опублікувати вашу історію',
  'text.controlCharacters': 'Видаліть із тексту невидимі керівні символи',
  'startedAt.invalid': 'Перезавантажте сторінку й надішліть форму ще раз',
  invalid: 'Перевірте цю відповідь',
};

export default uk;
