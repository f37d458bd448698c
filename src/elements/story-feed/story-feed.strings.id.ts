// Indonesian words of <chorus-story-feed>. Pure data: fetched only by pages in Indonesian.
import type { Translation } from '../../shared/locale.ts';
import type { storyFeedEn } from './story-feed.strings.ts';

const id: Translation<typeof storyFeedEn> = {
  feedLabel: 'Cerita komunitas',
  loading: 'Memuat cerita…',
  empty: 'Belum ada cerita.',
  emptyFiltered: 'Tidak ada cerita yang cocok dengan filter ini.',
  noMatchYet: 'Belum ada cerita yang cocok di antara yang terbaru. Muat lebih banyak untuk mencari lebih jauh.',
  'kind.boost': 'Promosi',
  'kind.news': 'Berita',
  'kind.story': 'Cerita',
  'kind.event': 'Acara',
  by: 'oleh {author}',
  tags: 'Tag',
  readMore: 'Baca selengkapnya',
  readLess: 'Tampilkan lebih sedikit',
  loadMore: 'Muat cerita lainnya',
  loadingMore: 'Memuat cerita lainnya…',
  added_one: '{count} cerita lagi dimuat.',
  added_other: '{count} cerita lagi dimuat.',
  allShown: 'Semua cerita ditampilkan.',
  filters: 'Filter cerita',
  filterAll: 'Semua',
  retry: 'Coba lagi',
  offline: 'Cerita tidak dapat dimuat. Periksa koneksi Anda, lalu coba lagi.',
  stale: 'Cerita ini disimpan sebelumnya dan mungkin sudah tidak terbaru.',
  staleRateLimited:
    'Batas per jam GitHub untuk jaringan ini sudah habis, jadi cerita yang tersimpan ini mungkin sudah tidak terbaru. Cerita baru dapat dimuat setelah {time}.',
};

export default id;
