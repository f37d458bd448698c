// Persian field messages of the story schema. Pure data: fetched only by pages in Persian.
import type { Translation } from '../shared/locale.ts';
import type { schemaEn } from './schema.strings.ts';

const fa: Translation<typeof schemaEn> = {
  'kind.invalid': 'نوع این داستان را انتخاب کنید',
  'title.required': 'عنوانی وارد کنید',
  'title.tooLong': 'عنوانی با حداکثر 120 نویسه وارد کنید',
  'title.invalid': 'عنوانی وارد کنید',
  'body.required': 'داستان خود را بنویسید',
  'body.tooLong': 'داستان خود را به حداکثر 20,000 نویسه کوتاه کنید',
  'body.boostTooLong': 'پیام خود را به حداکثر 500 نویسه کوتاه کنید، یا نوع دیگری از داستان را انتخاب کنید',
  'body.invalid': 'داستان خود را بنویسید',
  'link.required': 'پیوند پستی را که می‌خواهید هم‌رسانی کنیم وارد کنید',
  'link.invalid': 'پیوندی وارد کنید که با https:// یا http:// شروع شود',
  'link.tooLong': 'پیوندی با حداکثر 2,048 نویسه وارد کنید',
  'tags.tooMany': 'حداکثر 5 برچسب انتخاب کنید',
  'tags.invalid': 'از برچسب‌هایی با 1 تا 32 حرف کوچک لاتین، رقم یا خط تیره استفاده کنید',
  'authorName.required': 'نام خود را وارد کنید',
  'authorName.tooLong': 'نامی با حداکثر 80 نویسه وارد کنید',
  'authorName.invalid': 'نام خود را وارد کنید',
  'authorEmail.invalid': 'نشانی ایمیلی مانند name@example.org وارد کنید، یا آن را خالی بگذارید',
  'authorEmail.tooLong': 'نشانی ایمیلی با حداکثر 254 نویسه وارد کنید',
  'region.tooLong': 'منطقه‌ای با حداکثر 80 نویسه وارد کنید',
  'region.invalid': 'منطقه‌ای با حداکثر 80 نویسه وارد کنید، یا آن را خالی بگذارید',
  'language.invalid': 'کد زبانی مانند fa یا pt-BR وارد کنید، یا آن را خالی بگذارید',
  'consent.required': 'برای موافقت با انتشار داستانتان توسط تیم جامعه، کادر را علامت بزنید',
  'text.controlCharacters': 'نویسه‌های کنترلی نامرئی را از این متن حذف کنید',
  'startedAt.invalid': 'صفحه را دوباره بارگیری کنید و فرم را دوباره ارسال کنید',
  invalid: 'این پاسخ را بررسی کنید',
};

export default fa;
