// Chinese (Traditional) words of <chorus-story-feed>. Pure data: fetched only by pages in Chinese (Traditional).
import type { Translation } from '../../shared/locale.ts';
import type { storyFeedEn } from './story-feed.strings.ts';

const zhTW: Translation<typeof storyFeedEn> = {
  feedLabel: '社群故事',
  loading: '正在載入故事…',
  empty: '目前還沒有故事。',
  emptyFiltered: '沒有符合此篩選條件的故事。',
  noMatchYet: '最新內容中暫無符合的故事。載入更多以往前查找。',
  'kind.boost': '推廣',
  'kind.news': '新聞',
  'kind.story': '故事',
  'kind.event': '活動',
  by: '作者：{author}',
  tags: '標籤',
  readMore: '繼續閱讀',
  readLess: '收合',
  loadMore: '載入更多故事',
  loadingMore: '正在載入更多故事…',
  added_one: '已再載入 {count} 則故事。',
  added_other: '已再載入 {count} 則故事。',
  allShown: '已顯示所有故事。',
  filters: '篩選故事',
  filterAll: '全部',
  retry: '再試一次',
  offline: '無法載入故事。請檢查網路連線，然後再試一次。',
  stale: '這些故事是先前儲存的，內容可能已過時。',
  staleRateLimited: '此網路的 GitHub 每小時請求上限已用完，因此這些已儲存的故事可能已過時。{time} 之後即可載入新故事。',
};

export default zhTW;
