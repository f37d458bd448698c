// Chinese (Simplified) words of <chorus-membership-card>. Pure data: fetched only by pages in Chinese (Simplified).
import type { Translation } from '../../shared/locale.ts';
import type { membershipCardEn } from './membership-card.strings.ts';

const zhCN: Translation<typeof membershipCardEn> = {
  heading: '会员资格',
  free: '免费',
  perYear: '每年 {price}',
  once: '一次性 {price}',
  included: '包含',
  notIncluded: '不包含',
  votes: '有投票权的会员',
  noVotes: '无投票权',
  eligibility: '谁可以加入',
  join: '加入',
  joinTier: '加入：{tier}',
  highlight: '推荐',
  caption: '会员类别对比',
  benefit: '权益',
  price: '价格',
  loading: '正在加载会员类别…',
  loadFailed: '无法加载会员类别。',
  retry: '重试',
};

export default zhCN;
