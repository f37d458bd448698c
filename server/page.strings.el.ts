// Greek words of the server’s story pages. Pure data: fetched only by pages in Greek.
import type { Translation } from '../src/shared/locale.ts';
import type { pageEn } from './messages.ts';

const el: Translation<typeof pageEn> = {
  siteName: 'Ιστορίες της κοινότητας',
  documentTitle: '{title} · {site}',
  by: 'Από: {author}',
  kind_boost: 'Αξίζει να το δείτε',
  kind_news: 'Νέα',
  kind_story: 'Ιστορία',
  kind_event: 'Εκδήλωση',
  readMore: 'Διαβάστε περισσότερα στο {host}',
  firstPublished: 'Δημοσιεύτηκε αρχικά στο {host}',
  sharedOn: 'Επίσης σε:',
  link_github: 'GitHub',
  link_discourse: 'φόρουμ',
  link_mastodon: 'Mastodon',
  link_bluesky: 'Bluesky',
  tags: 'Ετικέτες',
  follow: 'Ακολουθήστε τις νέες ιστορίες:',
  atomFeed: 'Ροή Atom',
  jsonFeed: 'JSON Feed',
  backTo: 'Περισσότερες ιστορίες στο {site}',
  notFoundTitle: 'Η ιστορία δεν βρέθηκε',
  notFoundText: 'Δεν υπάρχει δημοσιευμένη ιστορία σε αυτή τη διεύθυνση. Ίσως περιμένει ακόμη έναν συντονιστή ή αφαιρέθηκε.',
  pageNotFoundTitle: 'Η σελίδα δεν βρέθηκε',
  pageNotFoundText: 'Δεν υπάρχει τίποτα σε αυτή τη διεύθυνση.',
};

export default el;
