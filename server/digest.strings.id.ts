// Indonesian: the newsletter digest's words. Terms as in page.strings.id.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { digestEn } from './digest.strings.ts';

const id: Translation<typeof digestEn> = {
  title: 'Cerita komunitas, {first} sampai {last}',
  empty: 'Tidak ada cerita yang diterbitkan dalam periode ini.',
  kind_news: 'Berita',
  kind_story: 'Cerita',
  kind_event: 'Acara',
  kind_boost: 'Postingan untuk dibagikan',
  by: 'oleh {author}',
};

export default id;
