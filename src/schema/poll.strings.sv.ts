// Swedish words of the poll schemas’ messages. Pure data: fetched only by pages in Swedish.
import type { Translation } from '../shared/locale.ts';
import type { pollSchemaEn } from './poll.strings.ts';

const sv: Translation<typeof pollSchemaEn> = {
  'question.required': 'Ange en fråga',
  'question.tooLong': 'Ange en fråga på högst 200 tecken',
  'question.invalid': 'Ange en fråga',
  'options.tooFew': 'Ange minst 2 svarsalternativ',
  'options.tooMany': 'Ange högst 10 svarsalternativ',
  'options.textRequired': 'Ange texten för varje svar, eller ta bort det tomma',
  'options.textTooLong': 'Korta ner varje svar till högst 100 tecken',
  'options.duplicate': 'Ge varje svar en egen text',
  'options.invalid': 'Ange en lista med 2–10 svar',
  'multiple.invalid': 'Välj om man får välja flera svar',
  'resultsBeforeVote.invalid': 'Välj om man får se resultatet innan man röstar',
  'closesAt.invalid': 'Ange en sluttid som 2025-01-31T18:00:00Z, eller lämna fältet tomt',
  'closesAt.past': 'Välj en sluttid i framtiden, eller lämna fältet tomt',
  'vote.required': 'Välj ett svar och rösta sedan',
  'vote.single': 'Välj bara ett svar',
  'vote.unknown': 'Det här svaret finns inte längre i omröstningen: läs in omröstningen igen och välj på nytt',
  'voter.invalid': 'Läs in sidan igen och rösta på nytt',
  'text.controlCharacters': 'Ta bort de osynliga styrtecknen från texten',
  invalid: 'Kontrollera svaret',
};

export default sv;
