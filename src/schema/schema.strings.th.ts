// Thai field messages of the story schema. Pure data: fetched only by pages in Thai.
import type { Translation } from '../shared/locale.ts';
import type { schemaEn } from './schema.strings.ts';

const th: Translation<typeof schemaEn> = {
  'kind.invalid': 'เลือกประเภทของเรื่องราวนี้',
  'title.required': 'ป้อนชื่อเรื่อง',
  'title.tooLong': 'ป้อนชื่อเรื่องไม่เกิน 120 ตัวอักษร',
  'title.invalid': 'ป้อนชื่อเรื่อง',
  'body.required': 'เขียนเรื่องราวของคุณ',
  'body.tooLong': 'ย่อเรื่องราวของคุณให้เหลือไม่เกิน 20,000 ตัวอักษร',
  'body.boostTooLong': 'ย่อข้อความของคุณให้เหลือไม่เกิน 500 ตัวอักษร หรือเลือกเรื่องราวประเภทอื่น',
  'body.invalid': 'เขียนเรื่องราวของคุณ',
  'link.required': 'ป้อนลิงก์ของโพสต์ที่คุณต้องการให้เราแชร์',
  'link.invalid': 'ป้อนลิงก์ที่ขึ้นต้นด้วย https:// หรือ http://',
  'link.tooLong': 'ป้อนลิงก์ไม่เกิน 2,048 ตัวอักษร',
  'tags.tooMany': 'เลือกแท็กไม่เกิน 5 แท็ก',
  'tags.invalid': 'ใช้แท็กที่มีอักษรละตินตัวพิมพ์เล็ก ตัวเลข หรือขีดกลาง ยาว 1 ถึง 32 ตัว',
  'authorName.required': 'ป้อนชื่อของคุณ',
  'authorName.tooLong': 'ป้อนชื่อไม่เกิน 80 ตัวอักษร',
  'authorName.invalid': 'ป้อนชื่อของคุณ',
  'authorEmail.invalid': 'ป้อนที่อยู่อีเมล เช่น name@example.org หรือเว้นว่างไว้',
  'authorEmail.tooLong': 'ป้อนที่อยู่อีเมลไม่เกิน 254 ตัวอักษร',
  'region.tooLong': 'ป้อนภูมิภาคไม่เกิน 80 ตัวอักษร',
  'region.invalid': 'ป้อนภูมิภาคไม่เกิน 80 ตัวอักษร หรือเว้นว่างไว้',
  'language.invalid': 'ป้อนรหัสภาษา เช่น th หรือ pt-BR หรือเว้นว่างไว้',
  'consent.required': 'ทำเครื่องหมายในช่องเพื่อยินยอมให้ทีมชุมชนเผยแพร่เรื่องราวของคุณ',
  'text.controlCharacters': 'ลบอักขระควบคุมที่มองไม่เห็นออกจากข้อความนี้',
  'startedAt.invalid': 'โหลดหน้านี้ใหม่แล้วส่งแบบฟอร์มอีกครั้ง',
  invalid: 'ตรวจสอบคำตอบนี้',
};

export default th;
