// Arabic field messages of the story schema. Pure data: fetched only by pages in Arabic.
import type { Translation } from '../shared/locale.ts';
import type { schemaEn } from './schema.strings.ts';

const ar: Translation<typeof schemaEn> = {
  'kind.invalid': 'اختر نوع هذه القصة',
  'title.required': 'أدخل عنوانًا',
  'title.tooLong': 'أدخل عنوانًا لا يزيد على 120 حرفًا',
  'title.invalid': 'أدخل عنوانًا',
  'body.required': 'اكتب قصتك',
  'body.tooLong': 'اختصر قصتك إلى 20000 حرف أو أقل',
  'body.boostTooLong': 'اختصر رسالتك إلى 500 حرف أو أقل، أو اختر نوعًا آخر من القصص',
  'body.invalid': 'اكتب قصتك',
  'link.required': 'أدخل رابط المنشور الذي تريد منا مشاركته',
  'link.invalid': 'أدخل رابطًا يبدأ بـ https:// أو http://',
  'link.tooLong': 'أدخل رابطًا لا يزيد على 2048 حرفًا',
  'tags.tooMany': 'اختر 5 وسوم أو أقل',
  'tags.invalid': 'استخدم وسومًا من 1 إلى 32 حرفًا من الأحرف اللاتينية الصغيرة أو الأرقام أو الشرطات',
  'authorName.required': 'أدخل اسمك',
  'authorName.tooLong': 'أدخل اسمًا لا يزيد على 80 حرفًا',
  'authorName.invalid': 'أدخل اسمك',
  'authorEmail.invalid': 'أدخل عنوان بريد إلكتروني مثل name@example.org، أو اتركه فارغًا',
  'authorEmail.tooLong': 'أدخل عنوان بريد إلكتروني لا يزيد على 254 حرفًا',
  'region.tooLong': 'أدخل منطقة لا تزيد على 80 حرفًا',
  'region.invalid': 'أدخل منطقة لا تزيد على 80 حرفًا، أو اترك الحقل فارغًا',
  'language.invalid': 'أدخل رمز لغة مثل ar أو pt-BR، أو اترك الحقل فارغًا',
  'consent.required': 'حدّد المربع للموافقة على أن ينشر فريق المجتمع قصتك',
  'text.controlCharacters': 'أزل أحرف التحكم غير المرئية من هذا النص',
  'startedAt.invalid': 'أعد تحميل الصفحة وأرسل النموذج مرة أخرى',
  invalid: 'تحقق من هذه الإجابة',
};

export default ar;
