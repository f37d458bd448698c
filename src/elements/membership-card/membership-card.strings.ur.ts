// Urdu words of <chorus-membership-card>. Pure data: fetched only by pages in Urdu.
import type { Translation } from '../../shared/locale.ts';
import type { membershipCardEn } from './membership-card.strings.ts';

const ur: Translation<typeof membershipCardEn> = {
  heading: 'رکنیت',
  free: 'مفت',
  perYear: '{price} سالانہ',
  once: '{price} ایک بار',
  included: 'شامل',
  notIncluded: 'شامل نہیں',
  votes: 'ووٹ دینے والا رکن',
  noVotes: 'ووٹ کا حق نہیں',
  eligibility: 'کون شامل ہو سکتا ہے',
  join: 'شامل ہوں',
  joinTier: 'شامل ہوں: {tier}',
  highlight: 'تجویز کردہ',
  caption: 'رکنیت کے درجوں کا موازنہ',
  benefit: 'فائدہ',
  price: 'قیمت',
  loading: 'رکنیت کے درجے لوڈ ہو رہے ہیں…',
  loadFailed: 'رکنیت کے درجے لوڈ نہیں ہو سکے۔',
  retry: 'دوبارہ کوشش کریں',
};

export default ur;
