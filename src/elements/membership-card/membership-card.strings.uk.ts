// Ukrainian words of <chorus-membership-card>. Pure data: fetched only by pages in Ukrainian.
import type { Translation } from '../../shared/locale.ts';
import type { membershipCardEn } from './membership-card.strings.ts';

const uk: Translation<typeof membershipCardEn> = {
  heading: 'Членство',
  free: 'Безкоштовно',
  perYear: '{price} на рік',
  once: '{price} одноразово',
  included: 'Включено',
  notIncluded: 'Не включено',
  votes: 'Член із правом голосу',
  noVotes: 'Без права голосу',
  eligibility: 'Хто може приєднатися',
  join: 'Приєднатися',
  joinTier: 'Приєднатися: {tier}',
  highlight: 'Рекомендовано',
  caption: 'Порівняння рівнів членства',
  benefit: 'Перевага',
  price: 'Ціна',
  loading: 'Завантаження рівнів членства…',
  loadFailed: 'Не вдалося завантажити рівні членства.',
  retry: 'Спробувати ще раз',
};

export default uk;
