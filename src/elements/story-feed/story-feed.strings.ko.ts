// Korean words of <chorus-story-feed>. Pure data: fetched only by pages in Korean.
import type { Translation } from '../../shared/locale.ts';
import type { storyFeedEn } from './story-feed.strings.ts';

const ko: Translation<typeof storyFeedEn> = {
  feedLabel: '커뮤니티 이야기',
  loading: '이야기를 불러오는 중…',
  empty: '아직 이야기가 없습니다.',
  emptyFiltered: '이 필터와 일치하는 이야기가 없습니다.',
  noMatchYet: '최근 이야기 중에는 아직 일치하는 이야기가 없습니다. 더 불러와서 이전 이야기를 찾아보세요.',
  'kind.boost': '홍보',
  'kind.news': '소식',
  'kind.story': '이야기',
  'kind.event': '행사',
  by: '작성자: {author}',
  tags: '태그',
  readMore: '더 읽기',
  readLess: '간단히 보기',
  loadMore: '이야기 더 불러오기',
  loadingMore: '이야기를 더 불러오는 중…',
  added_one: '이야기 {count}개를 더 불러왔습니다.',
  added_other: '이야기 {count}개를 더 불러왔습니다.',
  allShown: '모든 이야기를 표시했습니다.',
  filters: '이야기 필터',
  filterAll: '전체',
  retry: '다시 시도',
  offline: '이야기를 불러오지 못했습니다. 연결 상태를 확인한 다음 다시 시도하세요.',
  stale: '이 이야기들은 이전에 저장된 것으로, 최신 내용이 아닐 수 있습니다.',
  staleRateLimited: '이 네트워크의 GitHub 시간당 한도를 모두 사용해서 저장된 이야기가 최신이 아닐 수 있습니다. {time} 이후에 새 이야기를 불러올 수 있습니다.',
};

export default ko;
