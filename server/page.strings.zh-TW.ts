// Chinese (Traditional) words of the server’s story pages. Pure data: fetched only by pages in Chinese (Traditional).
import type { Translation } from '../src/shared/locale.ts';
import type { pageEn } from './messages.ts';

const zhTW: Translation<typeof pageEn> = {
  siteName: '社群故事',
  documentTitle: '{title} · {site}',
  by: '作者：{author}',
  kind_boost: '值得分享',
  kind_news: '新聞',
  kind_story: '故事',
  kind_event: '活動',
  readMore: '在 {host} 上繼續閱讀',
  firstPublished: '首次發佈於 {host}',
  sharedOn: '亦見於',
  link_github: 'GitHub',
  link_discourse: '論壇',
  link_mastodon: 'Mastodon',
  link_bluesky: 'Bluesky',
  tags: '標籤',
  follow: '追蹤新故事：',
  atomFeed: 'Atom 資訊提供',
  jsonFeed: 'JSON Feed',
  backTo: '{site} 上的更多故事',
  notFoundTitle: '找不到故事',
  notFoundText: '此位址沒有已發佈的故事。它可能仍在等待審核人員審查，或已被移除。',
  pageNotFoundTitle: '找不到頁面',
  pageNotFoundText: '此位址沒有任何內容。',
};

export default zhTW;
