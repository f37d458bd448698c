// Norwegian Bokmål words of the poll schemas’ messages. Pure data: fetched only by pages in Norwegian Bokmål.
import type { Translation } from '../shared/locale.ts';
import type { pollSchemaEn } from './poll.strings.ts';

const nb: Translation<typeof pollSchemaEn> = {
  'question.required': 'Skriv inn et spørsmål',
  'question.tooLong': 'Skriv inn et spørsmål på høyst 200 tegn',
  'question.invalid': 'Skriv inn et spørsmål',
  'options.tooFew': 'Gi minst 2 svaralternativer',
  'options.tooMany': 'Gi høyst 10 svaralternativer',
  'options.textRequired': 'Skriv inn teksten til hvert svar, eller fjern det tomme',
  'options.textTooLong': 'Kort ned hvert svar til høyst 100 tegn',
  'options.duplicate': 'Gi hvert svar en egen tekst',
  'options.invalid': 'Gi en liste med 2 til 10 svar',
  'multiple.invalid': 'Velg om folk kan velge flere svar',
  'resultsBeforeVote.invalid': 'Velg om folk kan se resultatene før de stemmer',
  'closesAt.invalid': 'Skriv inn et sluttidspunkt som 2025-01-31T18:00:00Z, eller la feltet stå tomt',
  'closesAt.past': 'Velg et sluttidspunkt i fremtiden, eller la feltet stå tomt',
  'vote.required': 'Velg et svar, og stem deretter',
  'vote.single': 'Velg bare ett svar',
  'vote.unknown': 'Dette svaret finnes ikke lenger i avstemningen: Last inn avstemningen på nytt, og velg igjen',
  'voter.invalid': 'Last inn siden på nytt, og stem igjen',
  'text.controlCharacters': 'Fjern de usynlige kontrolltegnene fra denne teksten',
  invalid: 'Sjekk dette svaret',
};

export default nb;
