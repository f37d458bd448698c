// Japanese failure messages. Pure data: fetched only by pages in Japanese.
import type { Translation } from './locale.ts';
import type { errorMessagesEn } from './error-messages.strings.ts';

const ja: Translation<typeof errorMessagesEn> = {
  'read.network': 'ストーリーを読み込めませんでした。接続を確認してから、もう一度お試しください。',
  'read.timeout': 'ストーリーの取得に時間がかかりすぎました。しばらくしてからもう一度お試しください。',
  'read.rate-limited': 'ストーリーへのリクエストが多すぎます。数分後にもう一度お試しください。',
  'read.rateLimitedUntil': 'このネットワークでの GitHub の 1 時間あたりの上限に達しました。{time} 以降にもう一度お試しください。',
  'read.cors':
    'フォーラム {forum} は、このサイトからのストーリーの読み込みを許可していません。フォーラムの管理者が「enable cors」をオンにし、「cors origins」に {origin} を追加する必要があります。',
  'read.not-found': 'ストーリーが見つかりませんでした。フィードのソースアドレスを確認してください。',
  'read.forbidden': 'ストーリーが公開されていないか、このサイトには読み込みが許可されていません。',
  'read.unauthorized': 'ストーリーが公開されていないか、このサイトには読み込みが許可されていません。',
  'read.unsupported': 'このフィードには読み込めるソースがありません。source または endpoint を設定してください。',
  'read.invalid-response': 'ストーリーが、このフィードでは読み込めない形式で届きました。',
  'read.server': 'ストーリーのサーバーに問題が発生しています。数分後にもう一度お試しください。',
  'read.other': 'ストーリーを読み込めませんでした。もう一度お試しください。',
  'reason.network': 'サーバーに接続できませんでした。',
  'reason.timeout': 'サーバーが時間内に応答しませんでした。',
  'reason.server': 'サーバーで問題が発生しました。',
  'reason.not-found': 'サーバー上に見つかりませんでした。',
  'reason.forbidden': 'このトークンではその操作は許可されていません。',
  'reason.rate-limited': 'リクエストが多すぎます。少し待ってください。',
  'reason.other': 'サーバーから Chorus が解釈できない応答が返されました。',
  'send.other': 'ストーリーを送信できませんでした。このデバイスに保存されています。しばらくしてからもう一度お試しください。',
  'send.payload-too-large': 'ストーリーが大きすぎて送信できません。短くしてから、もう一度お試しください。',
  'send.rate-limited': '短時間に多くのストーリーが送信されました。後でもう一度お試しください。',
  'send.rateLimitedSeconds_one': '短時間に多くのストーリーが送信されました。{count} 秒後にもう一度お試しください。',
  'send.rateLimitedSeconds_other': '短時間に多くのストーリーが送信されました。{count} 秒後にもう一度お試しください。',
  'send.rateLimitedAt': '短時間に多くのストーリーが送信されました。{time} 以降にもう一度お試しください。',
};

export default ja;
