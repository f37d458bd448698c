// Swahili: the newsletter digest's words. Terms as in page.strings.sw.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { digestEn } from './digest.strings.ts';

const sw: Translation<typeof digestEn> = {
  title: 'Hadithi za jumuiya, {first} hadi {last}',
  empty: 'Hakuna hadithi iliyochapishwa katika kipindi hiki.',
  kind_news: 'Habari',
  kind_story: 'Hadithi',
  kind_event: 'Matukio',
  kind_boost: 'Machapisho ya kushiriki',
  by: 'na {author}',
};

export default sw;
