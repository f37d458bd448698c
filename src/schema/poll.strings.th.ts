// Thai messages of the poll schemas. Pure data: fetched only by pages in Thai.
import type { Translation } from '../shared/locale.ts';
import type { pollSchemaEn } from './poll.strings.ts';

const th: Translation<typeof pollSchemaEn> = {
  'question.required': 'ป้อนคำถาม',
  'question.tooLong': 'ป้อนคำถามไม่เกิน 200 ตัวอักษร',
  'question.invalid': 'ป้อนคำถาม',
  'options.tooFew': 'ใส่ตัวเลือกคำตอบอย่างน้อย 2 ข้อ',
  'options.tooMany': 'ใส่ตัวเลือกคำตอบไม่เกิน 10 ข้อ',
  'options.textRequired': 'ป้อนข้อความของทุกคำตอบ หรือลบคำตอบที่ว่างออก',
  'options.textTooLong': 'ย่อทุกคำตอบให้เหลือไม่เกิน 100 ตัวอักษร',
  'options.duplicate': 'ใช้ข้อความที่ไม่ซ้ำกันสำหรับทุกคำตอบ',
  'options.invalid': 'ใส่รายการคำตอบ 2 ถึง 10 ข้อ',
  'multiple.invalid': 'เลือกว่าผู้คนเลือกได้หลายคำตอบหรือไม่',
  'resultsBeforeVote.invalid': 'เลือกว่าผู้คนดูผลก่อนลงคะแนนได้หรือไม่',
  'closesAt.invalid': 'ป้อนเวลาปิด เช่น 2025-01-31T18:00:00Z หรือเว้นว่างไว้',
  'closesAt.past': 'เลือกเวลาปิดในอนาคต หรือเว้นว่างไว้',
  'vote.required': 'เลือกคำตอบ แล้วลงคะแนน',
  'vote.single': 'เลือกคำตอบเดียวเท่านั้น',
  'vote.unknown': 'คำตอบนี้ไม่อยู่ในโพลแล้ว: โหลดโพลใหม่แล้วเลือกอีกครั้ง',
  'voter.invalid': 'โหลดหน้านี้ใหม่แล้วลงคะแนนอีกครั้ง',
  'text.controlCharacters': 'ลบอักขระควบคุมที่มองไม่เห็นออกจากข้อความนี้',
  invalid: 'ตรวจสอบคำตอบนี้',
};

export default th;
