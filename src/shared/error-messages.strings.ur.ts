// Urdu failure messages. Pure data: fetched only by pages in Urdu.
import type { Translation } from './locale.ts';
import type { errorMessagesEn } from './error-messages.strings.ts';

const ur: Translation<typeof errorMessagesEn> = {
  'read.network': 'کہانیاں لوڈ نہیں ہو سکیں۔ اپنا کنکشن چیک کریں، پھر دوبارہ کوشش کریں۔',
  'read.timeout': 'کہانیاں آنے میں بہت دیر لگی۔ تھوڑی دیر بعد دوبارہ کوشش کریں۔',
  'read.rate-limited': 'کہانیوں کے لیے بہت زیادہ درخواستیں۔ چند منٹ بعد دوبارہ کوشش کریں۔',
  'read.rateLimitedUntil': 'اس نیٹ ورک کے لیے GitHub کی فی گھنٹہ حد ختم ہو چکی ہے۔ {time} کے بعد دوبارہ کوشش کریں۔',
  'read.cors':
    'فورم {forum} اس سائٹ کو اپنی کہانیاں پڑھنے کی اجازت نہیں دیتا۔ فورم کے کسی ایڈمن کو “enable cors” آن کرنا ہوگا اور {origin} کو “cors origins” میں شامل کرنا ہوگا۔',
  'read.not-found': 'کہانیاں نہیں مل سکیں۔ فیڈ کے ماخذ کا پتہ چیک کریں۔',
  'read.forbidden': 'کہانیاں عوامی نہیں ہیں، یا یہ سائٹ انہیں نہیں پڑھ سکتی۔',
  'read.unauthorized': 'کہانیاں عوامی نہیں ہیں، یا یہ سائٹ انہیں نہیں پڑھ سکتی۔',
  'read.unsupported': 'اس فیڈ کا کوئی ایسا ماخذ نہیں جسے یہ پڑھ سکے۔ اس کا ماخذ یا endpoint سیٹ کریں۔',
  'read.invalid-response': 'کہانیاں ایسی شکل میں آئیں جسے یہ فیڈ نہیں پڑھ سکتی۔',
  'read.server': 'کہانیوں کے سرور میں مسئلہ ہے۔ چند منٹ بعد دوبارہ کوشش کریں۔',
  'read.other': 'کہانیاں لوڈ نہیں ہو سکیں۔ دوبارہ کوشش کریں۔',
  'reason.network': 'سرور تک رسائی نہیں ہو سکی۔',
  'reason.timeout': 'سرور نے وقت پر جواب نہیں دیا۔',
  'reason.server': 'سرور میں مسئلہ پیش آیا۔',
  'reason.not-found': 'یہ سرور پر نہیں ملی۔',
  'reason.forbidden': 'یہ ٹوکن ایسا کرنے کی اجازت نہیں دیتا۔',
  'reason.rate-limited': 'بہت زیادہ درخواستیں؛ تھوڑا انتظار کریں۔',
  'reason.other': 'سرور نے ایسا جواب بھیجا جو Chorus کی سمجھ میں نہیں آیا۔',
  'send.other': 'ہم آپ کی کہانی نہیں بھیج سکے۔ یہ اس آلے پر محفوظ ہے۔ تھوڑی دیر بعد دوبارہ کوشش کریں۔',
  'send.payload-too-large': 'آپ کی کہانی بھیجنے کے لیے بہت بڑی ہے۔ اسے مختصر کریں، پھر دوبارہ کوشش کریں۔',
  'send.rate-limited': 'آپ نے کم وقت میں بہت سی کہانیاں بھیجی ہیں۔ بعد میں دوبارہ کوشش کریں۔',
  'send.rateLimitedSeconds_one': 'آپ نے کم وقت میں بہت سی کہانیاں بھیجی ہیں۔ {count} سیکنڈ بعد دوبارہ کوشش کریں۔',
  'send.rateLimitedSeconds_other': 'آپ نے کم وقت میں بہت سی کہانیاں بھیجی ہیں۔ {count} سیکنڈ بعد دوبارہ کوشش کریں۔',
  'send.rateLimitedAt': 'آپ نے کم وقت میں بہت سی کہانیاں بھیجی ہیں۔ {time} کے بعد دوبارہ کوشش کریں۔',
};

export default ur;
