// Japanese messages of the poll schemas. Pure data: fetched only by pages in Japanese.
import type { Translation } from '../shared/locale.ts';
import type { pollSchemaEn } from './poll.strings.ts';

const ja: Translation<typeof pollSchemaEn> = {
  'question.required': '質問を入力してください',
  'question.tooLong': '質問は 200 文字以内で入力してください',
  'question.invalid': '質問を入力してください',
  'options.tooFew': '選択肢を 2 つ以上入力してください',
  'options.tooMany': '選択肢は 10 個以内にしてください',
  'options.textRequired': 'すべての選択肢に文字を入力するか、空の選択肢を削除してください',
  'options.textTooLong': '各選択肢を 100 文字以内に短くしてください',
  'options.duplicate': '選択肢はそれぞれ異なる内容にしてください',
  'options.invalid': '選択肢を 2〜10 個のリストで指定してください',
  'multiple.invalid': '複数の選択肢を選べるかどうかを指定してください',
  'resultsBeforeVote.invalid': '投票前に結果を見られるかどうかを指定してください',
  'closesAt.invalid': '締め切り日時を 2025-01-31T18:00:00Z の形式で入力するか、空欄のままにしてください',
  'closesAt.past': '締め切り日時は未来の日時を選ぶか、空欄のままにしてください',
  'vote.required': '選択肢を選んでから投票してください',
  'vote.single': '選択肢は 1 つだけ選んでください',
  'vote.unknown': 'この選択肢は投票からなくなりました。投票を再読み込みして、もう一度選んでください',
  'voter.invalid': 'ページを再読み込みして、もう一度投票してください',
  'text.controlCharacters': 'このテキストから目に見えない制御文字を削除してください',
  invalid: 'この回答を確認してください',
};

export default ja;
