// Bengali words of the server’s story pages. Pure data: fetched only by pages in Bengali.
import type { Translation } from '../src/shared/locale.ts';
import type { pageEn } from './messages.ts';

const bn: Translation<typeof pageEn> = {
  siteName: 'কমিউনিটির গল্প',
  documentTitle: '{title} · {site}',
  by: 'লেখক: {author}',
  kind_boost: 'শেয়ার করার মতো',
  kind_news: 'খবর',
  kind_story: 'গল্প',
  kind_event: 'ইভেন্ট',
  readMore: '{host}-এ আরও পড়ুন',
  firstPublished: 'প্রথম প্রকাশিত হয়েছে {host}-এ',
  sharedOn: 'আরও যেখানে আছে:',
  link_github: 'GitHub',
  link_discourse: 'ফোরাম',
  link_mastodon: 'Mastodon',
  link_bluesky: 'Bluesky',
  tags: 'ট্যাগ',
  follow: 'নতুন গল্প অনুসরণ করুন:',
  atomFeed: 'Atom ফিড',
  jsonFeed: 'JSON Feed',
  backTo: '{site}-এ আরও গল্প',
  notFoundTitle: 'গল্পটি পাওয়া যায়নি',
  notFoundText: 'এই ঠিকানায় কোনো প্রকাশিত গল্প নেই। এটি হয়তো এখনও কোনো মডারেটরের অপেক্ষায় আছে, অথবা সরিয়ে ফেলা হয়েছে।',
  pageNotFoundTitle: 'পেজটি পাওয়া যায়নি',
  pageNotFoundText: 'এই ঠিকানায় কিছু নেই।',
};

export default bn;
