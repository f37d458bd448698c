// Indonesian failure messages. Pure data: fetched only by pages in Indonesian.
import type { Translation } from './locale.ts';
import type { errorMessagesEn } from './error-messages.strings.ts';

const id: Translation<typeof errorMessagesEn> = {
  'read.network': 'Cerita tidak dapat dimuat. Periksa koneksi Anda, lalu coba lagi.',
  'read.timeout': 'Cerita terlalu lama dimuat. Coba lagi sebentar lagi.',
  'read.rate-limited': 'Terlalu banyak permintaan cerita. Coba lagi dalam beberapa menit.',
  'read.rateLimitedUntil': 'Batas per jam GitHub untuk jaringan ini sudah habis. Coba lagi setelah {time}.',
  'read.cors':
    'Forum {forum} tidak mengizinkan situs ini membaca ceritanya. Admin forum harus mengaktifkan “enable cors” dan menambahkan {origin} ke “cors origins”.',
  'read.not-found': 'Cerita tidak ditemukan. Periksa alamat sumber daftar cerita ini.',
  'read.forbidden': 'Cerita tidak bersifat publik, atau situs ini tidak diizinkan membacanya.',
  'read.unauthorized': 'Cerita tidak bersifat publik, atau situs ini tidak diizinkan membacanya.',
  'read.unsupported': 'Daftar cerita ini tidak memiliki sumber yang dapat dibacanya. Atur source atau endpoint-nya.',
  'read.invalid-response': 'Cerita tiba dalam format yang tidak dapat dibaca oleh daftar ini.',
  'read.server': 'Server cerita sedang bermasalah. Coba lagi dalam beberapa menit.',
  'read.other': 'Cerita tidak dapat dimuat. Coba lagi.',
  'reason.network': 'server tidak dapat dijangkau.',
  'reason.timeout': 'server tidak menjawab tepat waktu.',
  'reason.server': 'server mengalami masalah.',
  'reason.not-found': 'tidak ditemukan di server.',
  'reason.forbidden': 'token ini tidak diizinkan melakukannya.',
  'reason.rate-limited': 'terlalu banyak permintaan; tunggu sebentar.',
  'reason.other': 'server mengirim jawaban yang tidak dipahami Chorus.',
  'send.other': 'Kami tidak dapat mengirim cerita Anda. Cerita tersimpan di perangkat ini. Coba lagi sebentar lagi.',
  'send.payload-too-large': 'Cerita Anda terlalu besar untuk dikirim. Persingkat, lalu coba lagi.',
  'send.rate-limited': 'Anda telah mengirim banyak cerita dalam waktu singkat. Coba lagi nanti.',
  'send.rateLimitedSeconds_one': 'Anda telah mengirim banyak cerita dalam waktu singkat. Coba lagi dalam {count} detik.',
  'send.rateLimitedSeconds_other': 'Anda telah mengirim banyak cerita dalam waktu singkat. Coba lagi dalam {count} detik.',
  'send.rateLimitedAt': 'Anda telah mengirim banyak cerita dalam waktu singkat. Coba lagi setelah {time}.',
};

export default id;
