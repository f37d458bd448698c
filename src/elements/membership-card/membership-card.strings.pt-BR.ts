// Brazilian Portuguese words of <chorus-membership-card>. Pure data: fetched only by pages in Brazilian Portuguese.
import type { Translation } from '../../shared/locale.ts';
import type { membershipCardEn } from './membership-card.strings.ts';

const ptBR: Translation<typeof membershipCardEn> = {
  heading: 'Associação',
  free: 'Grátis',
  perYear: '{price} por ano',
  once: '{price} em pagamento único',
  included: 'Incluído',
  notIncluded: 'Não incluído',
  votes: 'Membro com direito a voto',
  noVotes: 'Sem direito a voto',
  eligibility: 'Quem pode se associar',
  join: 'Associar-se',
  joinTier: 'Associar-se: {tier}',
  highlight: 'Recomendado',
  caption: 'Comparação das categorias de associação',
  benefit: 'Benefício',
  price: 'Preço',
  loading: 'Carregando as categorias de associação…',
  loadFailed: 'Não foi possível carregar as categorias de associação.',
  retry: 'Tentar novamente',
};

export default ptBR;
