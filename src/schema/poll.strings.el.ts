// Greek words of the poll schema’s messages. Pure data: fetched only by pages in Greek.
import type { Translation } from '../shared/locale.ts';
import type { pollSchemaEn } from './poll.strings.ts';

const el: Translation<typeof pollSchemaEn> = {
  'question.required': 'Εισαγάγετε ερώτηση',
  'question.tooLong': 'Εισαγάγετε ερώτηση έως 200 χαρακτήρες',
  'question.invalid': 'Εισαγάγετε ερώτηση',
  'options.tooFew': 'Δώστε τουλάχιστον 2 απαντήσεις για επιλογή',
  'options.tooMany': 'Δώστε έως 10 απαντήσεις',
  'options.textRequired': 'Εισαγάγετε το κείμενο κάθε απάντησης ή αφαιρέστε την κενή',
  'options.textTooLong': 'Συντομεύστε κάθε απάντηση σε 100 χαρακτήρες ή λιγότερους',
  'options.duplicate': 'Δώστε διαφορετικό κείμενο σε κάθε απάντηση',
  'options.invalid': 'Δώστε μια λίστα με 2 έως 10 απαντήσεις',
  'multiple.invalid': 'Επιλέξτε αν επιτρέπεται η επιλογή πολλών απαντήσεων',
  'resultsBeforeVote.invalid': 'Επιλέξτε αν τα αποτελέσματα είναι ορατά πριν από την ψήφο',
  'closesAt.invalid': 'Εισαγάγετε ώρα λήξης όπως 2025-01-31T18:00:00Z ή αφήστε το κενό',
  'closesAt.past': 'Επιλέξτε ώρα λήξης στο μέλλον ή αφήστε το κενό',
  'vote.required': 'Επιλέξτε μια απάντηση και μετά ψηφίστε',
  'vote.single': 'Επιλέξτε μόνο μία απάντηση',
  'vote.unknown': 'Αυτή η απάντηση δεν υπάρχει πλέον στην ψηφοφορία: φορτώστε ξανά την ψηφοφορία και επιλέξτε ξανά',
  'voter.invalid': 'Φορτώστε ξανά τη σελίδα και ψηφίστε ξανά',
  'text.controlCharacters': 'Αφαιρέστε τους αόρατους χαρακτήρες ελέγχου από αυτό το κείμενο',
  invalid: 'Ελέγξτε αυτή την απάντηση',
};

export default el;
