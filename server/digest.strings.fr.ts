// French: the newsletter digest's words. Terms as in page.strings.fr.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { digestEn } from './digest.strings.ts';

const fr: Translation<typeof digestEn> = {
  title: 'Histoires de la communauté, du {first} au {last}',
  empty: 'Aucune histoire n’a été publiée pendant cette période.',
  kind_news: 'Actualités',
  kind_story: 'Histoires',
  kind_event: 'Événements',
  kind_boost: 'Publications à partager',
  by: 'par {author}',
};

export default fr;
