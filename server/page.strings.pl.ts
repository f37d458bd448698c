// Polish words of the server’s story pages. Pure data: fetched only by pages in Polish.
import type { Translation } from '../src/shared/locale.ts';
import type { pageEn } from './messages.ts';

const pl: Translation<typeof pageEn> = {
  siteName: 'Historie społeczności',
  documentTitle: '{title} · {site}',
  by: 'Autor: {author}',
  kind_boost: 'Warte uwagi',
  kind_news: 'Aktualność',
  kind_story: 'Historia',
  kind_event: 'Wydarzenie',
  readMore: 'Czytaj dalej na {host}',
  firstPublished: 'Pierwotnie opublikowano na {host}',
  sharedOn: 'Zobacz też:',
  link_github: 'GitHub',
  link_discourse: 'forum',
  link_mastodon: 'Mastodon',
  link_bluesky: 'Bluesky',
  tags: 'Tagi',
  follow: 'Obserwuj nowe historie:',
  atomFeed: 'Kanał Atom',
  jsonFeed: 'JSON Feed',
  backTo: 'Więcej historii na {site}',
  notFoundTitle: 'Nie znaleziono historii',
  notFoundText: 'Pod tym adresem nie ma opublikowanej historii. Być może wciąż czeka na moderatora albo została usunięta.',
  pageNotFoundTitle: 'Nie znaleziono strony',
  pageNotFoundText: 'Pod tym adresem nic nie ma.',
};

export default pl;
