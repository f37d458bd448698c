// Greek words of the story schema’s field messages. Pure data: fetched only by pages in Greek.
import type { Translation } from '../shared/locale.ts';
import type { schemaEn } from './schema.strings.ts';

const el: Translation<typeof schemaEn> = {
  'kind.invalid': 'Επιλέξτε τι είδους ιστορία είναι',
  'title.required': 'Εισαγάγετε τίτλο',
  'title.tooLong': 'Εισαγάγετε τίτλο έως 120 χαρακτήρες',
  'title.invalid': 'Εισαγάγετε τίτλο',
  'body.required': 'Γράψτε την ιστορία σας',
  'body.tooLong': 'Συντομεύστε την ιστορία σας σε 20.000 χαρακτήρες ή λιγότερους',
  'body.boostTooLong': 'Συντομεύστε το μήνυμά σας σε 500 χαρακτήρες ή λιγότερους ή επιλέξτε άλλο είδος ιστορίας',
  'body.invalid': 'Γράψτε την ιστορία σας',
  'link.required': 'Εισαγάγετε τον σύνδεσμο της ανάρτησης που θέλετε να κοινοποιήσουμε',
  'link.invalid': 'Εισαγάγετε σύνδεσμο που ξεκινά με https:// ή http://',
  'link.tooLong': 'Εισαγάγετε σύνδεσμο έως 2.048 χαρακτήρες',
  'tags.tooMany': 'Επιλέξτε έως 5 ετικέτες',
  'tags.invalid': 'Χρησιμοποιήστε ετικέτες με 1 έως 32 πεζά λατινικά γράμματα, ψηφία ή παύλες',
  'authorName.required': 'Εισαγάγετε το όνομά σας',
  'authorName.tooLong': 'Εισαγάγετε όνομα έως 80 χαρακτήρες',
  'authorName.invalid': 'Εισαγάγετε το όνομά σας',
  'authorEmail.invalid': 'Εισαγάγετε διεύθυνση email όπως name@example.org ή αφήστε το κενό',
  'authorEmail.tooLong': 'Εισαγάγετε διεύθυνση email έως 254 χαρακτήρες',
  'region.tooLong': 'Εισαγάγετε περιοχή έως 80 χαρακτήρες',
  'region.invalid': 'Εισαγάγετε περιοχή έως 80 χαρακτήρες ή αφήστε το κενό',
  'language.invalid': 'Εισαγάγετε κωδικό γλώσσας όπως el ή pt-BR ή αφήστε το κενό',
  'consent.required': 'Επιλέξτε το πλαίσιο για να συμφωνήσετε να δημοσιεύσει η ομάδα της κοινότητας την ιστορία σας',
  'text.controlCharacters': 'Αφαιρέστε τους αόρατους χαρακτήρες ελέγχου από αυτό το κείμενο',
  'startedAt.invalid': 'Φορτώστε ξανά τη σελίδα και υποβάλετε ξανά τη φόρμα',
  invalid: 'Ελέγξτε αυτή την απάντηση',
};

export default el;
