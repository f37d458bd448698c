// Italian: the newsletter digest's words. Terms as in page.strings.it.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { digestEn } from './digest.strings.ts';

const it: Translation<typeof digestEn> = {
  title: 'Storie della community, dal {first} al {last}',
  empty: 'In questo periodo non è stata pubblicata nessuna storia.',
  kind_news: 'Notizie',
  kind_story: 'Storie',
  kind_event: 'Eventi',
  kind_boost: 'Post da condividere',
  by: 'di {author}',
};

export default it;
