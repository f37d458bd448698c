// Indonesian words of <chorus-poll>. Pure data: fetched only by pages in Indonesian.
import type { Translation } from '../../shared/locale.ts';
import type { pollEn } from './poll.strings.ts';

const id: Translation<typeof pollEn> = {
  loading: 'Memuat polling…',
  loadFailed: 'Polling tidak dapat dimuat: {reason}',
  noEndpoint: 'Polling ini tidak punya server untuk dibaca. Atur endpoint-nya.',
  retry: 'Coba lagi',
  chooseOne: 'Pilih satu jawaban.',
  chooseMany: 'Pilih satu jawaban atau lebih.',
  vote: 'Beri suara',
  changeVote: 'Ubah suara Anda',
  voting: 'Mengirim suara Anda…',
  showResults: 'Tampilkan hasil',
  hideResults: 'Kembali ke pemungutan suara',
  resultsLater: 'Hasil muncul setelah Anda memberikan suara.',
  results: 'Hasil',
  votes_one: '{count} suara',
  votes_other: '{count} suara',
  share: '{percent}, {votes}',
  total_one: '{count} orang memberikan suara',
  total_other: '{count} orang memberikan suara',
  yourChoice: 'pilihan Anda',
  counted: 'Suara Anda telah dihitung.',
  closed: 'Polling ini sudah ditutup. Berikut hasil akhirnya.',
  closesAt: 'Ditutup {time}',
  closedBeforeVote: 'Polling ini ditutup sebelum suara Anda masuk. Suara Anda tidak dihitung.',
  voteFailed: 'Suara Anda tidak dihitung: {reason} Pilihan Anda tetap tersimpan; coba lagi.',
  rateLimited_one: 'Terlalu banyak suara dari jaringan Anda. Pilihan Anda tetap tersimpan; coba lagi dalam {count} menit.',
  rateLimited_other: 'Terlalu banyak suara dari jaringan Anda. Pilihan Anda tetap tersimpan; coba lagi dalam {count} menit.',
  required: 'Pilih jawaban, lalu berikan suara.',
  deleted: 'Polling ini telah dihapus.',
  liveLeader: 'Hasil langsung: {option} unggul dengan {percent}, {total}.',
  liveTotal: 'Hasil langsung: {total}.',
  finalLeader: 'Polling ditutup. {option} menang dengan {percent}, {total}.',
};

export default id;
