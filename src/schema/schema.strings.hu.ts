// Hungarian words of the story schema’s field messages. Pure data: fetched only by pages in Hungarian.
import type { Translation } from '../shared/locale.ts';
import type { schemaEn } from './schema.strings.ts';

const hu: Translation<typeof schemaEn> = {
  'kind.invalid': 'Válassza ki, milyen típusú a történet',
  'title.required': 'Adjon meg egy címet',
  'title.tooLong': 'Legfeljebb 120 karakteres címet adjon meg',
  'title.invalid': 'Adjon meg egy címet',
  'body.required': 'Írja meg a történetét',
  'body.tooLong': 'Rövidítse a történetét legfeljebb 20 000 karakterre',
  'body.boostTooLong': 'Rövidítse az üzenetét legfeljebb 500 karakterre, vagy válasszon másik történettípust',
  'body.invalid': 'Írja meg a történetét',
  'link.required': 'Adja meg annak a bejegyzésnek a hivatkozását, amelyet meg szeretne osztatni velünk',
  'link.invalid': 'https:// vagy http:// kezdetű hivatkozást adjon meg',
  'link.tooLong': 'Legfeljebb 2048 karakteres hivatkozást adjon meg',
  'tags.tooMany': 'Legfeljebb 5 címkét válasszon',
  'tags.invalid': '1–32 ékezet nélküli kisbetűből, számjegyből vagy kötőjelből álló címkéket használjon',
  'authorName.required': 'Adja meg a nevét',
  'authorName.tooLong': 'Legfeljebb 80 karakteres nevet adjon meg',
  'authorName.invalid': 'Adja meg a nevét',
  'authorEmail.invalid': 'Adjon meg egy e-mail-címet (például nev@example.org), vagy hagyja üresen',
  'authorEmail.tooLong': 'Legfeljebb 254 karakteres e-mail-címet adjon meg',
  'region.tooLong': 'Legfeljebb 80 karakteres régiót adjon meg',
  'region.invalid': 'Legfeljebb 80 karakteres régiót adjon meg, vagy hagyja üresen',
  'language.invalid': 'Adjon meg egy nyelvkódot (például hu vagy pt-BR), vagy hagyja üresen',
  'consent.required': 'Jelölje be a négyzetet, ha hozzájárul, hogy a közösségi csapat közzétegye a történetét',
  'text.controlCharacters': 'Távolítsa el a láthatatlan vezérlőkaraktereket ebből a szövegből',
  'startedAt.invalid': 'Töltse újra az oldalt, és küldje el újra az űrlapot',
  invalid: 'Ellenőrizze ezt a választ',
};

export default hu;
