// Persian failure messages. Pure data: fetched only by pages in Persian.
import type { Translation } from './locale.ts';
import type { errorMessagesEn } from './error-messages.strings.ts';

const fa: Translation<typeof errorMessagesEn> = {
  'read.network': 'داستان‌ها بارگیری نشد. اتصال خود را بررسی کنید و دوباره تلاش کنید.',
  'read.timeout': 'رسیدن داستان‌ها بیش از حد طول کشید. کمی بعد دوباره تلاش کنید.',
  'read.rate-limited': 'درخواست‌های زیادی برای داستان‌ها فرستاده شده است. چند دقیقهٔ دیگر دوباره تلاش کنید.',
  'read.rateLimitedUntil': 'سقف ساعتی GitHub برای این شبکه تمام شده است. پس از {time} دوباره تلاش کنید.',
  'read.cors':
    'انجمن {forum} به این سایت اجازه نمی‌دهد داستان‌هایش را بخواند. یکی از مدیران انجمن باید «enable cors» را روشن کند و {origin} را به «cors origins» بیفزاید.',
  'read.not-found': 'داستان‌ها پیدا نشد. نشانی منبع فهرست را بررسی کنید.',
  'read.forbidden': 'داستان‌ها عمومی نیستند، یا این سایت اجازهٔ خواندن آن‌ها را ندارد.',
  'read.unauthorized': 'داستان‌ها عمومی نیستند، یا این سایت اجازهٔ خواندن آن‌ها را ندارد.',
  'read.unsupported': 'این فهرست منبعی ندارد که بتواند بخواند. منبع یا endpoint آن را تنظیم کنید.',
  'read.invalid-response': 'داستان‌ها در قالبی رسیدند که این فهرست نمی‌تواند بخواند.',
  'read.server': 'سرور داستان‌ها مشکل دارد. چند دقیقهٔ دیگر دوباره تلاش کنید.',
  'read.other': 'داستان‌ها بارگیری نشد. دوباره تلاش کنید.',
  'reason.network': 'دسترسی به سرور ممکن نشد.',
  'reason.timeout': 'سرور به‌موقع پاسخ نداد.',
  'reason.server': 'سرور با مشکل روبه‌رو شد.',
  'reason.not-found': 'در سرور پیدا نشد.',
  'reason.forbidden': 'این توکن اجازهٔ این کار را ندارد.',
  'reason.rate-limited': 'درخواست‌ها بیش از حد زیاد است؛ کمی صبر کنید.',
  'reason.other': 'سرور پاسخی فرستاد که Chorus آن را نفهمید.',
  'send.other': 'نتوانستیم داستان شما را ارسال کنیم. در این دستگاه ذخیره شده است. کمی بعد دوباره تلاش کنید.',
  'send.payload-too-large': 'داستان شما برای ارسال بیش از حد بزرگ است. آن را کوتاه‌تر کنید و دوباره تلاش کنید.',
  'send.rate-limited': 'در مدت کوتاهی داستان‌های زیادی فرستاده‌اید. بعداً دوباره تلاش کنید.',
  'send.rateLimitedSeconds_one': 'در مدت کوتاهی داستان‌های زیادی فرستاده‌اید. {count} ثانیهٔ دیگر دوباره تلاش کنید.',
  'send.rateLimitedSeconds_other': 'در مدت کوتاهی داستان‌های زیادی فرستاده‌اید. {count} ثانیهٔ دیگر دوباره تلاش کنید.',
  'send.rateLimitedAt': 'در مدت کوتاهی داستان‌های زیادی فرستاده‌اید. پس از {time} دوباره تلاش کنید.',
};

export default fa;
