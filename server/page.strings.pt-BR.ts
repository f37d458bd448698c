// Brazilian Portuguese words of the server’s story pages. Pure data: fetched only by pages in Brazilian Portuguese.
import type { Translation } from '../src/shared/locale.ts';
import type { pageEn } from './messages.ts';

const ptBR: Translation<typeof pageEn> = {
  siteName: 'Histórias da comunidade',
  documentTitle: '{title} · {site}',
  by: 'Por {author}',
  kind_boost: 'Vale a pena compartilhar',
  kind_news: 'Notícia',
  kind_story: 'História',
  kind_event: 'Evento',
  readMore: 'Leia mais em {host}',
  firstPublished: 'Publicada originalmente em {host}',
  sharedOn: 'Também em',
  link_github: 'GitHub',
  link_discourse: 'o fórum',
  link_mastodon: 'Mastodon',
  link_bluesky: 'Bluesky',
  tags: 'Tags',
  follow: 'Acompanhe as novas histórias:',
  atomFeed: 'Feed Atom',
  jsonFeed: 'JSON Feed',
  backTo: 'Mais histórias em {site}',
  notFoundTitle: 'História não encontrada',
  notFoundText: 'Não há nenhuma história publicada neste endereço. Ela pode ainda estar aguardando a moderação, ou foi removida.',
  pageNotFoundTitle: 'Página não encontrada',
  pageNotFoundText: 'Não há nada neste endereço.',
};

export default ptBR;
