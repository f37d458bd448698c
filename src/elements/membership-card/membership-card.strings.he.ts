// Hebrew words of <chorus-membership-card>. Pure data: fetched only by pages in Hebrew.
import type { Translation } from '../../shared/locale.ts';
import type { membershipCardEn } from './membership-card.strings.ts';

const he: Translation<typeof membershipCardEn> = {
  heading: 'חברות',
  free: 'חינם',
  perYear: '{price} לשנה',
  once: '{price} בתשלום חד־פעמי',
  included: 'כלול',
  notIncluded: 'לא כלול',
  votes: 'חבר/ה עם זכות הצבעה',
  noVotes: 'ללא זכות הצבעה',
  eligibility: 'מי יכול להצטרף',
  join: 'הצטרפות',
  joinTier: 'הצטרפות: {tier}',
  highlight: 'מומלץ',
  caption: 'השוואה בין סוגי החברות',
  benefit: 'הטבה',
  price: 'מחיר',
  loading: 'סוגי החברות נטענים…',
  loadFailed: 'לא ניתן היה לטעון את סוגי החברות.',
  retry: 'ניסיון חוזר',
};

export default he;
