// Arabic messages of the poll schemas. Pure data: fetched only by pages in Arabic.
import type { Translation } from '../shared/locale.ts';
import type { pollSchemaEn } from './poll.strings.ts';

const ar: Translation<typeof pollSchemaEn> = {
  'question.required': 'أدخل سؤالًا',
  'question.tooLong': 'أدخل سؤالًا لا يزيد على 200 حرف',
  'question.invalid': 'أدخل سؤالًا',
  'options.tooFew': 'قدّم إجابتين على الأقل للاختيار بينهما',
  'options.tooMany': 'قدّم 10 إجابات أو أقل',
  'options.textRequired': 'أدخل نص كل إجابة، أو أزل الإجابة الفارغة',
  'options.textTooLong': 'اختصر كل إجابة إلى 100 حرف أو أقل',
  'options.duplicate': 'اجعل نص كل إجابة مختلفًا',
  'options.invalid': 'قدّم قائمة من 2 إلى 10 إجابات',
  'multiple.invalid': 'حدّد ما إذا كان يمكن للأشخاص اختيار عدة إجابات',
  'resultsBeforeVote.invalid': 'حدّد ما إذا كان يمكن للأشخاص رؤية النتائج قبل التصويت',
  'closesAt.invalid': 'أدخل وقت إغلاق مثل 2025-01-31T18:00:00Z، أو اترك الحقل فارغًا',
  'closesAt.past': 'اختر وقت إغلاق في المستقبل، أو اترك الحقل فارغًا',
  'vote.required': 'اختر إجابة ثم صوّت',
  'vote.single': 'اختر إجابة واحدة فقط',
  'vote.unknown': 'لم تعد هذه الإجابة موجودة في الاستطلاع: أعد تحميل الاستطلاع واختر مرة أخرى',
  'voter.invalid': 'أعد تحميل الصفحة وصوّت مرة أخرى',
  'text.controlCharacters': 'أزل أحرف التحكم غير المرئية من هذا النص',
  invalid: 'تحقق من هذه الإجابة',
};

export default ar;
