// Catalan: the newsletter digest's words. Terms as in page.strings.ca.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { digestEn } from './digest.strings.ts';

const ca: Translation<typeof digestEn> = {
  title: 'Històries de la comunitat, del {first} al {last}',
  empty: 'No s’ha publicat cap història en aquest període.',
  kind_news: 'Notícies',
  kind_story: 'Històries',
  kind_event: 'Esdeveniments',
  kind_boost: 'Publicacions per compartir',
  by: 'per {author}',
};

export default ca;
