// Brazilian Portuguese words of <chorus-story-feed>. Pure data: fetched only by pages in Brazilian Portuguese.
import type { Translation } from '../../shared/locale.ts';
import type { storyFeedEn } from './story-feed.strings.ts';

const ptBR: Translation<typeof storyFeedEn> = {
  feedLabel: 'Histórias da comunidade',
  loading: 'Carregando histórias…',
  empty: 'Ainda não há histórias.',
  emptyFiltered: 'Nenhuma história corresponde a este filtro.',
  noMatchYet: 'Ainda não há histórias correspondentes entre as mais recentes. Carregue mais para buscar mais atrás.',
  'kind.boost': 'Divulgação',
  'kind.news': 'Notícia',
  'kind.story': 'História',
  'kind.event': 'Evento',
  by: 'por {author}',
  tags: 'Tags',
  readMore: 'Ler mais',
  readLess: 'Mostrar menos',
  loadMore: 'Carregar mais histórias',
  loadingMore: 'Carregando mais histórias…',
  added_one: 'Mais {count} história carregada.',
  added_other: 'Mais {count} histórias carregadas.',
  added_many: 'Mais {count} histórias carregadas.',
  allShown: 'Todas as histórias estão sendo exibidas.',
  filters: 'Filtrar histórias',
  filterAll: 'Todas',
  retry: 'Tentar novamente',
  offline: 'Não foi possível carregar as histórias. Verifique sua conexão e tente novamente.',
  stale: 'Estas histórias foram salvas antes e podem estar desatualizadas.',
  staleRateLimited:
    'O limite por hora do GitHub para esta rede se esgotou, então estas histórias salvas podem estar desatualizadas. Novas histórias poderão ser carregadas depois das {time}.',
};

export default ptBR;
