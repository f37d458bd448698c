// Spanish: the story page's words. Pure data (in the browser, fetched only by pages in Spanish).
import type { Translation } from '../src/shared/locale.ts';
import type { pageEn } from './page.strings.ts';

const es: Translation<typeof pageEn> = {
  siteName: 'Historias de la comunidad',
  documentTitle: '{title} · {site}',
  by: 'Por {author}',
  kind_boost: 'Para compartir',
  kind_news: 'Noticia',
  kind_story: 'Historia',
  kind_event: 'Evento',
  readMore: 'Seguir leyendo en {host}',
  firstPublished: 'Publicada primero en {host}',
  sharedOn: 'También en',
  link_github: 'GitHub',
  link_discourse: 'el foro',
  link_mastodon: 'Mastodon',
  link_bluesky: 'Bluesky',
  tags: 'Etiquetas',
  follow: 'Sigue las historias nuevas:',
  atomFeed: 'Canal Atom',
  jsonFeed: 'JSON Feed',
  backTo: 'Más historias en {site}',
  notFoundTitle: 'Historia no encontrada',
  notFoundText: 'No hay ninguna historia publicada en esta dirección. Puede que aún esté esperando a un moderador, o que se haya retirado.',
  pageNotFoundTitle: 'Página no encontrada',
  pageNotFoundText: 'No hay nada en esta dirección.',
};

export default es;
