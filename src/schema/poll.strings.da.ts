// Danish words of the poll schemas’ messages. Pure data: fetched only by pages in Danish.
import type { Translation } from '../shared/locale.ts';
import type { pollSchemaEn } from './poll.strings.ts';

const da: Translation<typeof pollSchemaEn> = {
  'question.required': 'Angiv et spørgsmål',
  'question.tooLong': 'Angiv et spørgsmål på højst 200 tegn',
  'question.invalid': 'Angiv et spørgsmål',
  'options.tooFew': 'Angiv mindst 2 svarmuligheder',
  'options.tooMany': 'Angiv højst 10 svarmuligheder',
  'options.textRequired': 'Angiv teksten til hvert svar, eller fjern det tomme',
  'options.textTooLong': 'Forkort hvert svar til højst 100 tegn',
  'options.duplicate': 'Giv hvert svar en forskellig tekst',
  'options.invalid': 'Angiv en liste med 2 til 10 svar',
  'multiple.invalid': 'Vælg, om man må vælge flere svar',
  'resultsBeforeVote.invalid': 'Vælg, om man må se resultaterne, før man stemmer',
  'closesAt.invalid': 'Angiv et lukketidspunkt som 2025-01-31T18:00:00Z, eller lad feltet være tomt',
  'closesAt.past': 'Vælg et lukketidspunkt i fremtiden, eller lad feltet være tomt',
  'vote.required': 'Vælg et svar, og stem derefter',
  'vote.single': 'Vælg kun ét svar',
  'vote.unknown': 'Dette svar findes ikke længere i afstemningen: Genindlæs afstemningen, og vælg igen',
  'voter.invalid': 'Genindlæs siden, og stem igen',
  'text.controlCharacters': 'Fjern de usynlige kontroltegn fra denne tekst',
  invalid: 'Tjek dette svar',
};

export default da;
