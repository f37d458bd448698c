// Thai: the read-through's messages. Terms as in messages.strings.th.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { sourcesEn } from './sources.strings.ts';

const th: Translation<typeof sourcesEn> = {
  notAllowed: 'เซิร์ฟเวอร์นี้ไม่อ่านแหล่งที่มานั้น เจ้าของเซิร์ฟเวอร์เพิ่มแหล่งที่มานี้ลงใน CHORUS_SOURCE_ALLOWLIST ได้',
  repo: 'ระบุที่เก็บในรูปแบบ repo=OWNER/REPO',
  url: 'ระบุรายการของฟอรัมในรูปแบบ url=https://forum.example.org/c/SLUG/ID',
  cursor: 'เคอร์เซอร์นี้ใช้ที่นี่ไม่ได้: เริ่มใหม่จากหน้าแรก',
  kind: 'เลือกประเภท: boost, news, story หรือ event',
  upstream: 'แหล่งที่มาไม่ได้ตอบกลับตามที่คาดไว้ ลองอีกครั้งในอีกสักครู่',
  upstreamNotFound: 'แหล่งที่มาไม่มีที่เก็บหรือรายการดังกล่าว',
  upstreamLimited: 'แหล่งที่มากำลังปฏิเสธคำขอในขณะนี้ ลองอีกครั้งในภายหลัง',
};

export default th;
