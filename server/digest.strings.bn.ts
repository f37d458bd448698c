// Bengali: the newsletter digest's words. Terms as in page.strings.bn.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { digestEn } from './digest.strings.ts';

const bn: Translation<typeof digestEn> = {
  title: 'কমিউনিটির গল্প, {first} থেকে {last}',
  empty: 'এই সময়ে কোনো গল্প প্রকাশিত হয়নি।',
  kind_news: 'খবর',
  kind_story: 'গল্প',
  kind_event: 'ইভেন্ট',
  kind_boost: 'শেয়ার করার মতো পোস্ট',
  by: 'লিখেছেন {author}',
};

export default bn;
