// Italian failure messages. Pure data: fetched only by pages in Italian.
import type { Translation } from './locale.ts';
import type { errorMessagesEn } from './error-messages.strings.ts';

const it: Translation<typeof errorMessagesEn> = {
  'read.network': 'Impossibile caricare le storie. Controlla la connessione e riprova.',
  'read.timeout': 'Le storie hanno impiegato troppo tempo ad arrivare. Riprova tra poco.',
  'read.rate-limited': 'Troppe richieste di storie. Riprova tra qualche minuto.',
  'read.rateLimitedUntil': 'Il limite orario di GitHub per questa rete è esaurito. Riprova dopo le {time}.',
  'read.cors':
    'Il forum {forum} non consente a questo sito di leggere le sue storie. Un amministratore del forum deve attivare «enable cors» e aggiungere {origin} a «cors origins».',
  'read.not-found': 'Impossibile trovare le storie. Controlla l’indirizzo della fonte del feed.',
  'read.forbidden': 'Le storie non sono pubbliche, oppure questo sito non può leggerle.',
  'read.unauthorized': 'Le storie non sono pubbliche, oppure questo sito non può leggerle.',
  'read.unsupported': 'Questo feed non ha una fonte che possa leggere. Imposta la sua fonte (source) o il suo endpoint.',
  'read.invalid-response': 'Le storie sono arrivate in un formato che questo feed non sa leggere.',
  'read.server': 'Il server delle storie ha un problema. Riprova tra qualche minuto.',
  'read.other': 'Impossibile caricare le storie. Riprova.',
  'reason.network': 'impossibile raggiungere il server.',
  'reason.timeout': 'il server non ha risposto in tempo.',
  'reason.server': 'il server ha avuto un problema.',
  'reason.not-found': 'non trovata sul server.',
  'reason.forbidden': 'questo token non consente di farlo.',
  'reason.rate-limited': 'troppe richieste; attendi un momento.',
  'reason.other': 'il server ha inviato una risposta che Chorus non ha capito.',
  'send.other': 'Non siamo riusciti a inviare la tua storia. È salvata su questo dispositivo. Riprova tra poco.',
  'send.payload-too-large': 'La tua storia è troppo grande per essere inviata. Accorciala, poi riprova.',
  'send.rate-limited': 'Hai inviato molte storie in poco tempo. Riprova più tardi.',
  'send.rateLimitedSeconds_one': 'Hai inviato molte storie in poco tempo. Riprova tra {count} secondo.',
  'send.rateLimitedSeconds_other': 'Hai inviato molte storie in poco tempo. Riprova tra {count} secondi.',
  'send.rateLimitedSeconds_many': 'Hai inviato molte storie in poco tempo. Riprova tra {count} secondi.',
  'send.rateLimitedAt': 'Hai inviato molte storie in poco tempo. Riprova dopo le {time}.',
};

export default it;
