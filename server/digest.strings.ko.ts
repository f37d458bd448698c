// Korean: the newsletter digest's words. Terms as in page.strings.ko.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { digestEn } from './digest.strings.ts';

const ko: Translation<typeof digestEn> = {
  title: '커뮤니티 이야기, {first}~{last}',
  empty: '이 기간에 게시된 이야기가 없습니다.',
  kind_news: '소식',
  kind_story: '이야기',
  kind_event: '행사',
  kind_boost: '공유할 만한 글',
  by: '작성자: {author}',
};

export default ko;
