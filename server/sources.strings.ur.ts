// Urdu: the read-through's messages. Terms as in messages.strings.ur.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { sourcesEn } from './sources.strings.ts';

const ur: Translation<typeof sourcesEn> = {
  notAllowed: 'یہ سرور وہ ماخذ نہیں پڑھتا۔ اس کا مالک اسے CHORUS_SOURCE_ALLOWLIST میں شامل کر سکتا ہے',
  repo: 'ریپوزٹری کو repo=OWNER/REPO کی شکل میں دیں',
  url: 'فورم کی فہرست کو url=https://forum.example.org/c/SLUG/ID کی شکل میں دیں',
  cursor: 'یہ کرسر یہاں درست نہیں ہے: پہلے صفحے سے دوبارہ شروع کریں',
  kind: 'ایک قسم منتخب کریں: boost، news، story یا event',
  upstream: 'ماخذ نے توقع کے مطابق جواب نہیں دیا۔ تھوڑی دیر بعد دوبارہ کوشش کریں',
  upstreamNotFound: 'ماخذ میں ایسی کوئی ریپوزٹری یا فہرست نہیں ہے',
  upstreamLimited: 'ماخذ فی الحال درخواستیں رد کر رہا ہے۔ بعد میں دوبارہ کوشش کریں',
};

export default ur;
