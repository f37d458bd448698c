// German words of the poll schemas’ messages. Pure data: fetched only by pages in German.
import type { Translation } from '../shared/locale.ts';
import type { pollSchemaEn } from './poll.strings.ts';

const de: Translation<typeof pollSchemaEn> = {
  'question.required': 'Gib eine Frage ein',
  'question.tooLong': 'Gib eine Frage mit höchstens 200 Zeichen ein',
  'question.invalid': 'Gib eine Frage ein',
  'options.tooFew': 'Gib mindestens 2 Antworten zur Auswahl an',
  'options.tooMany': 'Gib höchstens 10 Antworten an',
  'options.textRequired': 'Gib den Text jeder Antwort ein oder entferne die leere',
  'options.textTooLong': 'Kürze jede Antwort auf höchstens 100 Zeichen',
  'options.duplicate': 'Gib jeder Antwort einen anderen Text',
  'options.invalid': 'Gib eine Liste mit 2 bis 10 Antworten an',
  'multiple.invalid': 'Wähle aus, ob mehrere Antworten gewählt werden dürfen',
  'resultsBeforeVote.invalid': 'Wähle aus, ob die Ergebnisse vor der Abstimmung sichtbar sind',
  'closesAt.invalid': 'Gib ein Enddatum wie 2025-01-31T18:00:00Z ein oder lass das Feld leer',
  'closesAt.past': 'Wähle ein Enddatum in der Zukunft oder lass das Feld leer',
  'vote.required': 'Wähle eine Antwort und stimme dann ab',
  'vote.single': 'Wähle nur eine Antwort',
  'vote.unknown': 'Diese Antwort gibt es in der Umfrage nicht mehr: Lade die Umfrage neu und wähle erneut',
  'voter.invalid': 'Lade die Seite neu und stimme erneut ab',
  'text.controlCharacters': 'Entferne die unsichtbaren Steuerzeichen aus diesem Text',
  invalid: 'Prüfe diese Antwort',
};

export default de;
