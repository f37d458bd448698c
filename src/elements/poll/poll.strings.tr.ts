// Turkish words of <chorus-poll>. Pure data: fetched only by pages in Turkish.
import type { Translation } from '../../shared/locale.ts';
import type { pollEn } from './poll.strings.ts';

const tr: Translation<typeof pollEn> = {
  loading: 'Anket yükleniyor…',
  loadFailed: 'Anket yüklenemedi: {reason}',
  noEndpoint: 'Bu anketin veri okuyacağı bir sunucu yok. Endpoint değerini ayarlayın.',
  retry: 'Tekrar dene',
  chooseOne: 'Bir yanıt seçin.',
  chooseMany: 'Bir veya daha fazla yanıt seçin.',
  vote: 'Oy ver',
  changeVote: 'Oyunu değiştir',
  voting: 'Oyunuz gönderiliyor…',
  showResults: 'Sonuçları göster',
  hideResults: 'Oylamaya dön',
  resultsLater: 'Sonuçlar oy verdikten sonra görünür.',
  results: 'Sonuçlar',
  votes_one: '{count} oy',
  votes_other: '{count} oy',
  share: '{percent}, {votes}',
  total_one: '{count} kişi oy verdi',
  total_other: '{count} kişi oy verdi',
  yourChoice: 'seçiminiz',
  counted: 'Oyunuz sayıldı.',
  closed: 'Bu anket kapandı. Kesin sonuçlar bunlardır.',
  closesAt: 'Kapanış: {time}',
  closedBeforeVote: 'Bu anket, oyunuz ulaşmadan kapandı. Oyunuz sayılmadı.',
  voteFailed: 'Oyunuz sayılmadı: {reason} Seçiminiz korundu; tekrar deneyin.',
  rateLimited_one: 'Ağınızdan çok fazla oy geldi. Seçiminiz korundu; {count} dakika sonra tekrar deneyin.',
  rateLimited_other: 'Ağınızdan çok fazla oy geldi. Seçiminiz korundu; {count} dakika sonra tekrar deneyin.',
  required: 'Bir yanıt seçin, ardından oy verin.',
  deleted: 'Bu anket kaldırıldı.',
  liveLeader: 'Canlı sonuçlar: {option} {percent} ile önde, {total}.',
  liveTotal: 'Canlı sonuçlar: {total}.',
  finalLeader: 'Anket kapandı. {option} {percent} ile kazandı, {total}.',
};

export default tr;
