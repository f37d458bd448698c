// Czech words of the server’s story pages. Pure data: fetched only by pages in Czech.
import type { Translation } from '../src/shared/locale.ts';
import type { pageEn } from './messages.ts';

const cs: Translation<typeof pageEn> = {
  siteName: 'Příběhy komunity',
  documentTitle: '{title} · {site}',
  by: 'Autor: {author}',
  kind_boost: 'Stojí za sdílení',
  kind_news: 'Novinka',
  kind_story: 'Příběh',
  kind_event: 'Akce',
  readMore: 'Číst dál na {host}',
  firstPublished: 'Poprvé zveřejněno na {host}',
  sharedOn: 'Viz také:',
  link_github: 'GitHub',
  link_discourse: 'fórum',
  link_mastodon: 'Mastodon',
  link_bluesky: 'Bluesky',
  tags: 'Štítky',
  follow: 'Sledujte nové příběhy:',
  atomFeed: 'Kanál Atom',
  jsonFeed: 'JSON Feed',
  backTo: 'Další příběhy na {site}',
  notFoundTitle: 'Příběh nenalezen',
  notFoundText: 'Na této adrese není žádný zveřejněný příběh. Možná ještě čeká na moderátora, nebo byl stažen.',
  pageNotFoundTitle: 'Stránka nenalezena',
  pageNotFoundText: 'Na této adrese nic není.',
};

export default cs;
