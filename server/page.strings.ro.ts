// Romanian words of the server’s story pages. Pure data: fetched only by pages in Romanian.
import type { Translation } from '../src/shared/locale.ts';
import type { pageEn } from './messages.ts';

const ro: Translation<typeof pageEn> = {
  siteName: 'Poveștile comunității',
  documentTitle: '{title} · {site}',
  by: 'De {author}',
  kind_boost: 'Merită distribuit',
  kind_news: 'Știre',
  kind_story: 'Poveste',
  kind_event: 'Eveniment',
  readMore: 'Citiți mai mult pe {host}',
  firstPublished: 'Publicată inițial pe {host}',
  sharedOn: 'Și pe',
  link_github: 'GitHub',
  link_discourse: 'forum',
  link_mastodon: 'Mastodon',
  link_bluesky: 'Bluesky',
  tags: 'Etichete',
  follow: 'Urmăriți poveștile noi:',
  atomFeed: 'Flux Atom',
  jsonFeed: 'JSON Feed',
  backTo: 'Mai multe povești pe {site}',
  notFoundTitle: 'Povestea nu a fost găsită',
  notFoundText: 'Nu există nicio poveste publicată la această adresă. Poate încă așteaptă un moderator sau a fost retrasă.',
  pageNotFoundTitle: 'Pagina nu a fost găsită',
  pageNotFoundText: 'Nu există nimic la această adresă.',
};

export default ro;
