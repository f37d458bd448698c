// Urdu words of <chorus-story-feed>. Pure data: fetched only by pages in Urdu.
import type { Translation } from '../../shared/locale.ts';
import type { storyFeedEn } from './story-feed.strings.ts';

const ur: Translation<typeof storyFeedEn> = {
  feedLabel: 'کمیونٹی کی کہانیاں',
  loading: 'کہانیاں لوڈ ہو رہی ہیں…',
  empty: 'ابھی کوئی کہانی نہیں ہے۔',
  emptyFiltered: 'کوئی کہانی اس فلٹر سے میل نہیں کھاتی۔',
  noMatchYet: 'تازہ ترین میں ابھی تک کوئی مماثل کہانی نہیں۔ مزید پیچھے تلاش کرنے کے لیے مزید لوڈ کریں۔',
  'kind.boost': 'فروغ',
  'kind.news': 'خبر',
  'kind.story': 'کہانی',
  'kind.event': 'تقریب',
  by: 'از {author}',
  tags: 'ٹیگز',
  readMore: 'مزید پڑھیں',
  readLess: 'کم دکھائیں',
  loadMore: 'مزید کہانیاں لوڈ کریں',
  loadingMore: 'مزید کہانیاں لوڈ ہو رہی ہیں…',
  added_one: '{count} مزید کہانی لوڈ ہو گئی۔',
  added_other: '{count} مزید کہانیاں لوڈ ہو گئیں۔',
  allShown: 'تمام کہانیاں دکھائی جا رہی ہیں۔',
  filters: 'کہانیاں فلٹر کریں',
  filterAll: 'سب',
  retry: 'دوبارہ کوشش کریں',
  offline: 'کہانیاں لوڈ نہیں ہو سکیں۔ اپنا کنکشن چیک کریں، پھر دوبارہ کوشش کریں۔',
  stale: 'یہ کہانیاں پہلے محفوظ کی گئی تھیں اور ممکن ہے پرانی ہوں۔',
  staleRateLimited:
    'اس نیٹ ورک کے لیے GitHub کی فی گھنٹہ حد ختم ہو چکی ہے، اس لیے ممکن ہے یہ محفوظ کہانیاں پرانی ہوں۔ نئی کہانیاں {time} کے بعد لوڈ ہو سکیں گی۔',
};

export default ur;
