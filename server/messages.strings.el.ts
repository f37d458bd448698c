// Greek words of the server’s error messages. Pure data: fetched only by pages in Greek.
import type { Translation } from '../src/shared/locale.ts';
import type { serverEn } from './messages.ts';

const el: Translation<typeof serverEn> = {
  validation: 'Ελέγξτε τις απαντήσεις που επισημαίνονται παρακάτω και στείλτε ξανά την ιστορία',
  badJson: 'Το σώμα του αιτήματος δεν είναι έγκυρο JSON: στείλτε ένα αντικείμενο JSON',
  storyNotObject: 'Στείλτε την ιστορία ως αντικείμενο JSON, όπως {"kind": "story", "title": "…", …}, όχι ως λίστα, συμβολοσειρά, αριθμό, true/false ή null',
  bodyNotObject: 'Στείλτε ένα αντικείμενο JSON (ή καθόλου σώμα), όχι λίστα, συμβολοσειρά, αριθμό, true/false ή null',
  mediaType: 'Στείλτε την ιστορία ως JSON, με Content-Type: application/json',
  tooLarge: 'Η ιστορία είναι πολύ μεγάλη: στείλτε έως 64 KB',
  rateLimited: 'Στείλατε αρκετές ιστορίες σε σύντομο χρόνο. Δοκιμάστε ξανά σε {minutes} λεπτά',
  conflict: 'Αυτό το Idempotency-Key χρησιμοποιήθηκε ήδη για άλλη ιστορία: χρησιμοποιήστε νέο κλειδί για νέα ιστορία',
  idempotencyKey: 'Στείλτε ένα Idempotency-Key με 1 έως 255 ορατούς χαρακτήρες ASCII',
  originForbidden:
    'Αυτός ο ιστότοπος δεν επιτρέπεται να στέλνει ιστορίες σε αυτόν τον διακομιστή. Ο κάτοχός του μπορεί να προσθέσει τον ιστότοπο στο CHORUS_ALLOWED_ORIGINS',
  notFound: 'Δεν υπάρχει τέτοια σελίδα',
  storyNotFound: 'Δεν υπάρχει δημοσιευμένη ιστορία με αυτό το id',
  unauthorized: 'Συνδεθείτε με το token του κατόχου ή με το token συντονιστή σας (Authorization: Bearer <token>)',
  ownerOnly: 'Μόνο το token του κατόχου μπορεί να διαχειρίζεται συντονιστές',
  moderatorName: 'Δώστε στον συντονιστή όνομα από 1 έως {max} χαρακτήρες, χωρίς χαρακτήρες ελέγχου',
  moderatorNameTaken: 'Υπάρχει ήδη συντονιστής με το όνομα {name}: επιλέξτε άλλο όνομα ή ανακαλέστε πρώτα το δικό του',
  moderatorNotFound: 'Δεν υπάρχει ενεργός συντονιστής με αυτό το id',
  mediaTypeJson: 'Στείλτε JSON, με Content-Type: application/json',
  auditLimit: 'Ζητήστε από 1 έως 200 εγγραφές',
  storyParam: 'Δώστε το story ως id ιστορίας',
  moderatorParam: 'Δώστε το moderator ως id συντονιστή, owner ή system',
  nothingToUndo: 'Δεν υπάρχει απόφαση για αυτή την ιστορία που να μπορεί να αναιρεθεί',
  undoChanged: 'Αυτή η ιστορία άλλαξε από τότε που την είδατε (τώρα είναι {status}): φορτώστε την ξανά πριν από την αναίρεση',
  adminCrossOrigin: 'Το API συντονισμού απαντά μόνο σε σελίδες του δικού του ιστότοπου',
  limit: 'Ζητήστε από 1 έως 100 ιστορίες',
  cursor: 'Αυτός ο δείκτης δεν είναι έγκυρος εδώ: ξεκινήστε ξανά από την πρώτη σελίδα',
  status: 'Επιλέξτε κατάσταση: pending, approved, rejected ή spam',
  channel: 'Επιλέξτε κανάλι: form, github, discourse, slack ή discord',
  date: 'Εισαγάγετε ημερομηνία όπως 2025-01-31 ή 2025-01-31T12:00:00Z',
  format: 'Επιλέξτε μορφή: markdown ή html',
  server: 'Κάτι πήγε στραβά στον διακομιστή. Δοκιμάστε ξανά σε λίγο',
  pageTitle: 'Συντονισμός',
  pageIntro:
    'Ελέγξτε τις ιστορίες που έστειλαν τα μέλη. Συνδεθείτε με το token συντονιστή σας ή με το token του κατόχου (CHORUS_ADMIN_TOKEN ή αυτό που εμφάνισε ο διακομιστής στην πρώτη του εκκίνηση).',
  pageNoScript: 'Η ουρά συντονισμού χρειάζεται JavaScript. Ενεργοποιήστε το για αυτόν τον ιστότοπο και φορτώστε ξανά τη σελίδα.',
  pageNotBuilt:
    'Η ουρά συντονισμού δεν έχει δημιουργηθεί ακόμη. Στον διακομιστή, εκτελέστε npm run build στον φάκελο του Chorus και μετά φορτώστε ξανά αυτή τη σελίδα.',
  pageBackToSite: 'Επιστροφή στις ιστορίες',
  unavailable: 'Η βάση δεδομένων ιστοριών δεν αποκρίνεται',
  metricsToken: 'Στείλτε το token μετρήσεων (Authorization: Bearer <CHORUS_METRICS_TOKEN>)',
  amplifyShape: 'Στείλτε τα κανάλια ως λίστα, όπως {"amplify": ["mastodon"]}. Αυτός ο διακομιστής προσφέρει: {channels}',
  amplifyUnknown: 'Αυτό δεν είναι κανάλι. Επιλέξτε από: {channels}',
  amplifyUnavailable: 'Το {channel} δεν έχει ρυθμιστεί σε αυτόν τον διακομιστή. Επιλέξτε από: {channels}',
  amplifyOrigin: 'Αυτή η ιστορία ήρθε από το {channel} και απαντάται εκεί, δεν αναρτάται ξανά. Επιλέξτε από: {channels}',
  pollNotFound: 'Δεν υπάρχει ψηφοφορία με αυτό το id',
  pollClosed: 'Αυτή η ψηφοφορία έχει λήξει: δεν δέχεται πλέον ψήφους',
  pollVoted:
    'Έχουν ήδη ψηφίσει σε αυτή την ψηφοφορία, οπότε μπορεί να αλλάξει μόνο η ώρα λήξης της. Για να ρωτήσετε κάτι άλλο, κλείστε την και δημιουργήστε νέα ψηφοφορία',
  pollClosedEdit: 'Αυτή η ψηφοφορία έχει λήξει, οπότε δεν μπορεί πλέον να επεξεργαστεί',
  pollValidation: 'Ελέγξτε τις απαντήσεις που επισημαίνονται παρακάτω και στείλτε ξανά την ψηφοφορία',
  voteValidation: 'Ελέγξτε την επιλογή σας και ψηφίστε ξανά',
  pollMediaType: 'Στείλτε JSON, με Content-Type: application/json',
  pollTooLarge: 'Το αίτημα είναι πολύ μεγάλο: στείλτε έως 16 KB',
  voteRateLimited: 'Πολλές ψήφοι ήρθαν από το δίκτυό σας σε σύντομο χρόνο. Δοκιμάστε ξανά σε {minutes} λεπτά',
  voteOriginForbidden:
    'Αυτός ο ιστότοπος δεν επιτρέπεται να στέλνει ψήφους σε αυτόν τον διακομιστή. Ο κάτοχός του μπορεί να προσθέσει τον ιστότοπο στο CHORUS_ALLOWED_ORIGINS',
  pollLimit: 'Ζητήστε από 1 έως 100 ψηφοφορίες',
  exportFormat: 'Επιλέξτε μορφή: json ή csv',
};

export default el;
