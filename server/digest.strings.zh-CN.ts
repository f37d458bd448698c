// Chinese (Simplified): the newsletter digest's words. Terms as in page.strings.zh-CN.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { digestEn } from './digest.strings.ts';

const zhCN: Translation<typeof digestEn> = {
  title: '社区故事（{first}至{last}）',
  empty: '这段时间没有发布任何故事。',
  kind_news: '新闻',
  kind_story: '故事',
  kind_event: '活动',
  kind_boost: '值得分享的帖子',
  by: '作者：{author}',
};

export default zhCN;
