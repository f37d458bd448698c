// Indonesian words of the poll schema’s messages. Pure data: fetched only by pages in Indonesian.
import type { Translation } from '../shared/locale.ts';
import type { pollSchemaEn } from './poll.strings.ts';

const id: Translation<typeof pollSchemaEn> = {
  'question.required': 'Masukkan pertanyaan',
  'question.tooLong': 'Masukkan pertanyaan maksimal 200 karakter',
  'question.invalid': 'Masukkan pertanyaan',
  'options.tooFew': 'Berikan setidaknya 2 jawaban untuk dipilih',
  'options.tooMany': 'Berikan maksimal 10 jawaban',
  'options.textRequired': 'Masukkan teks setiap jawaban, atau hapus jawaban yang kosong',
  'options.textTooLong': 'Persingkat setiap jawaban menjadi maksimal 100 karakter',
  'options.duplicate': 'Berikan teks yang berbeda untuk setiap jawaban',
  'options.invalid': 'Berikan daftar berisi 2 hingga 10 jawaban',
  'multiple.invalid': 'Pilih apakah orang boleh memilih beberapa jawaban',
  'resultsBeforeVote.invalid': 'Pilih apakah orang boleh melihat hasil sebelum memberikan suara',
  'closesAt.invalid': 'Masukkan waktu penutupan seperti 2025-01-31T18:00:00Z, atau biarkan kosong',
  'closesAt.past': 'Pilih waktu penutupan di masa mendatang, atau biarkan kosong',
  'vote.required': 'Pilih jawaban, lalu berikan suara',
  'vote.single': 'Pilih satu jawaban saja',
  'vote.unknown': 'Jawaban ini sudah tidak ada dalam polling: muat ulang polling dan pilih lagi',
  'voter.invalid': 'Muat ulang halaman dan berikan suara lagi',
  'text.controlCharacters': 'Hapus karakter kontrol tak terlihat dari teks ini',
  invalid: 'Periksa jawaban ini',
};

export default id;
