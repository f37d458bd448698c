// Hindi words of <chorus-story-feed>. Pure data: fetched only by pages in Hindi.
import type { Translation } from '../../shared/locale.ts';
import type { storyFeedEn } from './story-feed.strings.ts';

const hi: Translation<typeof storyFeedEn> = {
  feedLabel: 'समुदाय की कहानियाँ',
  loading: 'कहानियाँ लोड हो रही हैं…',
  empty: 'अभी कोई कहानी नहीं है।',
  emptyFiltered: 'इस फ़िल्टर से कोई कहानी मेल नहीं खाती।',
  noMatchYet: 'नवीनतम में अभी तक कोई मेल खाती कहानी नहीं है। और पीछे खोजने के लिए और लोड करें।',
  'kind.boost': 'बढ़ावा',
  'kind.news': 'समाचार',
  'kind.story': 'कहानी',
  'kind.event': 'कार्यक्रम',
  by: 'लेखक: {author}',
  tags: 'टैग',
  readMore: 'और पढ़ें',
  readLess: 'कम दिखाएँ',
  loadMore: 'और कहानियाँ लोड करें',
  loadingMore: 'और कहानियाँ लोड हो रही हैं…',
  added_one: '{count} और कहानी लोड हुई।',
  added_other: '{count} और कहानियाँ लोड हुईं।',
  allShown: 'सभी कहानियाँ दिखाई जा रही हैं।',
  filters: 'कहानियाँ फ़िल्टर करें',
  filterAll: 'सभी',
  retry: 'फिर से कोशिश करें',
  offline: 'कहानियाँ लोड नहीं हो सकीं। अपना कनेक्शन जाँचें, फिर से कोशिश करें।',
  stale: 'ये कहानियाँ पहले सहेजी गई थीं और हो सकता है कि पुरानी हों।',
  staleRateLimited: 'इस नेटवर्क के लिए GitHub की प्रति घंटे की सीमा खत्म हो गई है, इसलिए हो सकता है कि ये सहेजी गई कहानियाँ पुरानी हों। नई कहानियाँ {time} के बाद लोड हो सकेंगी।',
};

export default hi;
