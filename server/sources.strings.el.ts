// Greek: the read-through's messages. Terms as in messages.strings.el.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { sourcesEn } from './sources.strings.ts';

const el: Translation<typeof sourcesEn> = {
  notAllowed: 'Αυτός ο διακομιστής δεν διαβάζει αυτή την πηγή. Ο κάτοχός του μπορεί να την προσθέσει στο CHORUS_SOURCE_ALLOWLIST',
  repo: 'Δώστε το αποθετήριο ως repo=ΚΑΤΟΧΟΣ/ΑΠΟΘΕΤΗΡΙΟ',
  url: 'Δώστε τη λίστα θεμάτων του φόρουμ ως url=https://forum.example.org/c/SLUG/ID',
  cursor: 'Αυτός ο δείκτης δεν είναι έγκυρος εδώ: ξεκινήστε ξανά από την πρώτη σελίδα',
  kind: 'Επιλέξτε είδος: boost, news, story ή event',
  upstream: 'Η πηγή δεν απάντησε όπως αναμενόταν. Δοκιμάστε ξανά σε λίγο',
  upstreamNotFound: 'Η πηγή δεν έχει τέτοιο αποθετήριο ή λίστα θεμάτων',
  upstreamLimited: 'Η πηγή απορρίπτει προς το παρόν τα αιτήματα. Δοκιμάστε ξανά αργότερα',
};

export default el;
