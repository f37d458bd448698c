// Vietnamese: the newsletter digest's words. Terms as in page.strings.vi.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { digestEn } from './digest.strings.ts';

const vi: Translation<typeof digestEn> = {
  title: 'Câu chuyện cộng đồng, từ {first} đến {last}',
  empty: 'Không có câu chuyện nào được đăng trong khoảng thời gian này.',
  kind_news: 'Tin tức',
  kind_story: 'Câu chuyện',
  kind_event: 'Sự kiện',
  kind_boost: 'Bài đăng đáng chia sẻ',
  by: 'của {author}',
};

export default vi;
