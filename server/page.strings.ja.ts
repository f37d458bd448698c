// Japanese words of the server’s story pages. Pure data: fetched only by pages in Japanese.
import type { Translation } from '../src/shared/locale.ts';
import type { pageEn } from './messages.ts';

const ja: Translation<typeof pageEn> = {
  siteName: 'コミュニティのストーリー',
  documentTitle: '{title} · {site}',
  by: '投稿者: {author}',
  kind_boost: 'おすすめ',
  kind_news: 'ニュース',
  kind_story: 'ストーリー',
  kind_event: 'イベント',
  readMore: '{host} で続きを読む',
  firstPublished: '初出: {host}',
  sharedOn: '共有先:',
  link_github: 'GitHub',
  link_discourse: 'フォーラム',
  link_mastodon: 'Mastodon',
  link_bluesky: 'Bluesky',
  tags: 'タグ',
  follow: '新しいストーリーをフォロー:',
  atomFeed: 'Atom フィード',
  jsonFeed: 'JSON Feed',
  backTo: '{site} のその他のストーリー',
  notFoundTitle: 'ストーリーが見つかりません',
  notFoundText: 'このアドレスに公開済みのストーリーはありません。まだモデレーターの確認待ちか、削除された可能性があります。',
  pageNotFoundTitle: 'ページが見つかりません',
  pageNotFoundText: 'このアドレスには何もありません。',
};

export default ja;
