// Russian words of the story schema’s field messages. Pure data: fetched only by pages in Russian.
import type { Translation } from '../shared/locale.ts';
import type { schemaEn } from './schema.strings.ts';

const ru: Translation<typeof schemaEn> = {
  'kind.invalid': 'Выберите тип истории',
  'title.required': 'Введите заголовок',
  'title.tooLong': 'Заголовок должен быть не длиннее 120 символов',
  'title.invalid': 'Введите заголовок',
  'body.required': 'Напишите свою историю',
  'body.tooLong': 'Сократите историю до 20 000 символов или меньше',
  'body.boostTooLong': 'Сократите сообщение до 500 символов или меньше либо выберите другой тип истории',
  'body.invalid': 'Напишите свою историю',
  'link.required': 'Введите ссылку на публикацию, которой мы должны поделиться',
  'link.invalid': 'Введите ссылку, начинающуюся с https:// или http://',
  'link.tooLong': 'Ссылка должна быть не длиннее 2048 символов',
  'tags.tooMany': 'Выберите не более 5 тегов',
  'tags.invalid': 'Теги должны состоять из 1–32 строчных латинских букв, цифр или дефисов',
  'authorName.required': 'Введите своё имя',
  'authorName.tooLong': 'Имя должно быть не длиннее 80 символов',
  'authorName.invalid': 'Введите своё имя',
  'authorEmail.invalid': 'Введите адрес электронной почты вида name@example.org или оставьте поле пустым',
  'authorEmail.tooLong': 'Адрес электронной почты должен быть не длиннее 254 символов',
  'region.tooLong': 'Регион должен быть не длиннее 80 символов',
  'region.invalid': 'Укажите регион не длиннее 80 символов или оставьте поле пустым',
  'language.invalid': 'Введите код языка, например ru или pt-BR, или оставьте поле пустым',
  'consent.required': 'Отметьте флажок, чтобы разрешить команде сообщества опубликовать вашу историю',
  'text.controlCharacters': 'Удалите из текста невидимые управляющие символы',
  'startedAt.invalid': 'Перезагрузите страницу и отправьте форму снова',
  invalid: 'Проверьте этот ответ',
};

export default ru;
