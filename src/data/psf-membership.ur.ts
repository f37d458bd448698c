// The PSF membership classes in Urdu: the same facts as PSF_TIERS in psf-membership.ts
// (PSF bylaws, sections 4.1–4.11). Pure data, fetched only by pages in Urdu.
import type { Translation } from '../shared/locale.ts';
import type { psfEn } from './psf-membership.ts';

const ur: Translation<typeof psfEn> = {
  'basic.name': 'بنیادی',
  'basic.summary': 'PSF میں مفت شامل ہوں اور اس کی کمیونٹی کا حصہ بنیں۔',
  'basic.eligibility': 'سائن اپ کریں اور PSF کے ضابطۂ اخلاق سے اتفاق کریں۔',
  'basic.note': '',
  'basic.benefit0': 'PSF کے اراکین کے اجلاسوں میں شرکت',
  'basic.benefit1': 'اراکین کے اجلاسوں کے کورم میں شمار',
  'supporting.name': 'معاون',
  'supporting.summary': 'سالانہ عطیے سے PSF کے کام کی مالی مدد کریں؛ ہر ادائیگی کے بعد بارہ مہینوں تک PSF کے انتخابات میں ووٹ دیں۔',
  'supporting.eligibility': 'سالانہ عطیہ دیں (تجویز کردہ 99 امریکی ڈالر، 25 امریکی ڈالر سے شروع ہونے والے لچکدار پیمانے پر) یا تاحیات فیس ادا کریں۔',
  'supporting.note': 'تجویز کردہ؛ 25 امریکی ڈالر سے لچکدار پیمانہ، یا تاحیات فیس۔',
  'supporting.benefit0': 'PSF کے اراکین کے اجلاسوں میں شرکت',
  'supporting.benefit1': 'اراکین کے اجلاسوں کے کورم میں شمار',
  'contributing.name': 'شراکت دار',
  'contributing.summary': 'Python کمیونٹی کے لیے رضاکارانہ کام کریں اور PSF کے انتخابات میں ووٹ دیں۔',
  'contributing.eligibility':
    'ہر مہینے کم از کم پانچ گھنٹے ایسے کام پر رضاکارانہ طور پر صرف کریں جو PSF کے مشن کو آگے بڑھائے (اوپن سورس لائسنس کے تحت جاری کیا گیا کام)، اور ہر سال اس کی تصدیق کریں۔',
  'contributing.note': 'آپ کا وقت: ہر مہینے کم از کم پانچ گھنٹے۔',
  'contributing.benefit0': 'PSF کے اراکین کے اجلاسوں میں شرکت',
  'contributing.benefit1': 'اراکین کے اجلاسوں کے کورم میں شمار',
  'fellow.name': 'Fellow',
  'fellow.summary': 'Python کے لیے غیر معمولی خدمات کا اعتراف؛ تاحیات ووٹ دینے والا رکن۔',
  'fellow.eligibility':
    'غیر معمولی خدمات کے لیے کسی ووٹ دینے والے رکن یا PSF کے کسی ورکنگ گروپ کی جانب سے نامزد، اور منظور شدہ۔ Fellow کا درجہ تاحیات ہوتا ہے۔',
  'fellow.note': 'نامزدگی کے ذریعے؛ تاحیات۔',
  'fellow.benefit0': 'PSF کے اراکین کے اجلاسوں میں شرکت',
  'fellow.benefit1': 'اراکین کے اجلاسوں کے کورم میں شمار',
  'psf.heading': 'Python Software Foundation کے رکن بنیں',
  'psf.votingNote': 'ووٹ دینے والے اراکین ہر سال تصدیق کرتے ہیں کہ وہ PSF کے انتخابات میں ووٹ دینے کا ارادہ رکھتے ہیں۔',
};

export default ur;
