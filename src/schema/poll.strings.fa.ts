// Persian messages of the poll schemas. Pure data: fetched only by pages in Persian.
import type { Translation } from '../shared/locale.ts';
import type { pollSchemaEn } from './poll.strings.ts';

const fa: Translation<typeof pollSchemaEn> = {
  'question.required': 'پرسشی وارد کنید',
  'question.tooLong': 'پرسشی با حداکثر 200 نویسه وارد کنید',
  'question.invalid': 'پرسشی وارد کنید',
  'options.tooFew': 'دست‌کم 2 پاسخ برای انتخاب بدهید',
  'options.tooMany': 'حداکثر 10 پاسخ بدهید',
  'options.textRequired': 'متن هر پاسخ را وارد کنید، یا پاسخ خالی را حذف کنید',
  'options.textTooLong': 'هر پاسخ را به حداکثر 100 نویسه کوتاه کنید',
  'options.duplicate': 'برای هر پاسخ متن متفاوتی بنویسید',
  'options.invalid': 'فهرستی از 2 تا 10 پاسخ بدهید',
  'multiple.invalid': 'مشخص کنید که آیا افراد می‌توانند چند پاسخ را انتخاب کنند',
  'resultsBeforeVote.invalid': 'مشخص کنید که آیا افراد می‌توانند پیش از رأی دادن نتایج را ببینند',
  'closesAt.invalid': 'زمان بسته‌شدنی مانند 2025-01-31T18:00:00Z وارد کنید، یا آن را خالی بگذارید',
  'closesAt.past': 'زمان بسته‌شدنی در آینده انتخاب کنید، یا آن را خالی بگذارید',
  'vote.required': 'پاسخی انتخاب کنید، سپس رأی دهید',
  'vote.single': 'فقط یک پاسخ انتخاب کنید',
  'vote.unknown': 'این پاسخ دیگر در نظرسنجی نیست: نظرسنجی را دوباره بارگیری کنید و دوباره انتخاب کنید',
  'voter.invalid': 'صفحه را دوباره بارگیری کنید و دوباره رأی دهید',
  'text.controlCharacters': 'نویسه‌های کنترلی نامرئی را از این متن حذف کنید',
  invalid: 'این پاسخ را بررسی کنید',
};

export default fa;
