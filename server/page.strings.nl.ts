// Dutch words of the server’s story pages. Pure data: fetched only by pages in Dutch.
import type { Translation } from '../src/shared/locale.ts';
import type { pageEn } from './messages.ts';

const nl: Translation<typeof pageEn> = {
  siteName: 'Verhalen uit de community',
  documentTitle: '{title} · {site}',
  by: 'Door {author}',
  kind_boost: 'Het delen waard',
  kind_news: 'Nieuws',
  kind_story: 'Verhaal',
  kind_event: 'Evenement',
  readMore: 'Lees verder op {host}',
  firstPublished: 'Eerst gepubliceerd op {host}',
  sharedOn: 'Ook op',
  link_github: 'GitHub',
  link_discourse: 'het forum',
  link_mastodon: 'Mastodon',
  link_bluesky: 'Bluesky',
  tags: 'Tags',
  follow: 'Volg nieuwe verhalen:',
  atomFeed: 'Atom-feed',
  jsonFeed: 'JSON Feed',
  backTo: 'Meer verhalen op {site}',
  notFoundTitle: 'Verhaal niet gevonden',
  notFoundText: 'Op dit adres staat geen gepubliceerd verhaal. Misschien wacht het nog op een moderator, of het is verwijderd.',
  pageNotFoundTitle: 'Pagina niet gevonden',
  pageNotFoundText: 'Er staat niets op dit adres.',
};

export default nl;
