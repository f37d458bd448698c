// Persian words of <chorus-story-feed>. Pure data: fetched only by pages in Persian.
import type { Translation } from '../../shared/locale.ts';
import type { storyFeedEn } from './story-feed.strings.ts';

const fa: Translation<typeof storyFeedEn> = {
  feedLabel: 'داستان‌های جامعه',
  loading: 'در حال بارگیری داستان‌ها…',
  empty: 'هنوز داستانی نیست.',
  emptyFiltered: 'هیچ داستانی با این پالایه مطابقت ندارد.',
  noMatchYet: 'هنوز در میان جدیدترین‌ها داستان منطبقی نیست. برای جست‌وجوی قدیمی‌ترها بیشتر بارگیری کنید.',
  'kind.boost': 'تقویت',
  'kind.news': 'خبر',
  'kind.story': 'داستان',
  'kind.event': 'رویداد',
  by: 'از {author}',
  tags: 'برچسب‌ها',
  readMore: 'بیشتر بخوانید',
  readLess: 'نمایش کمتر',
  loadMore: 'بارگیری داستان‌های بیشتر',
  loadingMore: 'در حال بارگیری داستان‌های بیشتر…',
  added_one: '{count} داستان دیگر بارگیری شد.',
  added_other: '{count} داستان دیگر بارگیری شد.',
  allShown: 'همهٔ داستان‌ها نمایش داده شده‌اند.',
  filters: 'پالایش داستان‌ها',
  filterAll: 'همه',
  retry: 'تلاش دوباره',
  offline: 'داستان‌ها بارگیری نشد. اتصال خود را بررسی کنید و دوباره تلاش کنید.',
  stale: 'این داستان‌ها پیش‌تر ذخیره شده‌اند و ممکن است به‌روز نباشند.',
  staleRateLimited:
    'سقف ساعتی GitHub برای این شبکه تمام شده است، پس ممکن است این داستان‌های ذخیره‌شده به‌روز نباشند. داستان‌های جدید پس از {time} بارگیری می‌شوند.',
};

export default fa;
