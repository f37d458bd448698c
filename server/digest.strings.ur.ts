// Urdu: the newsletter digest's words. Terms as in page.strings.ur.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { digestEn } from './digest.strings.ts';

const ur: Translation<typeof digestEn> = {
  title: 'کمیونٹی کی کہانیاں، {first} سے {last} تک',
  empty: 'اس عرصے میں کوئی کہانی شائع نہیں ہوئی۔',
  kind_news: 'خبریں',
  kind_story: 'کہانیاں',
  kind_event: 'تقریبات',
  kind_boost: 'شیئر کرنے کے قابل پوسٹس',
  by: 'از {author}',
};

export default ur;
