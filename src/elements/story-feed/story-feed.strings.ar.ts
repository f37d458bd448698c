// Arabic words of <chorus-story-feed>. Pure data: fetched only by pages in Arabic.
import type { Translation } from '../../shared/locale.ts';
import type { storyFeedEn } from './story-feed.strings.ts';

const ar: Translation<typeof storyFeedEn> = {
  feedLabel: 'قصص المجتمع',
  loading: 'جارٍ تحميل القصص…',
  empty: 'لا توجد قصص بعد.',
  emptyFiltered: 'لا توجد قصص تطابق عامل التصفية هذا.',
  noMatchYet: 'لا توجد قصص مطابقة بين الأحدث بعد. حمّل المزيد للبحث في الأقدم.',
  'kind.boost': 'ترويج',
  'kind.news': 'خبر',
  'kind.story': 'قصة',
  'kind.event': 'فعالية',
  by: 'بقلم {author}',
  tags: 'الوسوم',
  readMore: 'قراءة المزيد',
  readLess: 'عرض أقل',
  loadMore: 'تحميل مزيد من القصص',
  loadingMore: 'جارٍ تحميل مزيد من القصص…',
  added_one: 'حُمِّلت قصة إضافية واحدة.',
  added_other: 'حُمِّلت {count} قصة إضافية.',
  added_zero: 'حُمِّلت {count} قصة إضافية.',
  added_two: 'حُمِّلت قصتان إضافيتان.',
  added_few: 'حُمِّلت {count} قصص إضافية.',
  added_many: 'حُمِّلت {count} قصة إضافية.',
  allShown: 'جميع القصص معروضة.',
  filters: 'تصفية القصص',
  filterAll: 'الكل',
  retry: 'إعادة المحاولة',
  offline: 'تعذّر تحميل القصص. تحقق من اتصالك ثم حاول مرة أخرى.',
  stale: 'حُفظت هذه القصص في وقت سابق وقد لا تكون محدَّثة.',
  staleRateLimited: 'استُنفد الحد الأقصى لطلبات GitHub في الساعة لهذه الشبكة، لذا قد لا تكون هذه القصص المحفوظة محدَّثة. يمكن تحميل قصص جديدة بعد {time}.',
};

export default ar;
