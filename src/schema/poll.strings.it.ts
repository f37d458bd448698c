// Italian words of the poll schemas’ messages. Pure data: fetched only by pages in Italian.
import type { Translation } from '../shared/locale.ts';
import type { pollSchemaEn } from './poll.strings.ts';

const it: Translation<typeof pollSchemaEn> = {
  'question.required': 'Inserisci una domanda',
  'question.tooLong': 'Inserisci una domanda di massimo 200 caratteri',
  'question.invalid': 'Inserisci una domanda',
  'options.tooFew': 'Indica almeno 2 risposte tra cui scegliere',
  'options.tooMany': 'Indica al massimo 10 risposte',
  'options.textRequired': 'Inserisci il testo di ogni risposta, oppure rimuovi quella vuota',
  'options.textTooLong': 'Accorcia ogni risposta a un massimo di 100 caratteri',
  'options.duplicate': 'Dai a ogni risposta un testo diverso',
  'options.invalid': 'Indica un elenco da 2 a 10 risposte',
  'multiple.invalid': 'Scegli se si possono selezionare più risposte',
  'resultsBeforeVote.invalid': 'Scegli se si possono vedere i risultati prima di votare',
  'closesAt.invalid': 'Inserisci un orario di chiusura come 2025-01-31T18:00:00Z, oppure lascia vuoto il campo',
  'closesAt.past': 'Scegli un orario di chiusura nel futuro, oppure lascia vuoto il campo',
  'vote.required': 'Scegli una risposta, poi vota',
  'vote.single': 'Scegli una sola risposta',
  'vote.unknown': 'Questa risposta non è più nel sondaggio: ricarica il sondaggio e scegli di nuovo',
  'voter.invalid': 'Ricarica la pagina e vota di nuovo',
  'text.controlCharacters': 'Rimuovi i caratteri di controllo invisibili da questo testo',
  invalid: 'Controlla questa risposta',
};

export default it;
