// Hebrew field messages of the story schema. Pure data: fetched only by pages in Hebrew.
import type { Translation } from '../shared/locale.ts';
import type { schemaEn } from './schema.strings.ts';

const he: Translation<typeof schemaEn> = {
  'kind.invalid': 'יש לבחור את סוג הסיפור',
  'title.required': 'יש להזין כותרת',
  'title.tooLong': 'יש להזין כותרת של 120 תווים לכל היותר',
  'title.invalid': 'יש להזין כותרת',
  'body.required': 'יש לכתוב את הסיפור שלך',
  'body.tooLong': 'יש לקצר את הסיפור ל־20,000 תווים לכל היותר',
  'body.boostTooLong': 'יש לקצר את ההודעה ל־500 תווים לכל היותר, או לבחור סוג אחר של סיפור',
  'body.invalid': 'יש לכתוב את הסיפור שלך',
  'link.required': 'יש להזין את הקישור לפוסט שברצונך שנשתף',
  'link.invalid': 'יש להזין קישור שמתחיל ב־https:// או ב־http://',
  'link.tooLong': 'יש להזין קישור של 2,048 תווים לכל היותר',
  'tags.tooMany': 'יש לבחור 5 תגיות לכל היותר',
  'tags.invalid': 'יש להשתמש בתגיות של 1 עד 32 אותיות לטיניות קטנות, ספרות או מקפים',
  'authorName.required': 'יש להזין את שמך',
  'authorName.tooLong': 'יש להזין שם של 80 תווים לכל היותר',
  'authorName.invalid': 'יש להזין את שמך',
  'authorEmail.invalid': 'יש להזין כתובת דוא״ל כמו name@example.org, או להשאיר את השדה ריק',
  'authorEmail.tooLong': 'יש להזין כתובת דוא״ל של 254 תווים לכל היותר',
  'region.tooLong': 'יש להזין אזור של 80 תווים לכל היותר',
  'region.invalid': 'יש להזין אזור של 80 תווים לכל היותר, או להשאיר את השדה ריק',
  'language.invalid': 'יש להזין קוד שפה כמו he או pt-BR, או להשאיר את השדה ריק',
  'consent.required': 'יש לסמן את התיבה כדי להסכים שצוות הקהילה יפרסם את הסיפור שלך',
  'text.controlCharacters': 'יש להסיר מהטקסט הזה את תווי הבקרה הבלתי נראים',
  'startedAt.invalid': 'יש לטעון מחדש את הדף ולשלוח את הטופס שוב',
  invalid: 'יש לבדוק את התשובה הזאת',
};

export default he;
