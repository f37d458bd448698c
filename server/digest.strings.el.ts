// Greek: the newsletter digest's words. Terms as in page.strings.el.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { digestEn } from './digest.strings.ts';

const el: Translation<typeof digestEn> = {
  title: 'Ιστορίες της κοινότητας, {first} έως {last}',
  empty: 'Δεν δημοσιεύτηκε καμία ιστορία σε αυτό το διάστημα.',
  kind_news: 'Νέα',
  kind_story: 'Ιστορίες',
  kind_event: 'Εκδηλώσεις',
  kind_boost: 'Αναρτήσεις για κοινοποίηση',
  by: 'από {author}',
};

export default el;
