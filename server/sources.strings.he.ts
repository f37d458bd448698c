// Hebrew: the read-through's messages. Terms as in messages.strings.he.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { sourcesEn } from './sources.strings.ts';

const he: Translation<typeof sourcesEn> = {
  notAllowed: 'השרת הזה לא קורא מהמקור הזה. הבעלים של השרת יכולים להוסיף אותו ל־CHORUS_SOURCE_ALLOWLIST',
  repo: 'יש לציין את המאגר בתור repo=OWNER/REPO',
  url: 'יש לציין את רשימת הפורום בתור url=https://forum.example.org/c/SLUG/ID',
  cursor: 'הסמן הזה אינו תקף כאן: יש להתחיל מחדש מהדף הראשון',
  kind: 'יש לבחור סוג: boost, news, story או event',
  upstream: 'המקור לא ענה כמצופה. יש לנסות שוב בעוד רגע',
  upstreamNotFound: 'אין במקור מאגר או רשימה כאלה',
  upstreamLimited: 'המקור דוחה בקשות כרגע. יש לנסות שוב מאוחר יותר',
};

export default he;
