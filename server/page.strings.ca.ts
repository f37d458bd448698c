// Catalan words of the server’s story pages. Pure data: fetched only by pages in Catalan.
import type { Translation } from '../src/shared/locale.ts';
import type { pageEn } from './messages.ts';

const ca: Translation<typeof pageEn> = {
  siteName: 'Històries de la comunitat',
  documentTitle: '{title} · {site}',
  by: 'Per {author}',
  kind_boost: 'Val la pena compartir-ho',
  kind_news: 'Notícia',
  kind_story: 'Història',
  kind_event: 'Esdeveniment',
  readMore: 'Continueu llegint a {host}',
  firstPublished: 'Publicada originalment a {host}',
  sharedOn: 'També a',
  link_github: 'GitHub',
  link_discourse: 'el fòrum',
  link_mastodon: 'Mastodon',
  link_bluesky: 'Bluesky',
  tags: 'Etiquetes',
  follow: 'Seguiu les històries noves:',
  atomFeed: 'Canal Atom',
  jsonFeed: 'JSON Feed',
  backTo: 'Més històries a {site}',
  notFoundTitle: 'No s’ha trobat la història',
  notFoundText: 'No hi ha cap història publicada en aquesta adreça. Potser encara espera un moderador, o s’ha retirat.',
  pageNotFoundTitle: 'No s’ha trobat la pàgina',
  pageNotFoundText: 'No hi ha res en aquesta adreça.',
};

export default ca;
