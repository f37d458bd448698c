// Swahili words of the server’s story pages. Pure data: fetched only by pages in Swahili.
import type { Translation } from '../src/shared/locale.ts';
import type { pageEn } from './messages.ts';

const sw: Translation<typeof pageEn> = {
  siteName: 'Hadithi za jumuiya',
  documentTitle: '{title} · {site}',
  by: 'Na {author}',
  kind_boost: 'Inafaa kushirikiwa',
  kind_news: 'Habari',
  kind_story: 'Hadithi',
  kind_event: 'Tukio',
  readMore: 'Soma zaidi kwenye {host}',
  firstPublished: 'Ilichapishwa kwanza kwenye {host}',
  sharedOn: 'Pia kwenye',
  link_github: 'GitHub',
  link_discourse: 'jukwaa',
  link_mastodon: 'Mastodon',
  link_bluesky: 'Bluesky',
  tags: 'Lebo',
  follow: 'Fuatilia hadithi mpya:',
  atomFeed: 'Mlisho wa Atom',
  jsonFeed: 'JSON Feed',
  backTo: 'Hadithi zaidi kwenye {site}',
  notFoundTitle: 'Hadithi haikupatikana',
  notFoundText: 'Hakuna hadithi iliyochapishwa kwenye anwani hii. Huenda bado inasubiri msimamizi, au iliondolewa.',
  pageNotFoundTitle: 'Ukurasa haukupatikana',
  pageNotFoundText: 'Hakuna kitu kwenye anwani hii.',
};

export default sw;
