// Turkish words of <chorus-membership-card>. Pure data: fetched only by pages in Turkish.
import type { Translation } from '../../shared/locale.ts';
import type { membershipCardEn } from './membership-card.strings.ts';

const tr: Translation<typeof membershipCardEn> = {
  heading: 'Üyelik',
  free: 'Ücretsiz',
  perYear: 'Yıllık {price}',
  once: 'Tek seferlik {price}',
  included: 'Dahil',
  notIncluded: 'Dahil değil',
  votes: 'Oy hakkı olan üye',
  noVotes: 'Oy hakkı yok',
  eligibility: 'Kimler katılabilir',
  join: 'Katıl',
  joinTier: 'Katıl: {tier}',
  highlight: 'Önerilen',
  caption: 'Üyelik türlerinin karşılaştırması',
  benefit: 'Avantaj',
  price: 'Ücret',
  loading: 'Üyelik türleri yükleniyor…',
  loadFailed: 'Üyelik türleri yüklenemedi.',
  retry: 'Tekrar dene',
};

export default tr;
