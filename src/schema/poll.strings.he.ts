// Hebrew messages of the poll schemas. Pure data: fetched only by pages in Hebrew.
import type { Translation } from '../shared/locale.ts';
import type { pollSchemaEn } from './poll.strings.ts';

const he: Translation<typeof pollSchemaEn> = {
  'question.required': 'יש להזין שאלה',
  'question.tooLong': 'יש להזין שאלה של 200 תווים לכל היותר',
  'question.invalid': 'יש להזין שאלה',
  'options.tooFew': 'יש לתת לפחות 2 תשובות לבחירה',
  'options.tooMany': 'יש לתת 10 תשובות לכל היותר',
  'options.textRequired': 'יש להזין את הטקסט של כל תשובה, או להסיר את התשובה הריקה',
  'options.textTooLong': 'יש לקצר כל תשובה ל־100 תווים לכל היותר',
  'options.duplicate': 'יש לתת לכל תשובה טקסט שונה',
  'options.invalid': 'יש לתת רשימה של 2 עד 10 תשובות',
  'multiple.invalid': 'יש לבחור אם אפשר לסמן כמה תשובות',
  'resultsBeforeVote.invalid': 'יש לבחור אם אפשר לראות את התוצאות לפני ההצבעה',
  'closesAt.invalid': 'יש להזין מועד סגירה כמו 2025-01-31T18:00:00Z, או להשאיר את השדה ריק',
  'closesAt.past': 'יש לבחור מועד סגירה בעתיד, או להשאיר את השדה ריק',
  'vote.required': 'יש לבחור תשובה ואז להצביע',
  'vote.single': 'יש לבחור תשובה אחת בלבד',
  'vote.unknown': 'התשובה הזאת כבר לא קיימת בסקר: יש לטעון מחדש את הסקר ולבחור שוב',
  'voter.invalid': 'יש לטעון מחדש את הדף ולהצביע שוב',
  'text.controlCharacters': 'יש להסיר מהטקסט הזה את תווי הבקרה הבלתי נראים',
  invalid: 'יש לבדוק את התשובה הזאת',
};

export default he;
