// Indonesian words of the story schema’s field messages. Pure data: fetched only by pages in Indonesian.
import type { Translation } from '../shared/locale.ts';
import type { schemaEn } from './schema.strings.ts';

const id: Translation<typeof schemaEn> = {
  'kind.invalid': 'Pilih jenis cerita ini',
  'title.required': 'Masukkan judul',
  'title.tooLong': 'Masukkan judul maksimal 120 karakter',
  'title.invalid': 'Masukkan judul',
  'body.required': 'Tulis cerita Anda',
  'body.tooLong': 'Persingkat cerita Anda menjadi maksimal 20.000 karakter',
  'body.boostTooLong': 'Persingkat pesan Anda menjadi maksimal 500 karakter, atau pilih jenis cerita lain',
  'body.invalid': 'Tulis cerita Anda',
  'link.required': 'Masukkan tautan ke postingan yang ingin Anda minta kami bagikan',
  'link.invalid': 'Masukkan tautan yang diawali dengan https:// atau http://',
  'link.tooLong': 'Masukkan tautan maksimal 2.048 karakter',
  'tags.tooMany': 'Pilih maksimal 5 tag',
  'tags.invalid': 'Gunakan tag berisi 1 hingga 32 huruf kecil, angka, atau tanda hubung',
  'authorName.required': 'Masukkan nama Anda',
  'authorName.tooLong': 'Masukkan nama maksimal 80 karakter',
  'authorName.invalid': 'Masukkan nama Anda',
  'authorEmail.invalid': 'Masukkan alamat email seperti nama@example.org, atau biarkan kosong',
  'authorEmail.tooLong': 'Masukkan alamat email maksimal 254 karakter',
  'region.tooLong': 'Masukkan wilayah maksimal 80 karakter',
  'region.invalid': 'Masukkan wilayah maksimal 80 karakter, atau biarkan kosong',
  'language.invalid': 'Masukkan kode bahasa seperti id atau pt-BR, atau biarkan kosong',
  'consent.required': 'Centang kotak untuk menyetujui bahwa tim komunitas boleh menerbitkan cerita Anda',
  'text.controlCharacters': 'Hapus karakter kontrol tak terlihat dari teks ini',
  'startedAt.invalid': 'Muat ulang halaman dan kirim formulir lagi',
  invalid: 'Periksa jawaban ini',
};

export default id;
