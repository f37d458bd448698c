// Romanian: the newsletter digest's words. Terms as in page.strings.ro.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { digestEn } from './digest.strings.ts';

const ro: Translation<typeof digestEn> = {
  title: 'Poveștile comunității, {first} – {last}',
  empty: 'Nu a fost publicată nicio poveste în această perioadă.',
  kind_news: 'Știri',
  kind_story: 'Povești',
  kind_event: 'Evenimente',
  kind_boost: 'Postări de distribuit',
  by: 'de {author}',
};

export default ro;
