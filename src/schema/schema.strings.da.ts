// Danish words of the story schema’s field messages. Pure data: fetched only by pages in Danish.
import type { Translation } from '../shared/locale.ts';
import type { schemaEn } from './schema.strings.ts';

const da: Translation<typeof schemaEn> = {
  'kind.invalid': 'Vælg, hvilken type historie det er',
  'title.required': 'Angiv en titel',
  'title.tooLong': 'Angiv en titel på højst 120 tegn',
  'title.invalid': 'Angiv en titel',
  'body.required': 'Skriv din historie',
  'body.tooLong': 'Forkort din historie til højst 20.000 tegn',
  'body.boostTooLong': 'Forkort din besked til højst 500 tegn, eller vælg en anden type historie',
  'body.invalid': 'Skriv din historie',
  'link.required': 'Angiv linket til det opslag, du vil have os til at dele',
  'link.invalid': 'Angiv et link, der starter med https:// eller http://',
  'link.tooLong': 'Angiv et link på højst 2.048 tegn',
  'tags.tooMany': 'Vælg højst 5 tags',
  'tags.invalid': 'Brug tags på 1 til 32 små bogstaver, tal eller bindestreger',
  'authorName.required': 'Angiv dit navn',
  'authorName.tooLong': 'Angiv et navn på højst 80 tegn',
  'authorName.invalid': 'Angiv dit navn',
  'authorEmail.invalid': 'Angiv en mailadresse som navn@example.org, eller lad feltet være tomt',
  'authorEmail.tooLong': 'Angiv en mailadresse på højst 254 tegn',
  'region.tooLong': 'Angiv en region på højst 80 tegn',
  'region.invalid': 'Angiv en region på højst 80 tegn, eller lad feltet være tomt',
  'language.invalid': 'Angiv en sprogkode som da eller pt-BR, eller lad feltet være tomt',
  'consent.required': 'Markér feltet for at acceptere, at fællesskabsteamet udgiver din historie',
  'text.controlCharacters': 'Fjern de usynlige kontroltegn fra denne tekst',
  'startedAt.invalid': 'Genindlæs siden, og send formularen igen',
  invalid: 'Tjek dette svar',
};

export default da;
