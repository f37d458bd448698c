// Hindi words of the server’s story pages. Pure data: fetched only by pages in Hindi.
import type { Translation } from '../src/shared/locale.ts';
import type { pageEn } from './messages.ts';

const hi: Translation<typeof pageEn> = {
  siteName: 'समुदाय की कहानियाँ',
  documentTitle: '{title} · {site}',
  by: 'लेखक: {author}',
  kind_boost: 'साझा करने लायक',
  kind_news: 'समाचार',
  kind_story: 'कहानी',
  kind_event: 'कार्यक्रम',
  readMore: '{host} पर और पढ़ें',
  firstPublished: 'पहली बार {host} पर प्रकाशित',
  sharedOn: 'यहाँ भी:',
  link_github: 'GitHub',
  link_discourse: 'फ़ोरम',
  link_mastodon: 'Mastodon',
  link_bluesky: 'Bluesky',
  tags: 'टैग',
  follow: 'नई कहानियाँ फ़ॉलो करें:',
  atomFeed: 'Atom फ़ीड',
  jsonFeed: 'JSON Feed',
  backTo: '{site} पर और कहानियाँ',
  notFoundTitle: 'कहानी नहीं मिली',
  notFoundText: 'इस पते पर कोई प्रकाशित कहानी नहीं है। हो सकता है कि यह अभी भी किसी मॉडरेटर की प्रतीक्षा में हो, या इसे हटा दिया गया हो।',
  pageNotFoundTitle: 'पेज नहीं मिला',
  pageNotFoundText: 'इस पते पर कुछ नहीं है।',
};

export default hi;
