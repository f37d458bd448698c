// Swedish words of the server’s story pages. Pure data: fetched only by pages in Swedish.
import type { Translation } from '../src/shared/locale.ts';
import type { pageEn } from './messages.ts';

const sv: Translation<typeof pageEn> = {
  siteName: 'Berättelser från communityn',
  documentTitle: '{title} · {site}',
  by: 'Av {author}',
  kind_boost: 'Värt att dela',
  kind_news: 'Nyhet',
  kind_story: 'Berättelse',
  kind_event: 'Evenemang',
  readMore: 'Läs mer på {host}',
  firstPublished: 'Först publicerad på {host}',
  sharedOn: 'Även på',
  link_github: 'GitHub',
  link_discourse: 'forumet',
  link_mastodon: 'Mastodon',
  link_bluesky: 'Bluesky',
  tags: 'Taggar',
  follow: 'Följ nya berättelser:',
  atomFeed: 'Atom-flöde',
  jsonFeed: 'JSON Feed',
  backTo: 'Fler berättelser på {site}',
  notFoundTitle: 'Berättelsen hittades inte',
  notFoundText: 'Det finns ingen publicerad berättelse på den här adressen. Den kanske fortfarande väntar på en moderator, eller så har den tagits bort.',
  pageNotFoundTitle: 'Sidan hittades inte',
  pageNotFoundText: 'Det finns ingenting på den här adressen.',
};

export default sv;
