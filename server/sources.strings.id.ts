// Indonesian: the read-through's messages. Terms as in messages.strings.id.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { sourcesEn } from './sources.strings.ts';

const id: Translation<typeof sourcesEn> = {
  notAllowed: 'Server ini tidak membaca sumber tersebut. Pemilik server dapat menambahkannya ke CHORUS_SOURCE_ALLOWLIST',
  repo: 'Tentukan repositori sebagai repo=PEMILIK/REPO',
  url: 'Tentukan daftar forum sebagai url=https://forum.example.org/c/SLUG/ID',
  cursor: 'Kursor ini tidak valid di sini: mulai lagi dari halaman pertama',
  kind: 'Pilih jenis: boost, news, story, atau event',
  upstream: 'Sumber tidak merespons seperti yang diharapkan. Coba lagi sebentar lagi',
  upstreamNotFound: 'Sumber tidak memiliki repositori atau daftar tersebut',
  upstreamLimited: 'Sumber sedang menolak permintaan. Coba lagi nanti',
};

export default id;
