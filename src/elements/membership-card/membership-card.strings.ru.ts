// Russian words of <chorus-membership-card>. Pure data: fetched only by pages in Russian.
import type { Translation } from '../../shared/locale.ts';
import type { membershipCardEn } from './membership-card.strings.ts';

const ru: Translation<typeof membershipCardEn> = {
  heading: 'Членство',
  free: 'Бесплатно',
  perYear: '{price} в год',
  once: '{price} единоразово',
  included: 'Включено',
  notIncluded: 'Не включено',
  votes: 'Член с правом голоса',
  noVotes: 'Без права голоса',
  eligibility: 'Кто может вступить',
  join: 'Вступить',
  joinTier: 'Вступить: {tier}',
  highlight: 'Рекомендуем',
  caption: 'Сравнение уровней членства',
  benefit: 'Преимущество',
  price: 'Цена',
  loading: 'Загрузка уровней членства…',
  loadFailed: 'Не удалось загрузить уровни членства.',
  retry: 'Повторить попытку',
};

export default ru;
