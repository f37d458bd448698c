// Greek words of <chorus-poll>. Pure data: fetched only by pages in Greek.
import type { Translation } from '../../shared/locale.ts';
import type { pollEn } from './poll.strings.ts';

const el: Translation<typeof pollEn> = {
  loading: 'Φόρτωση δημοσκόπησης…',
  loadFailed: 'Δεν ήταν δυνατή η φόρτωση της δημοσκόπησης: {reason}',
  noEndpoint: 'Αυτή η δημοσκόπηση δεν έχει διακομιστή για να διαβάσει δεδομένα. Ορίστε το endpoint της.',
  retry: 'Δοκιμάστε ξανά',
  chooseOne: 'Επιλέξτε μία απάντηση.',
  chooseMany: 'Επιλέξτε μία ή περισσότερες απαντήσεις.',
  vote: 'Ψηφίστε',
  changeVote: 'Αλλαγή ψήφου',
  voting: 'Αποστολή της ψήφου σας…',
  showResults: 'Εμφάνιση αποτελεσμάτων',
  hideResults: 'Επιστροφή στην ψηφοφορία',
  resultsLater: 'Τα αποτελέσματα εμφανίζονται αφού ψηφίσετε.',
  results: 'Αποτελέσματα',
  votes_one: '{count} ψήφος',
  votes_other: '{count} ψήφοι',
  share: '{percent}, {votes}',
  total_one: 'Ψήφισε {count} άτομο',
  total_other: 'Ψήφισαν {count} άτομα',
  yourChoice: 'η επιλογή σας',
  counted: 'Η ψήφος σας καταμετρήθηκε.',
  closed: 'Αυτή η δημοσκόπηση έχει κλείσει. Αυτά είναι τα τελικά αποτελέσματα.',
  closesAt: 'Κλείνει {time}',
  closedBeforeVote: 'Η δημοσκόπηση έκλεισε πριν φτάσει η ψήφος σας. Η ψήφος σας δεν καταμετρήθηκε.',
  voteFailed: 'Η ψήφος σας δεν καταμετρήθηκε: {reason} Η επιλογή σας διατηρείται· δοκιμάστε ξανά.',
  rateLimited_one: 'Ήρθαν πάρα πολλές ψήφοι από το δίκτυό σας. Η επιλογή σας διατηρείται· δοκιμάστε ξανά σε {count} λεπτό.',
  rateLimited_other: 'Ήρθαν πάρα πολλές ψήφοι από το δίκτυό σας. Η επιλογή σας διατηρείται· δοκιμάστε ξανά σε {count} λεπτά.',
  required: 'Επιλέξτε μια απάντηση και μετά ψηφίστε.',
  deleted: 'Αυτή η δημοσκόπηση αφαιρέθηκε.',
  liveLeader: 'Ζωντανά αποτελέσματα: προηγείται το «{option}» με {percent}, {total}.',
  liveTotal: 'Ζωντανά αποτελέσματα: {total}.',
  finalLeader: 'Η δημοσκόπηση έκλεισε. Νίκησε το «{option}» με {percent}, {total}.',
};

export default el;
