// Persian words of <chorus-membership-card>. Pure data: fetched only by pages in Persian.
import type { Translation } from '../../shared/locale.ts';
import type { membershipCardEn } from './membership-card.strings.ts';

const fa: Translation<typeof membershipCardEn> = {
  heading: 'عضویت',
  free: 'رایگان',
  perYear: 'سالانه {price}',
  once: '{price} یک‌باره',
  included: 'شامل می‌شود',
  notIncluded: 'شامل نمی‌شود',
  votes: 'عضو دارای حق رأی',
  noVotes: 'بدون حق رأی',
  eligibility: 'چه کسی می‌تواند عضو شود',
  join: 'عضویت',
  joinTier: 'عضویت: {tier}',
  highlight: 'پیشنهادی',
  caption: 'مقایسهٔ رده‌های عضویت',
  benefit: 'مزیت',
  price: 'هزینه',
  loading: 'در حال بارگیری رده‌های عضویت…',
  loadFailed: 'رده‌های عضویت بارگیری نشد.',
  retry: 'تلاش دوباره',
};

export default fa;
