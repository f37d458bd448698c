// Arabic: the newsletter digest's words. Terms as in page.strings.ar.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { digestEn } from './digest.strings.ts';

const ar: Translation<typeof digestEn> = {
  title: 'قصص المجتمع، من {first} إلى {last}',
  empty: 'لم تُنشر أي قصة في هذه الفترة.',
  kind_news: 'أخبار',
  kind_story: 'قصص',
  kind_event: 'فعاليات',
  kind_boost: 'منشورات تستحق المشاركة',
  by: 'بقلم {author}',
};

export default ar;
