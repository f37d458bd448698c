// French words of the server’s story pages. Pure data: fetched only by pages in French.
import type { Translation } from '../src/shared/locale.ts';
import type { pageEn } from './messages.ts';

const fr: Translation<typeof pageEn> = {
  siteName: 'Histoires de la communauté',
  documentTitle: '{title} · {site}',
  by: 'Par {author}',
  kind_boost: 'À partager',
  kind_news: 'Actualité',
  kind_story: 'Histoire',
  kind_event: 'Événement',
  readMore: 'Lire la suite sur {host}',
  firstPublished: 'Publiée d’abord sur {host}',
  sharedOn: 'Aussi sur',
  link_github: 'GitHub',
  link_discourse: 'le forum',
  link_mastodon: 'Mastodon',
  link_bluesky: 'Bluesky',
  tags: 'Étiquettes',
  follow: 'Suivre les nouvelles histoires :',
  atomFeed: 'Flux Atom',
  jsonFeed: 'JSON Feed',
  backTo: 'Plus d’histoires sur {site}',
  notFoundTitle: 'Histoire introuvable',
  notFoundText: 'Aucune histoire publiée à cette adresse. Elle attend peut-être encore la modération, ou elle a été retirée.',
  pageNotFoundTitle: 'Page introuvable',
  pageNotFoundText: 'Il n’y a rien à cette adresse.',
};

export default fr;
