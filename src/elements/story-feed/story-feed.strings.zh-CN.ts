// Chinese (Simplified) words of <chorus-story-feed>. Pure data: fetched only by pages in Chinese (Simplified).
import type { Translation } from '../../shared/locale.ts';
import type { storyFeedEn } from './story-feed.strings.ts';

const zhCN: Translation<typeof storyFeedEn> = {
  feedLabel: '社区故事',
  loading: '正在加载故事…',
  empty: '还没有故事。',
  emptyFiltered: '没有符合此筛选条件的故事。',
  noMatchYet: '最新内容中暂无匹配的故事。加载更多以向前查找。',
  'kind.boost': '推广',
  'kind.news': '新闻',
  'kind.story': '故事',
  'kind.event': '活动',
  by: '作者：{author}',
  tags: '标签',
  readMore: '阅读更多',
  readLess: '收起',
  loadMore: '加载更多故事',
  loadingMore: '正在加载更多故事…',
  added_one: '又加载了 {count} 个故事。',
  added_other: '又加载了 {count} 个故事。',
  allShown: '已显示全部故事。',
  filters: '筛选故事',
  filterAll: '全部',
  retry: '重试',
  offline: '无法加载故事。请检查网络连接，然后重试。',
  stale: '这些故事是之前保存的，可能已过时。',
  staleRateLimited: '此网络的 GitHub 每小时请求限额已用完，因此这些已保存的故事可能已过时。{time} 之后可以加载新故事。',
};

export default zhCN;
