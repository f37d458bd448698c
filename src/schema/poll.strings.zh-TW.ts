// Chinese (Traditional) messages of the poll schemas. Pure data: fetched only by pages in Chinese (Traditional).
import type { Translation } from '../shared/locale.ts';
import type { pollSchemaEn } from './poll.strings.ts';

const zhTW: Translation<typeof pollSchemaEn> = {
  'question.required': '請輸入問題',
  'question.tooLong': '請輸入不超過 200 個字元的問題',
  'question.invalid': '請輸入問題',
  'options.tooFew': '請至少提供 2 個選項',
  'options.tooMany': '請提供不超過 10 個選項',
  'options.textRequired': '請填寫每個選項的文字，或移除空白的選項',
  'options.textTooLong': '請將每個選項縮短至 100 個字元以內',
  'options.duplicate': '每個選項的文字都必須不同',
  'options.invalid': '請提供包含 2 到 10 個選項的清單',
  'multiple.invalid': '請選擇是否允許複選',
  'resultsBeforeVote.invalid': '請選擇是否允許在投票前查看結果',
  'closesAt.invalid': '請輸入類似 2025-01-31T18:00:00Z 的截止時間，或留空',
  'closesAt.past': '請選擇未來的截止時間，或留空',
  'vote.required': '請先選擇一個選項，再投票',
  'vote.single': '只能選擇一個選項',
  'vote.unknown': '此選項已不在這項投票中：請重新載入投票後再選擇一次',
  'voter.invalid': '請重新載入頁面，然後再投票一次',
  'text.controlCharacters': '請移除此文字中看不見的控制字元',
  invalid: '請檢查此回答',
};

export default zhTW;
