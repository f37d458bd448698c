// Persian words of the server’s story pages. Pure data: fetched only by pages in Persian.
import type { Translation } from '../src/shared/locale.ts';
import type { pageEn } from './messages.ts';

const fa: Translation<typeof pageEn> = {
  siteName: 'داستان‌های جامعه',
  documentTitle: '{title} · {site}',
  by: 'از {author}',
  kind_boost: 'ارزش هم‌رسانی دارد',
  kind_news: 'خبر',
  kind_story: 'داستان',
  kind_event: 'رویداد',
  readMore: 'ادامه در {host}',
  firstPublished: 'نخستین بار در {host} منتشر شد',
  sharedOn: 'همچنین در',
  link_github: 'GitHub',
  link_discourse: 'انجمن',
  link_mastodon: 'Mastodon',
  link_bluesky: 'Bluesky',
  tags: 'برچسب‌ها',
  follow: 'دنبال کردن داستان‌های جدید:',
  atomFeed: 'خوراک Atom',
  jsonFeed: 'JSON Feed',
  backTo: 'داستان‌های بیشتر در {site}',
  notFoundTitle: 'داستان پیدا نشد',
  notFoundText: 'هیچ داستان منتشرشده‌ای در این نشانی نیست. ممکن است هنوز در انتظار یک ناظر باشد، یا برداشته شده باشد.',
  pageNotFoundTitle: 'صفحه پیدا نشد',
  pageNotFoundText: 'در این نشانی چیزی نیست.',
};

export default fa;
