// Norwegian Bokmål words of the server’s story pages. Pure data: fetched only by pages in Norwegian Bokmål.
import type { Translation } from '../src/shared/locale.ts';
import type { pageEn } from './messages.ts';

const nb: Translation<typeof pageEn> = {
  siteName: 'Historier fra fellesskapet',
  documentTitle: '{title} · {site}',
  by: 'Av {author}',
  kind_boost: 'Verdt å dele',
  kind_news: 'Nyhet',
  kind_story: 'Historie',
  kind_event: 'Arrangement',
  readMore: 'Les mer på {host}',
  firstPublished: 'Først publisert på {host}',
  sharedOn: 'Også på',
  link_github: 'GitHub',
  link_discourse: 'forumet',
  link_mastodon: 'Mastodon',
  link_bluesky: 'Bluesky',
  tags: 'Emneknagger',
  follow: 'Følg nye historier:',
  atomFeed: 'Atom-strøm',
  jsonFeed: 'JSON Feed',
  backTo: 'Flere historier på {site}',
  notFoundTitle: 'Fant ikke historien',
  notFoundText: 'Det finnes ingen publisert historie på denne adressen. Den venter kanskje fortsatt på en moderator, eller den er fjernet.',
  pageNotFoundTitle: 'Fant ikke siden',
  pageNotFoundText: 'Det finnes ingenting på denne adressen.',
};

export default nb;
