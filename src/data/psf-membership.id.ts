// The PSF membership classes in Indonesian: the same facts as PSF_TIERS in psf-membership.ts
// (PSF bylaws, sections 4.1–4.11). Pure data: fetched only by pages in Indonesian.
import type { Translation } from '../shared/locale.ts';
import type { psfEn } from './psf-membership.ts';

const id: Translation<typeof psfEn> = {
  'basic.name': 'Dasar',
  'basic.summary': 'Bergabunglah dengan PSF secara gratis dan jadilah bagian dari komunitasnya.',
  'basic.eligibility': 'Daftar dan setujui Kode Etik PSF.',
  'basic.note': '',
  'basic.benefit0': 'Menghadiri rapat anggota PSF',
  'basic.benefit1': 'Dihitung dalam kuorum rapat anggota',
  'supporting.name': 'Pendukung',
  'supporting.summary': 'Danai kerja PSF dengan donasi tahunan; berikan suara dalam pemilihan PSF selama dua belas bulan setelah setiap pembayaran.',
  'supporting.eligibility': 'Berikan donasi tahunan (disarankan US$99, skala fleksibel mulai US$25) atau bayar biaya seumur hidup.',
  'supporting.note': 'Disarankan; skala fleksibel mulai US$25, atau biaya seumur hidup.',
  'supporting.benefit0': 'Menghadiri rapat anggota PSF',
  'supporting.benefit1': 'Dihitung dalam kuorum rapat anggota',
  'contributing.name': 'Kontributor',
  'contributing.summary': 'Jadilah sukarelawan bagi komunitas Python dan berikan suara dalam pemilihan PSF.',
  'contributing.eligibility':
    'Jadilah sukarelawan setidaknya lima jam sebulan untuk pekerjaan yang memajukan misi PSF (pekerjaan yang dirilis dengan lisensi sumber terbuka), dan nyatakan hal itu setiap tahun.',
  'contributing.note': 'Waktu Anda: setidaknya lima jam sebulan.',
  'contributing.benefit0': 'Menghadiri rapat anggota PSF',
  'contributing.benefit1': 'Dihitung dalam kuorum rapat anggota',
  'fellow.name': 'Fellow',
  'fellow.summary': 'Penghargaan atas kontribusi luar biasa bagi Python; anggota dengan hak suara seumur hidup.',
  'fellow.eligibility':
    'Dinominasikan oleh anggota dengan hak suara atau kelompok kerja PSF atas kontribusi luar biasa, lalu disetujui. Status Fellow berlaku seumur hidup.',
  'fellow.note': 'Melalui nominasi; seumur hidup.',
  'fellow.benefit0': 'Menghadiri rapat anggota PSF',
  'fellow.benefit1': 'Dihitung dalam kuorum rapat anggota',
  'psf.heading': 'Jadilah anggota Python Software Foundation',
  'psf.votingNote': 'Anggota dengan hak suara menegaskan setiap tahun bahwa mereka berniat memberikan suara dalam pemilihan PSF.',
};

export default id;
