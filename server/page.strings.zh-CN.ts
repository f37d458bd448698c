// Chinese (Simplified) words of the server’s story pages. Pure data: fetched only by pages in Chinese (Simplified).
import type { Translation } from '../src/shared/locale.ts';
import type { pageEn } from './messages.ts';

const zhCN: Translation<typeof pageEn> = {
  siteName: '社区故事',
  documentTitle: '{title} · {site}',
  by: '作者：{author}',
  kind_boost: '值得分享',
  kind_news: '新闻',
  kind_story: '故事',
  kind_event: '活动',
  readMore: '在 {host} 上阅读更多',
  firstPublished: '首发于 {host}',
  sharedOn: '另见于',
  link_github: 'GitHub',
  link_discourse: '论坛',
  link_mastodon: 'Mastodon',
  link_bluesky: 'Bluesky',
  tags: '标签',
  follow: '关注新故事：',
  atomFeed: 'Atom 订阅源',
  jsonFeed: 'JSON Feed',
  backTo: '{site} 上的更多故事',
  notFoundTitle: '找不到故事',
  notFoundText: '此地址没有已发布的故事。它可能仍在等待审核员审核，或已被撤下。',
  pageNotFoundTitle: '找不到页面',
  pageNotFoundText: '此地址没有任何内容。',
};

export default zhCN;
