// Japanese words of <chorus-story-feed>. Pure data: fetched only by pages in Japanese.
import type { Translation } from '../../shared/locale.ts';
import type { storyFeedEn } from './story-feed.strings.ts';

const ja: Translation<typeof storyFeedEn> = {
  feedLabel: 'コミュニティのストーリー',
  loading: 'ストーリーを読み込んでいます…',
  empty: 'ストーリーはまだありません。',
  emptyFiltered: 'このフィルターに一致するストーリーはありません。',
  noMatchYet: '最新の中に一致するストーリーはまだありません。さらに読み込んで過去を探してください。',
  'kind.boost': '拡散',
  'kind.news': 'ニュース',
  'kind.story': 'ストーリー',
  'kind.event': 'イベント',
  by: '投稿者: {author}',
  tags: 'タグ',
  readMore: '続きを読む',
  readLess: '折りたたむ',
  loadMore: 'ストーリーをさらに読み込む',
  loadingMore: 'ストーリーをさらに読み込んでいます…',
  added_one: 'ストーリーを {count} 件追加で読み込みました。',
  added_other: 'ストーリーを {count} 件追加で読み込みました。',
  allShown: 'すべてのストーリーを表示しています。',
  filters: 'ストーリーを絞り込む',
  filterAll: 'すべて',
  retry: '再試行',
  offline: 'ストーリーを読み込めませんでした。接続を確認してから、もう一度お試しください。',
  stale: 'これらのストーリーは以前に保存されたもので、最新ではない可能性があります。',
  staleRateLimited:
    'このネットワークでの GitHub の 1 時間あたりの上限に達したため、保存済みのストーリーは最新ではない可能性があります。{time} 以降に新しいストーリーを読み込めます。',
};

export default ja;
