// Japanese: the newsletter digest's words. Terms as in page.strings.ja.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { digestEn } from './digest.strings.ts';

const ja: Translation<typeof digestEn> = {
  title: 'コミュニティのストーリー（{first}〜{last}）',
  empty: 'この期間に公開されたストーリーはありません。',
  kind_news: 'ニュース',
  kind_story: 'ストーリー',
  kind_event: 'イベント',
  kind_boost: 'シェアしたい投稿',
  by: '投稿者: {author}',
};

export default ja;
