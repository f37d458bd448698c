// European Portuguese words of <chorus-story-feed>. Pure data: fetched only by pages in European Portuguese.
import type { Translation } from '../../shared/locale.ts';
import type { storyFeedEn } from './story-feed.strings.ts';

const ptPT: Translation<typeof storyFeedEn> = {
  feedLabel: 'Histórias da comunidade',
  loading: 'A carregar histórias…',
  empty: 'Ainda não há histórias.',
  emptyFiltered: 'Nenhuma história corresponde a este filtro.',
  noMatchYet: 'Ainda não há histórias correspondentes entre as mais recentes. Carregue mais para procurar mais atrás.',
  'kind.boost': 'Divulgação',
  'kind.news': 'Notícia',
  'kind.story': 'História',
  'kind.event': 'Evento',
  by: 'por {author}',
  tags: 'Etiquetas',
  readMore: 'Ler mais',
  readLess: 'Mostrar menos',
  loadMore: 'Carregar mais histórias',
  loadingMore: 'A carregar mais histórias…',
  added_one: 'Foi carregada mais {count} história.',
  added_other: 'Foram carregadas mais {count} histórias.',
  added_many: 'Foram carregadas mais {count} histórias.',
  allShown: 'Estão a ser mostradas todas as histórias.',
  filters: 'Filtrar histórias',
  filterAll: 'Todas',
  retry: 'Tentar novamente',
  offline: 'Não foi possível carregar as histórias. Verifique a sua ligação e tente novamente.',
  stale: 'Estas histórias foram guardadas anteriormente e podem estar desatualizadas.',
  staleRateLimited:
    'O limite horário do GitHub para esta rede esgotou-se, por isso estas histórias guardadas podem estar desatualizadas. Poderá carregar novas histórias depois das {time}.',
};

export default ptPT;
