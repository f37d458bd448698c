// Chinese (Traditional) words of <chorus-membership-card>. Pure data: fetched only by pages in Chinese (Traditional).
import type { Translation } from '../../shared/locale.ts';
import type { membershipCardEn } from './membership-card.strings.ts';

const zhTW: Translation<typeof membershipCardEn> = {
  heading: '會員資格',
  free: '免費',
  perYear: '每年 {price}',
  once: '一次性 {price}',
  included: '包含',
  notIncluded: '不包含',
  votes: '具投票權的會員',
  noVotes: '不具投票權',
  eligibility: '誰可以加入',
  join: '加入',
  joinTier: '加入：{tier}',
  highlight: '推薦',
  caption: '會員類別比較',
  benefit: '權益',
  price: '價格',
  loading: '正在載入會員類別…',
  loadFailed: '無法載入會員類別。',
  retry: '再試一次',
};

export default zhTW;
