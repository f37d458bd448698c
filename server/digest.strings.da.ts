// Danish: the newsletter digest's words. Terms as in page.strings.da.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { digestEn } from './digest.strings.ts';

const da: Translation<typeof digestEn> = {
  title: 'Historier fra fællesskabet, {first} til {last}',
  empty: 'Der blev ikke udgivet nogen historier i denne periode.',
  kind_news: 'Nyheder',
  kind_story: 'Historier',
  kind_event: 'Begivenheder',
  kind_boost: 'Opslag, der er værd at dele',
  by: 'af {author}',
};

export default da;
