// Bengali words of <chorus-story-feed>. Pure data: fetched only by pages in Bengali.
import type { Translation } from '../../shared/locale.ts';
import type { storyFeedEn } from './story-feed.strings.ts';

const bn: Translation<typeof storyFeedEn> = {
  feedLabel: 'কমিউনিটির গল্প',
  loading: 'গল্প লোড হচ্ছে…',
  empty: 'এখনও কোনো গল্প নেই।',
  emptyFiltered: 'এই ফিল্টারের সঙ্গে কোনো গল্প মেলেনি।',
  noMatchYet: 'সাম্প্রতিকগুলোর মধ্যে এখনও কোনো মিলে যাওয়া গল্প নেই। আরও পুরোনো খুঁজতে আরও লোড করুন।',
  'kind.boost': 'প্রচার',
  'kind.news': 'খবর',
  'kind.story': 'গল্প',
  'kind.event': 'ইভেন্ট',
  by: 'লেখক: {author}',
  tags: 'ট্যাগ',
  readMore: 'আরও পড়ুন',
  readLess: 'কম দেখান',
  loadMore: 'আরও গল্প লোড করুন',
  loadingMore: 'আরও গল্প লোড হচ্ছে…',
  added_one: 'আরও {count}টি গল্প লোড হয়েছে।',
  added_other: 'আরও {count}টি গল্প লোড হয়েছে।',
  allShown: 'সব গল্প দেখানো হচ্ছে।',
  filters: 'গল্প ফিল্টার করুন',
  filterAll: 'সব',
  retry: 'আবার চেষ্টা করুন',
  offline: 'গল্প লোড করা যায়নি। আপনার সংযোগ যাচাই করে আবার চেষ্টা করুন।',
  stale: 'এই গল্পগুলো আগে সংরক্ষণ করা হয়েছিল এবং হালনাগাদ না-ও হতে পারে।',
  staleRateLimited:
    'এই নেটওয়ার্কের জন্য GitHub-এর প্রতি ঘণ্টার সীমা শেষ হয়ে গেছে, তাই সংরক্ষিত এই গল্পগুলো হালনাগাদ না-ও হতে পারে। {time}-এর পরে নতুন গল্প লোড করা যাবে।',
};

export default bn;
