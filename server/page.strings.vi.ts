// Vietnamese words of the server’s story pages. Pure data: fetched only by pages in Vietnamese.
import type { Translation } from '../src/shared/locale.ts';
import type { pageEn } from './messages.ts';

const vi: Translation<typeof pageEn> = {
  siteName: 'Câu chuyện cộng đồng',
  documentTitle: '{title} · {site}',
  by: 'Tác giả: {author}',
  kind_boost: 'Đáng chia sẻ',
  kind_news: 'Tin tức',
  kind_story: 'Câu chuyện',
  kind_event: 'Sự kiện',
  readMore: 'Đọc thêm trên {host}',
  firstPublished: 'Đăng lần đầu trên {host}',
  sharedOn: 'Cũng có trên',
  link_github: 'GitHub',
  link_discourse: 'diễn đàn',
  link_mastodon: 'Mastodon',
  link_bluesky: 'Bluesky',
  tags: 'Thẻ',
  follow: 'Theo dõi câu chuyện mới:',
  atomFeed: 'Nguồn cấp Atom',
  jsonFeed: 'JSON Feed',
  backTo: 'Thêm câu chuyện trên {site}',
  notFoundTitle: 'Không tìm thấy câu chuyện',
  notFoundText: 'Không có câu chuyện đã đăng nào ở địa chỉ này. Có thể nó vẫn đang chờ kiểm duyệt viên, hoặc đã bị gỡ xuống.',
  pageNotFoundTitle: 'Không tìm thấy trang',
  pageNotFoundText: 'Không có gì ở địa chỉ này.',
};

export default vi;
