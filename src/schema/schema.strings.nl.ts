// Dutch words of the story schema’s field messages. Pure data: fetched only by pages in Dutch.
import type { Translation } from '../shared/locale.ts';
import type { schemaEn } from './schema.strings.ts';

const nl: Translation<typeof schemaEn> = {
  'kind.invalid': 'Kies wat voor soort verhaal dit is',
  'title.required': 'Voer een titel in',
  'title.tooLong': 'Voer een titel van maximaal 120 tekens in',
  'title.invalid': 'Voer een titel in',
  'body.required': 'Schrijf je verhaal',
  'body.tooLong': 'Maak je verhaal korter, tot maximaal 20.000 tekens',
  'body.boostTooLong': 'Maak je bericht korter, tot maximaal 500 tekens, of kies een ander soort verhaal',
  'body.invalid': 'Schrijf je verhaal',
  'link.required': 'Voer de link in naar het bericht dat we moeten delen',
  'link.invalid': 'Voer een link in die begint met https:// of http://',
  'link.tooLong': 'Voer een link van maximaal 2048 tekens in',
  'tags.tooMany': 'Kies maximaal 5 tags',
  'tags.invalid': 'Gebruik tags van 1 tot 32 kleine letters, cijfers of streepjes',
  'authorName.required': 'Voer je naam in',
  'authorName.tooLong': 'Voer een naam van maximaal 80 tekens in',
  'authorName.invalid': 'Voer je naam in',
  'authorEmail.invalid': 'Voer een e-mailadres in zoals naam@example.org, of laat het veld leeg',
  'authorEmail.tooLong': 'Voer een e-mailadres van maximaal 254 tekens in',
  'region.tooLong': 'Voer een regio van maximaal 80 tekens in',
  'region.invalid': 'Voer een regio van maximaal 80 tekens in, of laat het veld leeg',
  'language.invalid': 'Voer een taalcode in zoals nl of pt-BR, of laat het veld leeg',
  'consent.required': 'Vink het vakje aan om ermee akkoord te gaan dat het communityteam je verhaal publiceert',
  'text.controlCharacters': 'Verwijder de onzichtbare stuurtekens uit deze tekst',
  'startedAt.invalid': 'Laad de pagina opnieuw en verstuur het formulier nogmaals',
  invalid: 'Controleer dit antwoord',
};

export default nl;
