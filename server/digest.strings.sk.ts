// Slovak: the newsletter digest's words. Terms as in page.strings.sk.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { digestEn } from './digest.strings.ts';

const sk: Translation<typeof digestEn> = {
  title: 'Príbehy komunity, {first} až {last}',
  empty: 'V tomto období nebol zverejnený žiadny príbeh.',
  kind_news: 'Novinky',
  kind_story: 'Príbehy',
  kind_event: 'Podujatia',
  kind_boost: 'Príspevky na zdieľanie',
  by: 'autor: {author}',
};

export default sk;
