// Arabic: the read-through's messages. Terms as in messages.strings.ar.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { sourcesEn } from './sources.strings.ts';

const ar: Translation<typeof sourcesEn> = {
  notAllowed: 'لا يقرأ هذا الخادم ذلك المصدر. يمكن لمالكه إضافته إلى CHORUS_SOURCE_ALLOWLIST',
  repo: 'حدّد المستودع بالصيغة repo=OWNER/REPO',
  url: 'حدّد قائمة مواضيع المنتدى بالصيغة url=https://forum.example.org/c/SLUG/ID',
  cursor: 'هذا المؤشر غير صالح هنا: ابدأ من جديد من الصفحة الأولى',
  kind: 'اختر نوعًا: boost أو news أو story أو event',
  upstream: 'لم يستجب المصدر كما هو متوقع. حاول مرة أخرى بعد قليل',
  upstreamNotFound: 'لا يوجد لدى المصدر هذا المستودع أو هذه القائمة',
  upstreamLimited: 'يرفض المصدر الطلبات حاليًا. حاول مرة أخرى لاحقًا',
};

export default ar;
