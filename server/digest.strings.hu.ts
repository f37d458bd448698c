// Hungarian: the newsletter digest's words. Terms as in page.strings.hu.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { digestEn } from './digest.strings.ts';

const hu: Translation<typeof digestEn> = {
  title: 'A közösség történetei, {first} – {last}',
  empty: 'Ebben az időszakban nem jelent meg történet.',
  kind_news: 'Hírek',
  kind_story: 'Történetek',
  kind_event: 'Események',
  kind_boost: 'Megosztásra érdemes bejegyzések',
  by: 'szerző: {author}',
};

export default hu;
