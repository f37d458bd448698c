// Bengali field messages of the story schema. Pure data: fetched only by pages in Bengali.
import type { Translation } from '../shared/locale.ts';
import type { schemaEn } from './schema.strings.ts';

const bn: Translation<typeof schemaEn> = {
  'kind.invalid': 'এটি কোন ধরনের গল্প তা বেছে নিন',
  'title.required': 'একটি শিরোনাম লিখুন',
  'title.tooLong': 'সর্বোচ্চ 120 অক্ষরের একটি শিরোনাম লিখুন',
  'title.invalid': 'একটি শিরোনাম লিখুন',
  'body.required': 'আপনার গল্প লিখুন',
  'body.tooLong': 'আপনার গল্পটি সর্বোচ্চ 20,000 অক্ষরে ছোট করুন',
  'body.boostTooLong': 'আপনার বার্তাটি সর্বোচ্চ 500 অক্ষরে ছোট করুন, অথবা অন্য ধরনের গল্প বেছে নিন',
  'body.invalid': 'আপনার গল্প লিখুন',
  'link.required': 'যে পোস্টটি আমাদের শেয়ার করতে চান তার লিংক লিখুন',
  'link.invalid': 'https:// বা http:// দিয়ে শুরু হওয়া একটি লিংক লিখুন',
  'link.tooLong': 'সর্বোচ্চ 2,048 অক্ষরের একটি লিংক লিখুন',
  'tags.tooMany': 'সর্বোচ্চ 5টি ট্যাগ বেছে নিন',
  'tags.invalid': '1 থেকে 32টি ছোট হাতের ইংরেজি অক্ষর, সংখ্যা বা হাইফেন দিয়ে তৈরি ট্যাগ ব্যবহার করুন',
  'authorName.required': 'আপনার নাম লিখুন',
  'authorName.tooLong': 'সর্বোচ্চ 80 অক্ষরের একটি নাম লিখুন',
  'authorName.invalid': 'আপনার নাম লিখুন',
  'authorEmail.invalid': 'name@example.org-এর মতো একটি ইমেল ঠিকানা লিখুন, অথবা ফাঁকা রাখুন',
  'authorEmail.tooLong': 'সর্বোচ্চ 254 অক্ষরের একটি ইমেল ঠিকানা লিখুন',
  'region.tooLong': 'সর্বোচ্চ 80 অক্ষরের একটি অঞ্চল লিখুন',
  'region.invalid': 'সর্বোচ্চ 80 অক্ষরের একটি অঞ্চল লিখুন, অথবা ফাঁকা রাখুন',
  'language.invalid': 'bn বা pt-BR-এর মতো একটি ভাষা কোড লিখুন, অথবা ফাঁকা রাখুন',
  'consent.required': 'কমিউনিটি টিম আপনার গল্প প্রকাশ করতে পারে—এতে সম্মতি দিতে বাক্সে টিক দিন',
  'text.controlCharacters': 'এই লেখা থেকে অদৃশ্য কন্ট্রোল অক্ষরগুলো সরান',
  'startedAt.invalid': 'পেজটি আবার লোড করে ফর্মটি আবার জমা দিন',
  invalid: 'এই উত্তরটি যাচাই করুন',
};

export default bn;
