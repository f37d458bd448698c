// Chinese (Traditional): the newsletter digest's words. Terms as in page.strings.zh-TW.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { digestEn } from './digest.strings.ts';

const zhTW: Translation<typeof digestEn> = {
  title: '社群故事（{first}至{last}）',
  empty: '這段期間沒有發布任何故事。',
  kind_news: '新聞',
  kind_story: '故事',
  kind_event: '活動',
  kind_boost: '值得分享的貼文',
  by: '作者：{author}',
};

export default zhTW;
