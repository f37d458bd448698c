// Swedish words of the story schema’s field messages. Pure data: fetched only by pages in Swedish.
import type { Translation } from '../shared/locale.ts';
import type { schemaEn } from './schema.strings.ts';

const sv: Translation<typeof schemaEn> = {
  'kind.invalid': 'Välj vilken typ av berättelse det är',
  'title.required': 'Ange en rubrik',
  'title.tooLong': 'Ange en rubrik på högst 120 tecken',
  'title.invalid': 'Ange en rubrik',
  'body.required': 'Skriv din berättelse',
  'body.tooLong': 'Korta ner din berättelse till högst 20 000 tecken',
  'body.boostTooLong': 'Korta ner ditt meddelande till högst 500 tecken, eller välj en annan typ av berättelse',
  'body.invalid': 'Skriv din berättelse',
  'link.required': 'Ange länken till inlägget som du vill att vi delar',
  'link.invalid': 'Ange en länk som börjar med https:// eller http://',
  'link.tooLong': 'Ange en länk på högst 2 048 tecken',
  'tags.tooMany': 'Välj högst 5 taggar',
  'tags.invalid': 'Använd taggar med 1–32 gemener, siffror eller bindestreck',
  'authorName.required': 'Ange ditt namn',
  'authorName.tooLong': 'Ange ett namn på högst 80 tecken',
  'authorName.invalid': 'Ange ditt namn',
  'authorEmail.invalid': 'Ange en e-postadress som namn@example.org, eller lämna fältet tomt',
  'authorEmail.tooLong': 'Ange en e-postadress på högst 254 tecken',
  'region.tooLong': 'Ange en region på högst 80 tecken',
  'region.invalid': 'Ange en region på högst 80 tecken, eller lämna fältet tomt',
  'language.invalid': 'Ange en språkkod som sv eller pt-BR, eller lämna fältet tomt',
  'consent.required': 'Markera rutan för att godkänna att communityteamet publicerar din berättelse',
  'text.controlCharacters': 'Ta bort de osynliga styrtecknen från texten',
  'startedAt.invalid': 'Läs in sidan igen och skicka formuläret på nytt',
  invalid: 'Kontrollera svaret',
};

export default sv;
