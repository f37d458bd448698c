// Thai: the newsletter digest's words. Terms as in page.strings.th.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { digestEn } from './digest.strings.ts';

const th: Translation<typeof digestEn> = {
  title: 'เรื่องราวของชุมชน {first} ถึง {last}',
  empty: 'ไม่มีเรื่องราวที่เผยแพร่ในช่วงเวลานี้',
  kind_news: 'ข่าว',
  kind_story: 'เรื่องราว',
  kind_event: 'กิจกรรม',
  kind_boost: 'โพสต์ที่น่าแชร์',
  by: 'โดย {author}',
};

export default th;
