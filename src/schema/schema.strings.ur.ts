// Urdu field messages of the story schema. Pure data: fetched only by pages in Urdu.
import type { Translation } from '../shared/locale.ts';
import type { schemaEn } from './schema.strings.ts';

const ur: Translation<typeof schemaEn> = {
  'kind.invalid': 'منتخب کریں کہ یہ کس قسم کی کہانی ہے',
  'title.required': 'عنوان درج کریں',
  'title.tooLong': 'زیادہ سے زیادہ 120 حروف کا عنوان درج کریں',
  'title.invalid': 'عنوان درج کریں',
  'body.required': 'اپنی کہانی لکھیں',
  'body.tooLong': 'اپنی کہانی کو زیادہ سے زیادہ 20,000 حروف تک مختصر کریں',
  'body.boostTooLong': 'اپنے پیغام کو زیادہ سے زیادہ 500 حروف تک مختصر کریں، یا کہانی کی کوئی اور قسم منتخب کریں',
  'body.invalid': 'اپنی کہانی لکھیں',
  'link.required': 'اس پوسٹ کا لنک درج کریں جو آپ چاہتے ہیں کہ ہم شیئر کریں',
  'link.invalid': 'ایسا لنک درج کریں جو https:// یا http:// سے شروع ہو',
  'link.tooLong': 'زیادہ سے زیادہ 2,048 حروف کا لنک درج کریں',
  'tags.tooMany': 'زیادہ سے زیادہ 5 ٹیگز منتخب کریں',
  'tags.invalid': '1 سے 32 تک چھوٹے لاطینی حروف، ہندسوں یا ہائفن پر مشتمل ٹیگز استعمال کریں',
  'authorName.required': 'اپنا نام درج کریں',
  'authorName.tooLong': 'زیادہ سے زیادہ 80 حروف کا نام درج کریں',
  'authorName.invalid': 'اپنا نام درج کریں',
  'authorEmail.invalid': 'name@example.org جیسا ای میل پتہ درج کریں، یا اسے خالی چھوڑ دیں',
  'authorEmail.tooLong': 'زیادہ سے زیادہ 254 حروف کا ای میل پتہ درج کریں',
  'region.tooLong': 'زیادہ سے زیادہ 80 حروف کا علاقہ درج کریں',
  'region.invalid': 'زیادہ سے زیادہ 80 حروف کا علاقہ درج کریں، یا اسے خالی چھوڑ دیں',
  'language.invalid': 'ur یا pt-BR جیسا زبان کا کوڈ درج کریں، یا اسے خالی چھوڑ دیں',
  'consent.required': 'اس بات سے اتفاق کے لیے خانے پر نشان لگائیں کہ کمیونٹی ٹیم آپ کی کہانی شائع کر سکتی ہے',
  'text.controlCharacters': 'اس متن سے غیر مرئی کنٹرول حروف ہٹا دیں',
  'startedAt.invalid': 'صفحہ دوبارہ لوڈ کریں اور فارم دوبارہ جمع کرائیں',
  invalid: 'یہ جواب چیک کریں',
};

export default ur;
