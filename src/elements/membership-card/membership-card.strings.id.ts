// Indonesian words of <chorus-membership-card>. Pure data: fetched only by pages in Indonesian.
import type { Translation } from '../../shared/locale.ts';
import type { membershipCardEn } from './membership-card.strings.ts';

const id: Translation<typeof membershipCardEn> = {
  heading: 'Keanggotaan',
  free: 'Gratis',
  perYear: '{price} per tahun',
  once: '{price} sekali bayar',
  included: 'Termasuk',
  notIncluded: 'Tidak termasuk',
  votes: 'Anggota dengan hak suara',
  noVotes: 'Bukan anggota dengan hak suara',
  eligibility: 'Siapa yang dapat bergabung',
  join: 'Bergabung',
  joinTier: 'Bergabung: {tier}',
  highlight: 'Direkomendasikan',
  caption: 'Perbandingan jenis keanggotaan',
  benefit: 'Manfaat',
  price: 'Harga',
  loading: 'Memuat jenis keanggotaan…',
  loadFailed: 'Jenis keanggotaan tidak dapat dimuat.',
  retry: 'Coba lagi',
};

export default id;
