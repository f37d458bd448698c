// Traditional Chinese (Taiwan): the read-through's messages. Terms as in messages.strings.zh-TW.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { sourcesEn } from './sources.strings.ts';

const zhTW: Translation<typeof sourcesEn> = {
  notAllowed: '此伺服器不會讀取該來源。伺服器擁有者可以將它加入 CHORUS_SOURCE_ALLOWLIST',
  repo: '請以 repo=擁有者/儲存庫 的格式指定儲存庫',
  url: '請以 url=https://forum.example.org/c/SLUG/ID 的格式指定論壇列表',
  cursor: '這個游標在此無效：請從第一頁重新開始',
  kind: '請選擇類型：boost、news、story 或 event',
  upstream: '來源沒有如預期回應。請稍後再試一次',
  upstreamNotFound: '來源沒有這個儲存庫或列表',
  upstreamLimited: '來源目前拒絕請求。請稍後再試一次',
};

export default zhTW;
