// Japanese field messages of the story schema. Pure data: fetched only by pages in Japanese.
import type { Translation } from '../shared/locale.ts';
import type { schemaEn } from './schema.strings.ts';

const ja: Translation<typeof schemaEn> = {
  'kind.invalid': 'ストーリーの種類を選んでください',
  'title.required': 'タイトルを入力してください',
  'title.tooLong': 'タイトルは 120 文字以内で入力してください',
  'title.invalid': 'タイトルを入力してください',
  'body.required': 'ストーリーを書いてください',
  'body.tooLong': 'ストーリーを 20,000 文字以内に短くしてください',
  'body.boostTooLong': 'メッセージを 500 文字以内に短くするか、別の種類を選んでください',
  'body.invalid': 'ストーリーを書いてください',
  'link.required': '共有してほしい投稿のリンクを入力してください',
  'link.invalid': 'https:// または http:// で始まるリンクを入力してください',
  'link.tooLong': 'リンクは 2,048 文字以内で入力してください',
  'tags.tooMany': 'タグは 5 個以内で選んでください',
  'tags.invalid': 'タグには 1〜32 文字の半角英小文字、数字、ハイフンを使ってください',
  'authorName.required': 'お名前を入力してください',
  'authorName.tooLong': 'お名前は 80 文字以内で入力してください',
  'authorName.invalid': 'お名前を入力してください',
  'authorEmail.invalid': 'name@example.org のようなメールアドレスを入力するか、空欄のままにしてください',
  'authorEmail.tooLong': 'メールアドレスは 254 文字以内で入力してください',
  'region.tooLong': '地域は 80 文字以内で入力してください',
  'region.invalid': '地域は 80 文字以内で入力するか、空欄のままにしてください',
  'language.invalid': 'ja や pt-BR のような言語コードを入力するか、空欄のままにしてください',
  'consent.required': 'コミュニティチームがストーリーを公開することに同意する場合は、チェックボックスをオンにしてください',
  'text.controlCharacters': 'このテキストから目に見えない制御文字を削除してください',
  'startedAt.invalid': 'ページを再読み込みして、もう一度フォームを送信してください',
  invalid: 'この回答を確認してください',
};

export default ja;
