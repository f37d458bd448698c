// Hindi: the newsletter digest's words. Terms as in page.strings.hi.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { digestEn } from './digest.strings.ts';

const hi: Translation<typeof digestEn> = {
  title: 'समुदाय की कहानियाँ, {first} से {last} तक',
  empty: 'इस अवधि में कोई कहानी प्रकाशित नहीं हुई।',
  kind_news: 'समाचार',
  kind_story: 'कहानियाँ',
  kind_event: 'कार्यक्रम',
  kind_boost: 'साझा करने लायक पोस्ट',
  by: 'लेखक {author}',
};

export default hi;
