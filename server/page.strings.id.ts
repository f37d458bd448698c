// Indonesian words of the server’s story pages. Pure data: fetched only by pages in Indonesian.
import type { Translation } from '../src/shared/locale.ts';
import type { pageEn } from './messages.ts';

const id: Translation<typeof pageEn> = {
  siteName: 'Cerita komunitas',
  documentTitle: '{title} · {site}',
  by: 'Oleh {author}',
  kind_boost: 'Layak dibagikan',
  kind_news: 'Berita',
  kind_story: 'Cerita',
  kind_event: 'Acara',
  readMore: 'Baca selengkapnya di {host}',
  firstPublished: 'Pertama kali diterbitkan di {host}',
  sharedOn: 'Juga di',
  link_github: 'GitHub',
  link_discourse: 'forum',
  link_mastodon: 'Mastodon',
  link_bluesky: 'Bluesky',
  tags: 'Tag',
  follow: 'Ikuti cerita baru:',
  atomFeed: 'Feed Atom',
  jsonFeed: 'JSON Feed',
  backTo: 'Cerita lainnya di {site}',
  notFoundTitle: 'Cerita tidak ditemukan',
  notFoundText: 'Tidak ada cerita terbit di alamat ini. Cerita mungkin masih menunggu moderator, atau sudah diturunkan.',
  pageNotFoundTitle: 'Halaman tidak ditemukan',
  pageNotFoundText: 'Tidak ada apa pun di alamat ini.',
};

export default id;
