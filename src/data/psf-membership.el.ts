// The PSF membership classes in Greek: the same facts as PSF_TIERS in psf-membership.ts
// (PSF bylaws, sections 4.1–4.11). Pure data: fetched only by pages in Greek.
import type { Translation } from '../shared/locale.ts';
import type { psfEn } from './psf-membership.ts';

const el: Translation<typeof psfEn> = {
  'basic.name': 'Βασικό',
  'basic.summary': 'Γίνετε δωρεάν μέλος του PSF και μέρος της κοινότητάς του.',
  'basic.eligibility': 'Εγγραφείτε και αποδεχτείτε τον Κώδικα Δεοντολογίας του PSF.',
  'basic.note': '',
  'basic.benefit0': 'Συμμετοχή στις συνελεύσεις μελών του PSF',
  'basic.benefit1': 'Υπολογισμός στην απαρτία των συνελεύσεων μελών',
  'supporting.name': 'Υποστηρικτικό',
  'supporting.summary': 'Χρηματοδοτήστε το έργο του PSF με ετήσια δωρεά· ψηφίστε στις εκλογές του PSF για τους δώδεκα μήνες μετά από κάθε πληρωμή.',
  'supporting.eligibility': 'Κάντε ετήσια δωρεά (προτεινόμενο ποσό 99 USD, κλιμακωτά από 25 USD) ή πληρώστε την εφάπαξ ισόβια συνδρομή.',
  'supporting.note': 'Προτεινόμενο ποσό· κλιμακωτά από 25 USD ή ισόβια συνδρομή.',
  'supporting.benefit0': 'Συμμετοχή στις συνελεύσεις μελών του PSF',
  'supporting.benefit1': 'Υπολογισμός στην απαρτία των συνελεύσεων μελών',
  'contributing.name': 'Συνεισφέρον',
  'contributing.summary': 'Προσφέρετε εθελοντική εργασία στην κοινότητα της Python και ψηφίστε στις εκλογές του PSF.',
  'contributing.eligibility':
    'Προσφέρετε τουλάχιστον πέντε ώρες τον μήνα εθελοντικής εργασίας που προωθεί την αποστολή του PSF (εργασία που διατίθεται με άδεια ανοιχτού κώδικα) και βεβαιώστε το κάθε χρόνο.',
  'contributing.note': 'Ο χρόνος σας: τουλάχιστον πέντε ώρες τον μήνα.',
  'contributing.benefit0': 'Συμμετοχή στις συνελεύσεις μελών του PSF',
  'contributing.benefit1': 'Υπολογισμός στην απαρτία των συνελεύσεων μελών',
  'fellow.name': 'Fellow',
  'fellow.summary': 'Αναγνώριση για εξαιρετική συνεισφορά στην Python· ισόβιο μέλος με δικαίωμα ψήφου.',
  'fellow.eligibility':
    'Προτείνεται από μέλος με δικαίωμα ψήφου ή από ομάδα εργασίας του PSF για εξαιρετική συνεισφορά και εγκρίνεται. Η ιδιότητα του Fellow είναι ισόβια.',
  'fellow.note': 'Με πρόταση· ισόβια.',
  'fellow.benefit0': 'Συμμετοχή στις συνελεύσεις μελών του PSF',
  'fellow.benefit1': 'Υπολογισμός στην απαρτία των συνελεύσεων μελών',
  'psf.heading': 'Γίνετε μέλος του Python Software Foundation',
  'psf.votingNote': 'Τα μέλη με δικαίωμα ψήφου επιβεβαιώνουν κάθε χρόνο ότι σκοπεύουν να ψηφίσουν στις εκλογές του PSF.',
};

export default el;
