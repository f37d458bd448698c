// Slovak words of the server’s story pages. Pure data: fetched only by pages in Slovak.
import type { Translation } from '../src/shared/locale.ts';
import type { pageEn } from './messages.ts';

const sk: Translation<typeof pageEn> = {
  siteName: 'Príbehy komunity',
  documentTitle: '{title} · {site}',
  by: 'Autor: {author}',
  kind_boost: 'Stojí za zdieľanie',
  kind_news: 'Novinka',
  kind_story: 'Príbeh',
  kind_event: 'Podujatie',
  readMore: 'Čítať ďalej na {host}',
  firstPublished: 'Prvýkrát zverejnené na {host}',
  sharedOn: 'Pozri aj:',
  link_github: 'GitHub',
  link_discourse: 'fórum',
  link_mastodon: 'Mastodon',
  link_bluesky: 'Bluesky',
  tags: 'Štítky',
  follow: 'Sledujte nové príbehy:',
  atomFeed: 'Kanál Atom',
  jsonFeed: 'JSON Feed',
  backTo: 'Ďalšie príbehy na {site}',
  notFoundTitle: 'Príbeh sa nenašiel',
  notFoundText: 'Na tejto adrese nie je žiadny zverejnený príbeh. Možno ešte čaká na moderátora alebo bol stiahnutý.',
  pageNotFoundTitle: 'Stránka sa nenašla',
  pageNotFoundText: 'Na tejto adrese nič nie je.',
};

export default sk;
