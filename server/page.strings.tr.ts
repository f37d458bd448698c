// Turkish words of the server’s story pages. Pure data: fetched only by pages in Turkish.
import type { Translation } from '../src/shared/locale.ts';
import type { pageEn } from './messages.ts';

const tr: Translation<typeof pageEn> = {
  siteName: 'Topluluk hikâyeleri',
  documentTitle: '{title} · {site}',
  by: 'Yazan: {author}',
  kind_boost: 'Paylaşmaya değer',
  kind_news: 'Haber',
  kind_story: 'Hikâye',
  kind_event: 'Etkinlik',
  readMore: 'Devamını {host} üzerinde okuyun',
  firstPublished: 'İlk olarak {host} üzerinde yayımlandı',
  sharedOn: 'Ayrıca şurada:',
  link_github: 'GitHub',
  link_discourse: 'forum',
  link_mastodon: 'Mastodon',
  link_bluesky: 'Bluesky',
  tags: 'Etiketler',
  follow: 'Yeni hikâyeleri takip edin:',
  atomFeed: 'Atom akışı',
  jsonFeed: 'JSON Feed',
  backTo: '{site} sitesinde daha fazla hikâye',
  notFoundTitle: 'Hikâye bulunamadı',
  notFoundText: 'Bu adreste yayımlanmış bir hikâye yok. Hâlâ bir moderatörü bekliyor olabilir ya da yayından kaldırılmış olabilir.',
  pageNotFoundTitle: 'Sayfa bulunamadı',
  pageNotFoundText: 'Bu adreste hiçbir şey yok.',
};

export default tr;
