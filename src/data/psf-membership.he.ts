// The PSF membership classes in Hebrew: the same facts as PSF_TIERS in psf-membership.ts
// (PSF bylaws, sections 4.1–4.11). Pure data, fetched only by pages in Hebrew.
import type { Translation } from '../shared/locale.ts';
import type { psfEn } from './psf-membership.ts';

const he: Translation<typeof psfEn> = {
  'basic.name': 'בסיסית',
  'basic.summary': 'הצטרפות ל־PSF בחינם והשתייכות לקהילה שלה.',
  'basic.eligibility': 'הרשמה והסכמה לקוד ההתנהגות של ה־PSF.',
  'basic.note': '',
  'basic.benefit0': 'השתתפות באסיפות החברים של ה־PSF',
  'basic.benefit1': 'נספר/ת במניין החוקי של אסיפות החברים',
  'supporting.name': 'תומכת',
  'supporting.summary': 'מימון עבודת ה־PSF בתרומה שנתית; הצבעה בבחירות של ה־PSF במשך שנים־עשר החודשים שאחרי כל תשלום.',
  'supporting.eligibility': 'תרומה שנתית (מומלץ 99 דולר ארה״ב, בסולם גמיש החל מ־25 דולר ארה״ב) או תשלום דמי חברות לכל החיים.',
  'supporting.note': 'מומלץ; סולם גמיש החל מ־25 דולר ארה״ב, או דמי חברות לכל החיים.',
  'supporting.benefit0': 'השתתפות באסיפות החברים של ה־PSF',
  'supporting.benefit1': 'נספר/ת במניין החוקי של אסיפות החברים',
  'contributing.name': 'תורמת',
  'contributing.summary': 'התנדבות למען קהילת Python והצבעה בבחירות של ה־PSF.',
  'contributing.eligibility': 'התנדבות של חמש שעות בחודש לפחות בעבודה שמקדמת את המשימה של ה־PSF (עבודה שפורסמה ברישיון קוד פתוח), ואישור לכך מדי שנה.',
  'contributing.note': 'הזמן שלך: חמש שעות בחודש לפחות.',
  'contributing.benefit0': 'השתתפות באסיפות החברים של ה־PSF',
  'contributing.benefit1': 'נספר/ת במניין החוקי של אסיפות החברים',
  'fellow.name': 'Fellow',
  'fellow.summary': 'הכרה בתרומה יוצאת דופן ל־Python; חבר/ה עם זכות הצבעה לכל החיים.',
  'fellow.eligibility': 'מועמדות מטעם חבר/ה עם זכות הצבעה או קבוצת עבודה של ה־PSF בזכות תרומה יוצאת דופן, ואישור המועמדות. מעמד Fellow הוא לכל החיים.',
  'fellow.note': 'במינוי; לכל החיים.',
  'fellow.benefit0': 'השתתפות באסיפות החברים של ה־PSF',
  'fellow.benefit1': 'נספר/ת במניין החוקי של אסיפות החברים',
  'psf.heading': 'הצטרפות כחבר/ה ב־Python Software Foundation',
  'psf.votingNote': 'חברים עם זכות הצבעה מאשרים מדי שנה שבכוונתם להצביע בבחירות של ה־PSF.',
};

export default he;
