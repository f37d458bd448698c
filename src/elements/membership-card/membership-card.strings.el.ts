// Greek words of <chorus-membership-card>. Pure data: fetched only by pages in Greek.
import type { Translation } from '../../shared/locale.ts';
import type { membershipCardEn } from './membership-card.strings.ts';

const el: Translation<typeof membershipCardEn> = {
  heading: 'Συνδρομή μέλους',
  free: 'Δωρεάν',
  perYear: '{price} τον χρόνο',
  once: '{price} εφάπαξ',
  included: 'Περιλαμβάνεται',
  notIncluded: 'Δεν περιλαμβάνεται',
  votes: 'Μέλος με δικαίωμα ψήφου',
  noVotes: 'Χωρίς δικαίωμα ψήφου',
  eligibility: 'Ποιος μπορεί να γίνει μέλος',
  join: 'Εγγραφή',
  joinTier: 'Εγγραφή: {tier}',
  highlight: 'Προτείνεται',
  caption: 'Σύγκριση κατηγοριών μέλους',
  benefit: 'Προνόμιο',
  price: 'Τιμή',
  loading: 'Φόρτωση κατηγοριών μέλους…',
  loadFailed: 'Δεν ήταν δυνατή η φόρτωση των κατηγοριών μέλους.',
  retry: 'Δοκιμάστε ξανά',
};

export default el;
