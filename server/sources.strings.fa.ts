// Persian: the read-through's messages. Terms as in messages.strings.fa.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { sourcesEn } from './sources.strings.ts';

const fa: Translation<typeof sourcesEn> = {
  notAllowed: 'این سرور آن منبع را نمی‌خواند. مالک سرور می‌تواند آن را به CHORUS_SOURCE_ALLOWLIST بیفزاید',
  repo: 'مخزن را به شکل repo=OWNER/REPO بدهید',
  url: 'فهرست انجمن را به شکل url=https://forum.example.org/c/SLUG/ID بدهید',
  cursor: 'این مکان‌نما اینجا معتبر نیست: از صفحهٔ نخست دوباره شروع کنید',
  kind: 'یک نوع انتخاب کنید: boost، news، story یا event',
  upstream: 'منبع آن‌طور که انتظار می‌رفت پاسخ نداد. کمی بعد دوباره تلاش کنید',
  upstreamNotFound: 'منبع چنین مخزن یا فهرستی ندارد',
  upstreamLimited: 'منبع فعلاً درخواست‌ها را رد می‌کند. بعداً دوباره تلاش کنید',
};

export default fa;
