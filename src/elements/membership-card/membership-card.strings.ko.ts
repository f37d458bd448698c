// Korean words of <chorus-membership-card>. Pure data: fetched only by pages in Korean.
import type { Translation } from '../../shared/locale.ts';
import type { membershipCardEn } from './membership-card.strings.ts';

const ko: Translation<typeof membershipCardEn> = {
  heading: '회원 자격',
  free: '무료',
  perYear: '연 {price}',
  once: '{price}(1회)',
  included: '포함',
  notIncluded: '포함되지 않음',
  votes: '투표권이 있는 회원',
  noVotes: '투표권 없음',
  eligibility: '가입 대상',
  join: '가입하기',
  joinTier: '가입하기: {tier}',
  highlight: '추천',
  caption: '회원 등급 비교',
  benefit: '혜택',
  price: '가격',
  loading: '회원 등급을 불러오는 중…',
  loadFailed: '회원 등급을 불러오지 못했습니다.',
  retry: '다시 시도',
};

export default ko;
