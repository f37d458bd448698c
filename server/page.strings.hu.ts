// Hungarian words of the server’s story pages. Pure data: fetched only by pages in Hungarian.
import type { Translation } from '../src/shared/locale.ts';
import type { pageEn } from './messages.ts';

const hu: Translation<typeof pageEn> = {
  siteName: 'A közösség történetei',
  documentTitle: '{title} · {site}',
  by: 'Szerző: {author}',
  kind_boost: 'Érdemes megosztani',
  kind_news: 'Hír',
  kind_story: 'Történet',
  kind_event: 'Esemény',
  readMore: 'Tovább itt: {host}',
  firstPublished: 'Először itt jelent meg: {host}',
  sharedOn: 'Itt is:',
  link_github: 'GitHub',
  link_discourse: 'a fórum',
  link_mastodon: 'Mastodon',
  link_bluesky: 'Bluesky',
  tags: 'Címkék',
  follow: 'Kövesse az új történeteket:',
  atomFeed: 'Atom-hírcsatorna',
  jsonFeed: 'JSON Feed',
  backTo: 'További történetek itt: {site}',
  notFoundTitle: 'A történet nem található',
  notFoundText: 'Ezen a címen nincs közzétett történet. Lehet, hogy még moderátorra vár, vagy eltávolították.',
  pageNotFoundTitle: 'Az oldal nem található',
  pageNotFoundText: 'Ezen a címen nincs semmi.',
};

export default hu;
