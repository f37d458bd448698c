// European Portuguese words of <chorus-membership-card>. Pure data: fetched only by pages in European Portuguese.
import type { Translation } from '../../shared/locale.ts';
import type { membershipCardEn } from './membership-card.strings.ts';

const ptPT: Translation<typeof membershipCardEn> = {
  heading: 'Adesão',
  free: 'Gratuito',
  perYear: '{price} por ano',
  once: '{price} num pagamento único',
  included: 'Incluído',
  notIncluded: 'Não incluído',
  votes: 'Membro com direito de voto',
  noVotes: 'Sem direito de voto',
  eligibility: 'Quem pode aderir',
  join: 'Aderir',
  joinTier: 'Aderir: {tier}',
  highlight: 'Recomendado',
  caption: 'Comparação das categorias de membro',
  benefit: 'Benefício',
  price: 'Preço',
  loading: 'A carregar as categorias de membro…',
  loadFailed: 'Não foi possível carregar as categorias de membro.',
  retry: 'Tentar novamente',
};

export default ptPT;
