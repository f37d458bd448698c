// German words of the server’s story pages. Pure data: fetched only by pages in German.
import type { Translation } from '../src/shared/locale.ts';
import type { pageEn } from './messages.ts';

const de: Translation<typeof pageEn> = {
  siteName: 'Geschichten aus der Community',
  documentTitle: '{title} · {site}',
  by: 'Von {author}',
  kind_boost: 'Lesenswert',
  kind_news: 'Neuigkeit',
  kind_story: 'Geschichte',
  kind_event: 'Veranstaltung',
  readMore: 'Weiterlesen auf {host}',
  firstPublished: 'Zuerst veröffentlicht auf {host}',
  sharedOn: 'Auch auf',
  link_github: 'GitHub',
  link_discourse: 'im Forum',
  link_mastodon: 'Mastodon',
  link_bluesky: 'Bluesky',
  tags: 'Schlagwörter',
  follow: 'Neuen Geschichten folgen:',
  atomFeed: 'Atom-Feed',
  jsonFeed: 'JSON Feed',
  backTo: 'Weitere Geschichten auf {site}',
  notFoundTitle: 'Geschichte nicht gefunden',
  notFoundText: 'Unter dieser Adresse gibt es keine veröffentlichte Geschichte. Vielleicht wartet sie noch auf die Moderation, oder sie wurde entfernt.',
  pageNotFoundTitle: 'Seite nicht gefunden',
  pageNotFoundText: 'Unter dieser Adresse gibt es nichts.',
};

export default de;
