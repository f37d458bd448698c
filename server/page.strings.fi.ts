// Finnish words of the server’s story pages. Pure data: fetched only by pages in Finnish.
import type { Translation } from '../src/shared/locale.ts';
import type { pageEn } from './messages.ts';

const fi: Translation<typeof pageEn> = {
  siteName: 'Yhteisön tarinat',
  documentTitle: '{title} · {site}',
  by: 'Kirjoittanut {author}',
  kind_boost: 'Jakamisen arvoinen',
  kind_news: 'Uutinen',
  kind_story: 'Tarina',
  kind_event: 'Tapahtuma',
  readMore: 'Lue lisää sivustolla {host}',
  firstPublished: 'Julkaistu alun perin sivustolla {host}',
  sharedOn: 'Myös',
  link_github: 'GitHubissa',
  link_discourse: 'foorumilla',
  link_mastodon: 'Mastodonissa',
  link_bluesky: 'Blueskyssa',
  tags: 'Tunnisteet',
  follow: 'Seuraa uusia tarinoita:',
  atomFeed: 'Atom-syöte',
  jsonFeed: 'JSON Feed',
  backTo: 'Lisää tarinoita sivustolla {site}',
  notFoundTitle: 'Tarinaa ei löytynyt',
  notFoundText: 'Tässä osoitteessa ei ole julkaistua tarinaa. Se voi vielä odottaa moderaattoria, tai se on poistettu.',
  pageNotFoundTitle: 'Sivua ei löytynyt',
  pageNotFoundText: 'Tässä osoitteessa ei ole mitään.',
};

export default fi;
