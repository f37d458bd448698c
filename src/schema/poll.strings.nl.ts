// Dutch words of the poll schemas’ messages. Pure data: fetched only by pages in Dutch.
import type { Translation } from '../shared/locale.ts';
import type { pollSchemaEn } from './poll.strings.ts';

const nl: Translation<typeof pollSchemaEn> = {
  'question.required': 'Voer een vraag in',
  'question.tooLong': 'Voer een vraag van maximaal 200 tekens in',
  'question.invalid': 'Voer een vraag in',
  'options.tooFew': 'Geef minstens 2 antwoorden om uit te kiezen',
  'options.tooMany': 'Geef maximaal 10 antwoorden',
  'options.textRequired': 'Voer de tekst van elk antwoord in, of verwijder het lege antwoord',
  'options.textTooLong': 'Maak elk antwoord korter, tot maximaal 100 tekens',
  'options.duplicate': 'Geef elk antwoord een andere tekst',
  'options.invalid': 'Geef een lijst van 2 tot 10 antwoorden',
  'multiple.invalid': 'Kies of mensen meerdere antwoorden mogen aanvinken',
  'resultsBeforeVote.invalid': 'Kies of mensen de uitslag mogen zien voordat ze stemmen',
  'closesAt.invalid': 'Voer een sluitingstijd in zoals 2025-01-31T18:00:00Z, of laat het veld leeg',
  'closesAt.past': 'Kies een sluitingstijd in de toekomst, of laat het veld leeg',
  'vote.required': 'Kies een antwoord en stem dan',
  'vote.single': 'Kies maar één antwoord',
  'vote.unknown': 'Dit antwoord staat niet meer in de peiling: laad de peiling opnieuw en kies opnieuw',
  'voter.invalid': 'Laad de pagina opnieuw en stem nogmaals',
  'text.controlCharacters': 'Verwijder de onzichtbare stuurtekens uit deze tekst',
  invalid: 'Controleer dit antwoord',
};

export default nl;
