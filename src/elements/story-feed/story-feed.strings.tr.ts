// Turkish words of <chorus-story-feed>. Pure data: fetched only by pages in Turkish.
import type { Translation } from '../../shared/locale.ts';
import type { storyFeedEn } from './story-feed.strings.ts';

const tr: Translation<typeof storyFeedEn> = {
  feedLabel: 'Topluluk hikâyeleri',
  loading: 'Hikâyeler yükleniyor…',
  empty: 'Henüz hikâye yok.',
  emptyFiltered: 'Bu filtreye uyan hikâye yok.',
  noMatchYet: 'En yeniler arasında henüz eşleşen hikâye yok. Daha geriye bakmak için daha fazla yükleyin.',
  'kind.boost': 'Öne çıkan',
  'kind.news': 'Haber',
  'kind.story': 'Hikâye',
  'kind.event': 'Etkinlik',
  by: 'yazan: {author}',
  tags: 'Etiketler',
  readMore: 'Devamını oku',
  readLess: 'Daha az göster',
  loadMore: 'Daha fazla hikâye yükle',
  loadingMore: 'Daha fazla hikâye yükleniyor…',
  added_one: '{count} hikâye daha yüklendi.',
  added_other: '{count} hikâye daha yüklendi.',
  allShown: 'Tüm hikâyeler gösteriliyor.',
  filters: 'Hikâyeleri filtrele',
  filterAll: 'Tümü',
  retry: 'Tekrar dene',
  offline: 'Hikâyeler yüklenemedi. Bağlantınızı kontrol edip tekrar deneyin.',
  stale: 'Bu hikâyeler daha önce kaydedildi ve güncel olmayabilir.',
  staleRateLimited: 'GitHub’ın bu ağ için saatlik sınırı doldu, bu yüzden kayıtlı hikâyeler güncel olmayabilir. Yeni hikâyeler {time} sonrasında yüklenebilir.',
};

export default tr;
