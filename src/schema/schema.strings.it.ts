// Italian words of the story schema’s field messages. Pure data: fetched only by pages in Italian.
import type { Translation } from '../shared/locale.ts';
import type { schemaEn } from './schema.strings.ts';

const it: Translation<typeof schemaEn> = {
  'kind.invalid': 'Scegli il tipo di storia',
  'title.required': 'Inserisci un titolo',
  'title.tooLong': 'Inserisci un titolo di massimo 120 caratteri',
  'title.invalid': 'Inserisci un titolo',
  'body.required': 'Scrivi la tua storia',
  'body.tooLong': 'Accorcia la tua storia a un massimo di 20.000 caratteri',
  'body.boostTooLong': 'Accorcia il tuo messaggio a un massimo di 500 caratteri, oppure scegli un altro tipo di storia',
  'body.invalid': 'Scrivi la tua storia',
  'link.required': 'Inserisci il link al post che vuoi farci condividere',
  'link.invalid': 'Inserisci un link che inizi con https:// o http://',
  'link.tooLong': 'Inserisci un link di massimo 2048 caratteri',
  'tags.tooMany': 'Scegli al massimo 5 tag',
  'tags.invalid': 'Usa tag da 1 a 32 caratteri tra lettere minuscole, cifre o trattini',
  'authorName.required': 'Inserisci il tuo nome',
  'authorName.tooLong': 'Inserisci un nome di massimo 80 caratteri',
  'authorName.invalid': 'Inserisci il tuo nome',
  'authorEmail.invalid': 'Inserisci un indirizzo email come nome@example.org, oppure lascia vuoto il campo',
  'authorEmail.tooLong': 'Inserisci un indirizzo email di massimo 254 caratteri',
  'region.tooLong': 'Inserisci una regione di massimo 80 caratteri',
  'region.invalid': 'Inserisci una regione di massimo 80 caratteri, oppure lascia vuoto il campo',
  'language.invalid': 'Inserisci un codice di lingua come it o pt-BR, oppure lascia vuoto il campo',
  'consent.required': 'Seleziona la casella per accettare che il team della community pubblichi la tua storia',
  'text.controlCharacters': 'Rimuovi i caratteri di controllo invisibili da questo testo',
  'startedAt.invalid': 'Ricarica la pagina e invia di nuovo il modulo',
  invalid: 'Controlla questa risposta',
};

export default it;
