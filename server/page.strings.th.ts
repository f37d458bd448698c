// Thai words of the server’s story pages. Pure data: fetched only by pages in Thai.
import type { Translation } from '../src/shared/locale.ts';
import type { pageEn } from './messages.ts';

const th: Translation<typeof pageEn> = {
  siteName: 'เรื่องราวของชุมชน',
  documentTitle: '{title} · {site}',
  by: 'โดย {author}',
  kind_boost: 'น่าแชร์',
  kind_news: 'ข่าว',
  kind_story: 'เรื่องราว',
  kind_event: 'กิจกรรม',
  readMore: 'อ่านต่อที่ {host}',
  firstPublished: 'เผยแพร่ครั้งแรกที่ {host}',
  sharedOn: 'มีที่อื่นด้วย:',
  link_github: 'GitHub',
  link_discourse: 'ฟอรัม',
  link_mastodon: 'Mastodon',
  link_bluesky: 'Bluesky',
  tags: 'แท็ก',
  follow: 'ติดตามเรื่องราวใหม่:',
  atomFeed: 'ฟีด Atom',
  jsonFeed: 'JSON Feed',
  backTo: 'เรื่องราวเพิ่มเติมใน {site}',
  notFoundTitle: 'ไม่พบเรื่องราว',
  notFoundText: 'ไม่มีเรื่องราวที่เผยแพร่แล้วที่ที่อยู่นี้ อาจยังรอผู้ดูแลตรวจสอบ หรือถูกนำออกแล้ว',
  pageNotFoundTitle: 'ไม่พบหน้า',
  pageNotFoundText: 'ไม่มีอะไรที่ที่อยู่นี้',
};

export default th;
