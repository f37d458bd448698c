// Czech: the newsletter digest's words. Terms as in page.strings.cs.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { digestEn } from './digest.strings.ts';

const cs: Translation<typeof digestEn> = {
  title: 'Příběhy komunity, {first} až {last}',
  empty: 'V tomto období nebyl zveřejněn žádný příběh.',
  kind_news: 'Novinky',
  kind_story: 'Příběhy',
  kind_event: 'Akce',
  kind_boost: 'Příspěvky ke sdílení',
  by: 'autor: {author}',
};

export default cs;
