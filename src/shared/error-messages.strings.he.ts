// Hebrew failure messages. Pure data: fetched only by pages in Hebrew.
import type { Translation } from './locale.ts';
import type { errorMessagesEn } from './error-messages.strings.ts';

const he: Translation<typeof errorMessagesEn> = {
  'read.network': 'לא ניתן היה לטעון את הסיפורים. יש לבדוק את החיבור ולנסות שוב.',
  'read.timeout': 'הסיפורים התעכבו יותר מדי. יש לנסות שוב בעוד רגע.',
  'read.rate-limited': 'יותר מדי בקשות לסיפורים. יש לנסות שוב בעוד כמה דקות.',
  'read.rateLimitedUntil': 'המגבלה השעתית של GitHub לרשת הזאת מוצתה. יש לנסות שוב אחרי {time}.',
  'read.cors': 'הפורום {forum} לא מאפשר לאתר הזה לקרוא את הסיפורים שלו. מנהל/ת הפורום צריך/ה להפעיל את ״enable cors״ ולהוסיף את {origin} ל־״cors origins״.',
  'read.not-found': 'הסיפורים לא נמצאו. יש לבדוק את כתובת המקור של הרשימה.',
  'read.forbidden': 'הסיפורים אינם ציבוריים, או שלאתר הזה אין הרשאה לקרוא אותם.',
  'read.unauthorized': 'הסיפורים אינם ציבוריים, או שלאתר הזה אין הרשאה לקרוא אותם.',
  'read.unsupported': 'לרשימה הזאת אין מקור שהיא יכולה לקרוא. יש להגדיר את המקור או את ה־endpoint שלה.',
  'read.invalid-response': 'הסיפורים הגיעו בפורמט שהרשימה הזאת לא יכולה לקרוא.',
  'read.server': 'יש בעיה בשרת הסיפורים. יש לנסות שוב בעוד כמה דקות.',
  'read.other': 'לא ניתן היה לטעון את הסיפורים. יש לנסות שוב.',
  'reason.network': 'לא ניתן היה להתחבר לשרת.',
  'reason.timeout': 'השרת לא ענה בזמן.',
  'reason.server': 'הייתה בעיה בשרת.',
  'reason.not-found': 'הפריט לא נמצא בשרת.',
  'reason.forbidden': 'לאסימון הזה אין הרשאה לעשות זאת.',
  'reason.rate-limited': 'יותר מדי בקשות; יש להמתין רגע.',
  'reason.other': 'השרת שלח תשובה ש־Chorus לא הבין.',
  'send.other': 'לא הצלחנו לשלוח את הסיפור שלך. הוא שמור במכשיר הזה. יש לנסות שוב בעוד רגע.',
  'send.payload-too-large': 'הסיפור שלך גדול מדי לשליחה. יש לקצר אותו ולנסות שוב.',
  'send.rate-limited': 'שלחת הרבה סיפורים בזמן קצר. יש לנסות שוב מאוחר יותר.',
  'send.rateLimitedSeconds_one': 'שלחת הרבה סיפורים בזמן קצר. יש לנסות שוב בעוד שנייה {count}.',
  'send.rateLimitedSeconds_other': 'שלחת הרבה סיפורים בזמן קצר. יש לנסות שוב בעוד {count} שניות.',
  'send.rateLimitedSeconds_two': 'שלחת הרבה סיפורים בזמן קצר. יש לנסות שוב בעוד {count} שניות.',
  'send.rateLimitedAt': 'שלחת הרבה סיפורים בזמן קצר. יש לנסות שוב אחרי {time}.',
};

export default he;
