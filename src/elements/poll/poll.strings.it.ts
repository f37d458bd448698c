// Italian words of <chorus-poll>. Pure data: fetched only by pages in Italian.
import type { Translation } from '../../shared/locale.ts';
import type { pollEn } from './poll.strings.ts';

const it: Translation<typeof pollEn> = {
  loading: 'Caricamento del sondaggio…',
  loadFailed: 'Impossibile caricare il sondaggio: {reason}',
  noEndpoint: 'Questo sondaggio non ha un server da cui leggere. Imposta il suo endpoint.',
  retry: 'Riprova',
  chooseOne: 'Scegli una risposta.',
  chooseMany: 'Scegli una o più risposte.',
  vote: 'Vota',
  changeVote: 'Cambia il tuo voto',
  voting: 'Invio del tuo voto…',
  showResults: 'Mostra i risultati',
  hideResults: 'Torna al voto',
  resultsLater: 'I risultati compaiono dopo che hai votato.',
  results: 'Risultati',
  votes_one: '{count} voto',
  votes_many: '{count} di voti',
  votes_other: '{count} voti',
  share: '{percent}, {votes}',
  total_one: 'Ha votato {count} persona',
  total_many: 'Hanno votato {count} di persone',
  total_other: 'Hanno votato {count} persone',
  yourChoice: 'la tua scelta',
  counted: 'Il tuo voto è stato conteggiato.',
  closed: 'Questo sondaggio è chiuso. Questi sono i risultati finali.',
  closesAt: 'Chiude {time}',
  closedBeforeVote: 'Questo sondaggio si è chiuso prima che arrivasse il tuo voto. Il tuo voto non è stato conteggiato.',
  voteFailed: 'Il tuo voto non è stato conteggiato: {reason} La tua scelta è stata mantenuta; riprova.',
  rateLimited_one: 'Sono arrivati troppi voti dalla tua rete. La tua scelta è stata mantenuta; riprova tra {count} minuto.',
  rateLimited_many: 'Sono arrivati troppi voti dalla tua rete. La tua scelta è stata mantenuta; riprova tra {count} di minuti.',
  rateLimited_other: 'Sono arrivati troppi voti dalla tua rete. La tua scelta è stata mantenuta; riprova tra {count} minuti.',
  required: 'Scegli una risposta, poi vota.',
  deleted: 'Questo sondaggio è stato rimosso.',
  liveLeader: 'Risultati in tempo reale: {option} è in testa con {percent}, {total}.',
  liveTotal: 'Risultati in tempo reale: {total}.',
  finalLeader: 'Il sondaggio si è chiuso. Ha vinto {option} con {percent}, {total}.',
};

export default it;
