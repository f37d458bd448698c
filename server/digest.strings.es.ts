// Spanish: the newsletter digest's words.
import type { Translation } from '../src/shared/locale.ts';
import type { digestEn } from './digest.strings.ts';

const es: Translation<typeof digestEn> = {
  title: 'Historias de la comunidad, del {first} al {last}',
  empty: 'No se publicó ninguna historia en este periodo.',
  kind_news: 'Noticias',
  kind_story: 'Historias',
  kind_event: 'Eventos',
  kind_boost: 'Publicaciones para compartir',
  by: 'por {author}',
};

export default es;
