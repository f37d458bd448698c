// Norwegian Bokmål words of the story schema’s field messages. Pure data: fetched only by pages in Norwegian Bokmål.
import type { Translation } from '../shared/locale.ts';
import type { schemaEn } from './schema.strings.ts';

const nb: Translation<typeof schemaEn> = {
  'kind.invalid': 'Velg hvilken type historie dette er',
  'title.required': 'Skriv inn en tittel',
  'title.tooLong': 'Skriv inn en tittel på høyst 120 tegn',
  'title.invalid': 'Skriv inn en tittel',
  'body.required': 'Skriv historien din',
  'body.tooLong': 'Kort ned historien din til høyst 20 000 tegn',
  'body.boostTooLong': 'Kort ned meldingen din til høyst 500 tegn, eller velg en annen type historie',
  'body.invalid': 'Skriv historien din',
  'link.required': 'Skriv inn lenken til innlegget du vil at vi skal dele',
  'link.invalid': 'Skriv inn en lenke som begynner med https:// eller http://',
  'link.tooLong': 'Skriv inn en lenke på høyst 2048 tegn',
  'tags.tooMany': 'Velg høyst 5 emneknagger',
  'tags.invalid': 'Bruk emneknagger på 1 til 32 små bokstaver, sifre eller bindestreker',
  'authorName.required': 'Skriv inn navnet ditt',
  'authorName.tooLong': 'Skriv inn et navn på høyst 80 tegn',
  'authorName.invalid': 'Skriv inn navnet ditt',
  'authorEmail.invalid': 'Skriv inn en e-postadresse som navn@example.org, eller la feltet stå tomt',
  'authorEmail.tooLong': 'Skriv inn en e-postadresse på høyst 254 tegn',
  'region.tooLong': 'Skriv inn en region på høyst 80 tegn',
  'region.invalid': 'Skriv inn en region på høyst 80 tegn, eller la feltet stå tomt',
  'language.invalid': 'Skriv inn en språkkode som nb eller pt-BR, eller la feltet stå tomt',
  'consent.required': 'Kryss av i boksen for å godta at fellesskapsteamet publiserer historien din',
  'text.controlCharacters': 'Fjern de usynlige kontrolltegnene fra denne teksten',
  'startedAt.invalid': 'Last inn siden på nytt, og send skjemaet igjen',
  invalid: 'Sjekk dette svaret',
};

export default nb;
