// Korean words of the server’s story pages. Pure data: fetched only by pages in Korean.
import type { Translation } from '../src/shared/locale.ts';
import type { pageEn } from './messages.ts';

const ko: Translation<typeof pageEn> = {
  siteName: '커뮤니티 이야기',
  documentTitle: '{title} · {site}',
  by: '작성자: {author}',
  kind_boost: '공유할 만한 글',
  kind_news: '소식',
  kind_story: '이야기',
  kind_event: '행사',
  readMore: '{host}에서 더 읽기',
  firstPublished: '{host}에 처음 게시됨',
  sharedOn: '다른 곳:',
  link_github: 'GitHub',
  link_discourse: '포럼',
  link_mastodon: 'Mastodon',
  link_bluesky: 'Bluesky',
  tags: '태그',
  follow: '새 이야기 구독:',
  atomFeed: 'Atom 피드',
  jsonFeed: 'JSON Feed',
  backTo: '{site}의 다른 이야기',
  notFoundTitle: '이야기를 찾을 수 없음',
  notFoundText: '이 주소에 게시된 이야기가 없습니다. 아직 운영자의 검토를 기다리고 있거나 삭제되었을 수 있습니다.',
  pageNotFoundTitle: '페이지를 찾을 수 없음',
  pageNotFoundText: '이 주소에는 아무것도 없습니다.',
};

export default ko;
