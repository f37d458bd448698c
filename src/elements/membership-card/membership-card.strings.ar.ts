// Arabic words of <chorus-membership-card>. Pure data: fetched only by pages in Arabic.
import type { Translation } from '../../shared/locale.ts';
import type { membershipCardEn } from './membership-card.strings.ts';

const ar: Translation<typeof membershipCardEn> = {
  heading: 'العضوية',
  free: 'مجانًا',
  perYear: '{price} سنويًا',
  once: '{price} لمرة واحدة',
  included: 'مشمول',
  notIncluded: 'غير مشمول',
  votes: 'عضو له حق التصويت',
  noVotes: 'عضو ليس له حق التصويت',
  eligibility: 'من يمكنه الانضمام',
  join: 'انضمام',
  joinTier: 'انضمام: {tier}',
  highlight: 'موصى به',
  caption: 'مقارنة فئات العضوية',
  benefit: 'الميزة',
  price: 'السعر',
  loading: 'جارٍ تحميل فئات العضوية…',
  loadFailed: 'تعذّر تحميل فئات العضوية.',
  retry: 'إعادة المحاولة',
};

export default ar;
