// Bengali words of <chorus-membership-card>. Pure data: fetched only by pages in Bengali.
import type { Translation } from '../../shared/locale.ts';
import type { membershipCardEn } from './membership-card.strings.ts';

const bn: Translation<typeof membershipCardEn> = {
  heading: 'সদস্যপদ',
  free: 'বিনামূল্যে',
  perYear: 'প্রতি বছর {price}',
  once: 'একবার {price}',
  included: 'অন্তর্ভুক্ত',
  notIncluded: 'অন্তর্ভুক্ত নয়',
  votes: 'ভোটাধিকারসম্পন্ন সদস্য',
  noVotes: 'ভোটাধিকার নেই',
  eligibility: 'কারা যোগ দিতে পারেন',
  join: 'যোগ দিন',
  joinTier: 'যোগ দিন: {tier}',
  highlight: 'প্রস্তাবিত',
  caption: 'সদস্যপদের শ্রেণিগুলোর তুলনা',
  benefit: 'সুবিধা',
  price: 'মূল্য',
  loading: 'সদস্যপদের শ্রেণি লোড হচ্ছে…',
  loadFailed: 'সদস্যপদের শ্রেণিগুলো লোড করা যায়নি।',
  retry: 'আবার চেষ্টা করুন',
};

export default bn;
