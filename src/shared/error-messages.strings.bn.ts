// Bengali failure messages. Pure data: fetched only by pages in Bengali.
import type { Translation } from './locale.ts';
import type { errorMessagesEn } from './error-messages.strings.ts';

const bn: Translation<typeof errorMessagesEn> = {
  'read.network': 'গল্প লোড করা যায়নি। আপনার সংযোগ যাচাই করে আবার চেষ্টা করুন।',
  'read.timeout': 'গল্প আসতে খুব বেশি সময় লেগেছে। একটু পরে আবার চেষ্টা করুন।',
  'read.rate-limited': 'গল্পের জন্য খুব বেশি অনুরোধ। কয়েক মিনিট পরে আবার চেষ্টা করুন।',
  'read.rateLimitedUntil': 'এই নেটওয়ার্কের জন্য GitHub-এর প্রতি ঘণ্টার সীমা শেষ হয়ে গেছে। {time}-এর পরে আবার চেষ্টা করুন।',
  'read.cors': '{forum} ফোরাম এই সাইটকে তার গল্প পড়ার অনুমতি দেয় না। ফোরামের একজন অ্যাডমিনকে “enable cors” চালু করে “cors origins”-এ {origin} যোগ করতে হবে।',
  'read.not-found': 'গল্পগুলো খুঁজে পাওয়া যায়নি। ফিডের উৎসের ঠিকানা যাচাই করুন।',
  'read.forbidden': 'গল্পগুলো সর্বজনীন নয়, অথবা এই সাইট সেগুলো পড়তে পারে না।',
  'read.unauthorized': 'গল্পগুলো সর্বজনীন নয়, অথবা এই সাইট সেগুলো পড়তে পারে না।',
  'read.unsupported': 'এই ফিডের পড়ার মতো কোনো উৎস নেই। এর source বা endpoint সেট করুন।',
  'read.invalid-response': 'গল্পগুলো এমন আকারে এসেছে যা এই ফিড পড়তে পারে না।',
  'read.server': 'গল্পের সার্ভারে সমস্যা হয়েছে। কয়েক মিনিট পরে আবার চেষ্টা করুন।',
  'read.other': 'গল্প লোড করা যায়নি। আবার চেষ্টা করুন।',
  'reason.network': 'সার্ভারে পৌঁছানো যায়নি।',
  'reason.timeout': 'সার্ভার সময়মতো উত্তর দেয়নি।',
  'reason.server': 'সার্ভারে সমস্যা হয়েছে।',
  'reason.not-found': 'সার্ভারে এটি পাওয়া যায়নি।',
  'reason.forbidden': 'এই টোকেন দিয়ে এটি করা যায় না।',
  'reason.rate-limited': 'খুব বেশি অনুরোধ; একটু অপেক্ষা করুন।',
  'reason.other': 'সার্ভার এমন উত্তর পাঠিয়েছে যা Chorus বুঝতে পারেনি।',
  'send.other': 'আমরা আপনার গল্প পাঠাতে পারিনি। এটি এই ডিভাইসে সংরক্ষিত আছে। একটু পরে আবার চেষ্টা করুন।',
  'send.payload-too-large': 'আপনার গল্পটি পাঠানোর জন্য খুব বড়। এটি ছোট করে আবার চেষ্টা করুন।',
  'send.rate-limited': 'আপনি অল্প সময়ে অনেক গল্প পাঠিয়েছেন। পরে আবার চেষ্টা করুন।',
  'send.rateLimitedSeconds_one': 'আপনি অল্প সময়ে অনেক গল্প পাঠিয়েছেন। {count} সেকেন্ড পরে আবার চেষ্টা করুন।',
  'send.rateLimitedSeconds_other': 'আপনি অল্প সময়ে অনেক গল্প পাঠিয়েছেন। {count} সেকেন্ড পরে আবার চেষ্টা করুন।',
  'send.rateLimitedAt': 'আপনি অল্প সময়ে অনেক গল্প পাঠিয়েছেন। {time}-এর পরে আবার চেষ্টা করুন।',
};

export default bn;
