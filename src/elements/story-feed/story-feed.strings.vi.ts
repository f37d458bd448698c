// Vietnamese words of <chorus-story-feed>. Pure data: fetched only by pages in Vietnamese.
import type { Translation } from '../../shared/locale.ts';
import type { storyFeedEn } from './story-feed.strings.ts';

const vi: Translation<typeof storyFeedEn> = {
  feedLabel: 'Câu chuyện cộng đồng',
  loading: 'Đang tải câu chuyện…',
  empty: 'Chưa có câu chuyện nào.',
  emptyFiltered: 'Không có câu chuyện nào khớp với bộ lọc này.',
  noMatchYet: 'Chưa có câu chuyện phù hợp trong số mới nhất. Tải thêm để tìm xa hơn.',
  'kind.boost': 'Lan tỏa',
  'kind.news': 'Tin tức',
  'kind.story': 'Câu chuyện',
  'kind.event': 'Sự kiện',
  by: 'Tác giả: {author}',
  tags: 'Thẻ',
  readMore: 'Đọc thêm',
  readLess: 'Thu gọn',
  loadMore: 'Tải thêm câu chuyện',
  loadingMore: 'Đang tải thêm câu chuyện…',
  added_one: 'Đã tải thêm {count} câu chuyện.',
  added_other: 'Đã tải thêm {count} câu chuyện.',
  allShown: 'Đã hiển thị tất cả câu chuyện.',
  filters: 'Lọc câu chuyện',
  filterAll: 'Tất cả',
  retry: 'Thử lại',
  offline: 'Không thể tải câu chuyện. Hãy kiểm tra kết nối rồi thử lại.',
  stale: 'Những câu chuyện này được lưu từ trước và có thể đã cũ.',
  staleRateLimited: 'Mạng này đã dùng hết giới hạn theo giờ của GitHub, nên những câu chuyện đã lưu này có thể đã cũ. Có thể tải câu chuyện mới sau {time}.',
};

export default vi;
