// Thai failure messages. Pure data: fetched only by pages in Thai.
import type { Translation } from './locale.ts';
import type { errorMessagesEn } from './error-messages.strings.ts';

const th: Translation<typeof errorMessagesEn> = {
  'read.network': 'โหลดเรื่องราวไม่ได้ ตรวจสอบการเชื่อมต่อ แล้วลองอีกครั้ง',
  'read.timeout': 'เรื่องราวใช้เวลาโหลดนานเกินไป ลองอีกครั้งในอีกสักครู่',
  'read.rate-limited': 'มีคำขอเรื่องราวมากเกินไป ลองอีกครั้งในอีกไม่กี่นาที',
  'read.rateLimitedUntil': 'โควตารายชั่วโมงของ GitHub สำหรับเครือข่ายนี้หมดแล้ว ลองอีกครั้งหลัง {time}',
  'read.cors': 'ฟอรัม {forum} ไม่อนุญาตให้เว็บไซต์นี้อ่านเรื่องราว ผู้ดูแลฟอรัมต้องเปิด “enable cors” และเพิ่ม {origin} ลงใน “cors origins”',
  'read.not-found': 'ไม่พบเรื่องราว ตรวจสอบที่อยู่แหล่งที่มาของฟีด',
  'read.forbidden': 'เรื่องราวไม่เป็นสาธารณะ หรือเว็บไซต์นี้ไม่มีสิทธิ์อ่าน',
  'read.unauthorized': 'เรื่องราวไม่เป็นสาธารณะ หรือเว็บไซต์นี้ไม่มีสิทธิ์อ่าน',
  'read.unsupported': 'ฟีดนี้ไม่มีแหล่งที่มาที่อ่านได้ ตั้งค่า source หรือ endpoint ของฟีด',
  'read.invalid-response': 'เรื่องราวมาในรูปแบบที่ฟีดนี้อ่านไม่ได้',
  'read.server': 'เซิร์ฟเวอร์เรื่องราวมีปัญหา ลองอีกครั้งในอีกไม่กี่นาที',
  'read.other': 'โหลดเรื่องราวไม่ได้ ลองอีกครั้ง',
  'reason.network': 'ติดต่อเซิร์ฟเวอร์ไม่ได้',
  'reason.timeout': 'เซิร์ฟเวอร์ไม่ตอบกลับภายในเวลาที่กำหนด',
  'reason.server': 'เซิร์ฟเวอร์มีปัญหา',
  'reason.not-found': 'ไม่พบในเซิร์ฟเวอร์',
  'reason.forbidden': 'โทเค็นนี้ไม่มีสิทธิ์ทำสิ่งนั้น',
  'reason.rate-limited': 'มีคำขอมากเกินไป รอสักครู่',
  'reason.other': 'เซิร์ฟเวอร์ส่งคำตอบที่ Chorus ไม่เข้าใจ',
  'send.other': 'เราส่งเรื่องราวของคุณไม่ได้ เรื่องราวบันทึกไว้ในอุปกรณ์นี้แล้ว ลองอีกครั้งในอีกสักครู่',
  'send.payload-too-large': 'เรื่องราวของคุณใหญ่เกินกว่าจะส่งได้ ทำให้สั้นลง แล้วลองอีกครั้ง',
  'send.rate-limited': 'คุณส่งเรื่องราวจำนวนมากในเวลาสั้น ๆ ลองอีกครั้งภายหลัง',
  'send.rateLimitedSeconds_one': 'คุณส่งเรื่องราวจำนวนมากในเวลาสั้น ๆ ลองอีกครั้งในอีก {count} วินาที',
  'send.rateLimitedSeconds_other': 'คุณส่งเรื่องราวจำนวนมากในเวลาสั้น ๆ ลองอีกครั้งในอีก {count} วินาที',
  'send.rateLimitedAt': 'คุณส่งเรื่องราวจำนวนมากในเวลาสั้น ๆ ลองอีกครั้งหลัง {time}',
};

export default th;
