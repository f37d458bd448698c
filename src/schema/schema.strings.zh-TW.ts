// Chinese (Traditional) field messages of the story schema. Pure data: fetched only by pages in Chinese (Traditional).
import type { Translation } from '../shared/locale.ts';
import type { schemaEn } from './schema.strings.ts';

const zhTW: Translation<typeof schemaEn> = {
  'kind.invalid': '請選擇故事類型',
  'title.required': '請輸入標題',
  'title.tooLong': '請輸入不超過 120 個字元的標題',
  'title.invalid': '請輸入標題',
  'body.required': '請寫下您的故事',
  'body.tooLong': '請將故事縮短至 20,000 個字元以內',
  'body.boostTooLong': '請將訊息縮短至 500 個字元以內，或選擇其他故事類型',
  'body.invalid': '請寫下您的故事',
  'link.required': '請輸入您希望我們分享的貼文連結',
  'link.invalid': '請輸入以 https:// 或 http:// 開頭的連結',
  'link.tooLong': '請輸入不超過 2,048 個字元的連結',
  'tags.tooMany': '請選擇不超過 5 個標籤',
  'tags.invalid': '標籤須由 1 到 32 個小寫英文字母、數字或連字號組成',
  'authorName.required': '請輸入您的名字',
  'authorName.tooLong': '請輸入不超過 80 個字元的名字',
  'authorName.invalid': '請輸入您的名字',
  'authorEmail.invalid': '請輸入類似 name@example.org 的電子郵件地址，或留空',
  'authorEmail.tooLong': '請輸入不超過 254 個字元的電子郵件地址',
  'region.tooLong': '請輸入不超過 80 個字元的地區',
  'region.invalid': '請輸入不超過 80 個字元的地區，或留空',
  'language.invalid': '請輸入語言代碼，例如 zh-TW 或 pt-BR，或留空',
  'consent.required': '請勾選此方塊，同意社群團隊發佈您的故事',
  'text.controlCharacters': '請移除此文字中看不見的控制字元',
  'startedAt.invalid': '請重新載入頁面，然後再次送出表單',
  invalid: '請檢查此回答',
};

export default zhTW;
