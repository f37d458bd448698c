// Urdu words of the server’s story pages. Pure data: fetched only by pages in Urdu.
import type { Translation } from '../src/shared/locale.ts';
import type { pageEn } from './messages.ts';

const ur: Translation<typeof pageEn> = {
  siteName: 'کمیونٹی کی کہانیاں',
  documentTitle: '{title} · {site}',
  by: 'از {author}',
  kind_boost: 'شیئر کرنے کے قابل',
  kind_news: 'خبر',
  kind_story: 'کہانی',
  kind_event: 'تقریب',
  readMore: '{host} پر مزید پڑھیں',
  firstPublished: 'پہلی بار {host} پر شائع ہوئی',
  sharedOn: 'یہاں بھی:',
  link_github: 'GitHub',
  link_discourse: 'فورم',
  link_mastodon: 'Mastodon',
  link_bluesky: 'Bluesky',
  tags: 'ٹیگز',
  follow: 'نئی کہانیوں کو فالو کریں:',
  atomFeed: 'Atom فیڈ',
  jsonFeed: 'JSON Feed',
  backTo: '{site} پر مزید کہانیاں',
  notFoundTitle: 'کہانی نہیں ملی',
  notFoundText: 'اس پتے پر کوئی شائع شدہ کہانی نہیں ہے۔ ممکن ہے یہ ابھی کسی ماڈریٹر کے انتظار میں ہو، یا اسے ہٹا دیا گیا ہو۔',
  pageNotFoundTitle: 'صفحہ نہیں ملا',
  pageNotFoundText: 'اس پتے پر کچھ نہیں ہے۔',
};

export default ur;
