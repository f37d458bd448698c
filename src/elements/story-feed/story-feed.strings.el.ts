// Greek words of <chorus-story-feed>. Pure data: fetched only by pages in Greek.
import type { Translation } from '../../shared/locale.ts';
import type { storyFeedEn } from './story-feed.strings.ts';

const el: Translation<typeof storyFeedEn> = {
  feedLabel: 'Ιστορίες της κοινότητας',
  loading: 'Φόρτωση ιστοριών…',
  empty: 'Δεν υπάρχουν ακόμη ιστορίες.',
  emptyFiltered: 'Καμία ιστορία δεν ταιριάζει με αυτό το φίλτρο.',
  noMatchYet: 'Δεν υπάρχουν ακόμη ιστορίες που να ταιριάζουν ανάμεσα στις πιο πρόσφατες. Φορτώστε περισσότερες για να ψάξετε παλαιότερα.',
  'kind.boost': 'Προώθηση',
  'kind.news': 'Νέα',
  'kind.story': 'Ιστορία',
  'kind.event': 'Εκδήλωση',
  by: 'από {author}',
  tags: 'Ετικέτες',
  readMore: 'Διαβάστε περισσότερα',
  readLess: 'Εμφάνιση λιγότερων',
  loadMore: 'Φόρτωση περισσότερων ιστοριών',
  loadingMore: 'Φόρτωση περισσότερων ιστοριών…',
  added_one: 'Φορτώθηκε {count} ακόμη ιστορία.',
  added_other: 'Φορτώθηκαν {count} ακόμη ιστορίες.',
  allShown: 'Εμφανίζονται όλες οι ιστορίες.',
  filters: 'Φιλτράρισμα ιστοριών',
  filterAll: 'Όλες',
  retry: 'Δοκιμάστε ξανά',
  offline: 'Δεν ήταν δυνατή η φόρτωση των ιστοριών. Ελέγξτε τη σύνδεσή σας και δοκιμάστε ξανά.',
  stale: 'Αυτές οι ιστορίες αποθηκεύτηκαν νωρίτερα και ίσως δεν είναι ενημερωμένες.',
  staleRateLimited:
    'Το ωριαίο όριο του GitHub για αυτό το δίκτυο εξαντλήθηκε, οπότε αυτές οι αποθηκευμένες ιστορίες ίσως δεν είναι ενημερωμένες. Νέες μπορούν να φορτωθούν μετά τις {time}.',
};

export default el;
