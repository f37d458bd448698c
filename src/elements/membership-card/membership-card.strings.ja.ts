// Japanese words of <chorus-membership-card>. Pure data: fetched only by pages in Japanese.
import type { Translation } from '../../shared/locale.ts';
import type { membershipCardEn } from './membership-card.strings.ts';

const ja: Translation<typeof membershipCardEn> = {
  heading: 'メンバーシップ',
  free: '無料',
  perYear: '年 {price}',
  once: '{price}（1 回のみ）',
  included: '含まれる',
  notIncluded: '含まれない',
  votes: '投票権のあるメンバー',
  noVotes: '投票権なし',
  eligibility: '参加できる人',
  join: '参加する',
  joinTier: '参加する: {tier}',
  highlight: 'おすすめ',
  caption: 'メンバーシップ区分の比較',
  benefit: '特典',
  price: '料金',
  loading: 'メンバーシップ区分を読み込んでいます…',
  loadFailed: 'メンバーシップ区分を読み込めませんでした。',
  retry: '再試行',
};

export default ja;
