// Turkish: the newsletter digest's words. Terms as in page.strings.tr.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { digestEn } from './digest.strings.ts';

const tr: Translation<typeof digestEn> = {
  title: 'Topluluk hikâyeleri, {first} – {last}',
  empty: 'Bu dönemde hiç hikâye yayımlanmadı.',
  kind_news: 'Haberler',
  kind_story: 'Hikâyeler',
  kind_event: 'Etkinlikler',
  kind_boost: 'Paylaşmaya değer gönderiler',
  by: 'yazan: {author}',
};

export default tr;
