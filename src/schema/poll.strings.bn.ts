// Bengali messages of the poll schemas. Pure data: fetched only by pages in Bengali.
import type { Translation } from '../shared/locale.ts';
import type { pollSchemaEn } from './poll.strings.ts';

const bn: Translation<typeof pollSchemaEn> = {
  'question.required': 'একটি প্রশ্ন লিখুন',
  'question.tooLong': 'সর্বোচ্চ 200 অক্ষরের একটি প্রশ্ন লিখুন',
  'question.invalid': 'একটি প্রশ্ন লিখুন',
  'options.tooFew': 'বেছে নেওয়ার জন্য অন্তত 2টি উত্তর দিন',
  'options.tooMany': 'সর্বোচ্চ 10টি উত্তর দিন',
  'options.textRequired': 'প্রতিটি উত্তরের লেখা দিন, অথবা ফাঁকা উত্তরটি সরান',
  'options.textTooLong': 'প্রতিটি উত্তর সর্বোচ্চ 100 অক্ষরে ছোট করুন',
  'options.duplicate': 'প্রতিটি উত্তরের লেখা আলাদা রাখুন',
  'options.invalid': '2 থেকে 10টি উত্তরের একটি তালিকা দিন',
  'multiple.invalid': 'মানুষ একাধিক উত্তর বেছে নিতে পারবেন কি না তা ঠিক করুন',
  'resultsBeforeVote.invalid': 'ভোট দেওয়ার আগে মানুষ ফলাফল দেখতে পারবেন কি না তা ঠিক করুন',
  'closesAt.invalid': '2025-01-31T18:00:00Z-এর মতো একটি বন্ধের সময় লিখুন, অথবা ফাঁকা রাখুন',
  'closesAt.past': 'ভবিষ্যতের একটি বন্ধের সময় বেছে নিন, অথবা ফাঁকা রাখুন',
  'vote.required': 'একটি উত্তর বেছে নিন, তারপর ভোট দিন',
  'vote.single': 'শুধু একটি উত্তর বেছে নিন',
  'vote.unknown': 'এই উত্তরটি আর পোলে নেই: পোলটি আবার লোড করে আবার বেছে নিন',
  'voter.invalid': 'পেজটি আবার লোড করে আবার ভোট দিন',
  'text.controlCharacters': 'এই লেখা থেকে অদৃশ্য কন্ট্রোল অক্ষরগুলো সরান',
  invalid: 'এই উত্তরটি যাচাই করুন',
};

export default bn;
