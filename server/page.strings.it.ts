// Italian words of the server’s story pages. Pure data: fetched only by pages in Italian.
import type { Translation } from '../src/shared/locale.ts';
import type { pageEn } from './messages.ts';

const it: Translation<typeof pageEn> = {
  siteName: 'Storie della community',
  documentTitle: '{title} · {site}',
  by: 'Di {author}',
  kind_boost: 'Da condividere',
  kind_news: 'Notizia',
  kind_story: 'Storia',
  kind_event: 'Evento',
  readMore: 'Continua a leggere su {host}',
  firstPublished: 'Pubblicata originariamente su {host}',
  sharedOn: 'Anche su',
  link_github: 'GitHub',
  link_discourse: 'il forum',
  link_mastodon: 'Mastodon',
  link_bluesky: 'Bluesky',
  tags: 'Tag',
  follow: 'Segui le nuove storie:',
  atomFeed: 'Feed Atom',
  jsonFeed: 'JSON Feed',
  backTo: 'Altre storie su {site}',
  notFoundTitle: 'Storia non trovata',
  notFoundText: 'Non c’è nessuna storia pubblicata a questo indirizzo. Potrebbe essere ancora in attesa di moderazione, oppure è stata rimossa.',
  pageNotFoundTitle: 'Pagina non trovata',
  pageNotFoundText: 'Non c’è niente a questo indirizzo.',
};

export default it;
