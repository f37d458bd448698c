// Persian: the newsletter digest's words. Terms as in page.strings.fa.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { digestEn } from './digest.strings.ts';

const fa: Translation<typeof digestEn> = {
  title: 'داستان‌های جامعه، از {first} تا {last}',
  empty: 'در این بازه هیچ داستانی منتشر نشد.',
  kind_news: 'خبرها',
  kind_story: 'داستان‌ها',
  kind_event: 'رویدادها',
  kind_boost: 'پست‌هایی برای هم‌رسانی',
  by: 'از {author}',
};

export default fa;
