// Hebrew words of the server’s story pages. Pure data: fetched only by pages in Hebrew.
import type { Translation } from '../src/shared/locale.ts';
import type { pageEn } from './messages.ts';

const he: Translation<typeof pageEn> = {
  siteName: 'סיפורי הקהילה',
  documentTitle: '{title} · {site}',
  by: 'מאת {author}',
  kind_boost: 'שווה שיתוף',
  kind_news: 'חדשות',
  kind_story: 'סיפור',
  kind_event: 'אירוע',
  readMore: 'להמשך קריאה ב־{host}',
  firstPublished: 'פורסם לראשונה ב־{host}',
  sharedOn: 'מופיע גם ב:',
  link_github: 'GitHub',
  link_discourse: 'הפורום',
  link_mastodon: 'Mastodon',
  link_bluesky: 'Bluesky',
  tags: 'תגיות',
  follow: 'מעקב אחר סיפורים חדשים:',
  atomFeed: 'פיד Atom',
  jsonFeed: 'JSON Feed',
  backTo: 'עוד סיפורים ב־{site}',
  notFoundTitle: 'הסיפור לא נמצא',
  notFoundText: 'אין סיפור שפורסם בכתובת הזאת. ייתכן שהוא עדיין ממתין לבדיקה של מנהל/ת, או שהוא הוסר.',
  pageNotFoundTitle: 'הדף לא נמצא',
  pageNotFoundText: 'אין כלום בכתובת הזאת.',
};

export default he;
