// Arabic words of the server’s story pages. Pure data: fetched only by pages in Arabic.
import type { Translation } from '../src/shared/locale.ts';
import type { pageEn } from './messages.ts';

const ar: Translation<typeof pageEn> = {
  siteName: 'قصص المجتمع',
  documentTitle: '{title} · {site}',
  by: 'بقلم {author}',
  kind_boost: 'يستحق المشاركة',
  kind_news: 'خبر',
  kind_story: 'قصة',
  kind_event: 'فعالية',
  readMore: 'اقرأ المزيد على {host}',
  firstPublished: 'نُشرت أولًا على {host}',
  sharedOn: 'متوفرة أيضًا على',
  link_github: 'GitHub',
  link_discourse: 'المنتدى',
  link_mastodon: 'Mastodon',
  link_bluesky: 'Bluesky',
  tags: 'الوسوم',
  follow: 'تابع القصص الجديدة:',
  atomFeed: 'موجز Atom',
  jsonFeed: 'JSON Feed',
  backTo: 'مزيد من القصص على {site}',
  notFoundTitle: 'القصة غير موجودة',
  notFoundText: 'لا توجد قصة منشورة على هذا العنوان. ربما لا تزال بانتظار أحد المشرفين، أو أُزيلت.',
  pageNotFoundTitle: 'الصفحة غير موجودة',
  pageNotFoundText: 'لا يوجد شيء على هذا العنوان.',
};

export default ar;
