// Japanese: the read-through's messages. Terms as in messages.strings.ja.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { sourcesEn } from './sources.strings.ts';

const ja: Translation<typeof sourcesEn> = {
  notAllowed: 'このサーバーはそのソースを読み込みません。サーバーの所有者は、ソースを CHORUS_SOURCE_ALLOWLIST に追加できます',
  repo: 'リポジトリは repo=所有者/リポジトリ の形式で指定してください',
  url: 'フォーラムの一覧は url=https://forum.example.org/c/SLUG/ID の形式で指定してください',
  cursor: 'このカーソルはここでは無効です。最初のページからやり直してください',
  kind: '種類を選んでください: boost、news、story、event',
  upstream: 'ソースから想定どおりの応答がありませんでした。しばらくしてからもう一度お試しください',
  upstreamNotFound: 'ソースにそのようなリポジトリまたは一覧はありません',
  upstreamLimited: 'ソースが現在リクエストを拒否しています。しばらくしてからもう一度お試しください',
};

export default ja;
