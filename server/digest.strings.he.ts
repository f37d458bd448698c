// Hebrew: the newsletter digest's words. Terms as in page.strings.he.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { digestEn } from './digest.strings.ts';

const he: Translation<typeof digestEn> = {
  title: 'סיפורי הקהילה, {first} עד {last}',
  empty: 'לא פורסמו סיפורים בתקופה הזו.',
  kind_news: 'חדשות',
  kind_story: 'סיפורים',
  kind_event: 'אירועים',
  kind_boost: 'פוסטים ששווה לשתף',
  by: 'מאת {author}',
};

export default he;
