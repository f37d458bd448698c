// Dutch failure messages. Pure data: fetched only by pages in Dutch.
import type { Translation } from './locale.ts';
import type { errorMessagesEn } from './error-messages.strings.ts';

const nl: Translation<typeof errorMessagesEn> = {
  'read.network': 'De verhalen konden niet worden geladen. Controleer je verbinding en probeer het opnieuw.',
  'read.timeout': 'Het duurde te lang voordat de verhalen binnenkwamen. Probeer het zo opnieuw.',
  'read.rate-limited': 'Te veel verzoeken om verhalen. Probeer het over een paar minuten opnieuw.',
  'read.rateLimitedUntil': 'De limiet per uur van GitHub voor dit netwerk is bereikt. Probeer het na {time} opnieuw.',
  'read.cors':
    'Het forum {forum} staat deze website niet toe de verhalen te lezen. Een beheerder van het forum moet ‘enable cors’ inschakelen en {origin} toevoegen aan ‘cors origins’.',
  'read.not-found': 'De verhalen zijn niet gevonden. Controleer het bronadres van de feed.',
  'read.forbidden': 'De verhalen zijn niet openbaar, of deze website mag ze niet lezen.',
  'read.unauthorized': 'De verhalen zijn niet openbaar, of deze website mag ze niet lezen.',
  'read.unsupported': 'Deze feed heeft geen bron die hij kan lezen. Stel de bron (source) of het endpoint in.',
  'read.invalid-response': 'De verhalen kwamen binnen in een vorm die deze feed niet kan lezen.',
  'read.server': 'De verhalenserver heeft een probleem. Probeer het over een paar minuten opnieuw.',
  'read.other': 'De verhalen konden niet worden geladen. Probeer het opnieuw.',
  'reason.network': 'de server was niet bereikbaar.',
  'reason.timeout': 'de server antwoordde niet op tijd.',
  'reason.server': 'de server had een probleem.',
  'reason.not-found': 'het is niet gevonden op de server.',
  'reason.forbidden': 'dit token mag dat niet.',
  'reason.rate-limited': 'te veel verzoeken; wacht even.',
  'reason.other': 'de server stuurde een antwoord dat Chorus niet begreep.',
  'send.other': 'We konden je verhaal niet versturen. Het is op dit apparaat opgeslagen. Probeer het zo opnieuw.',
  'send.payload-too-large': 'Je verhaal is te groot om te versturen. Maak het korter en probeer het opnieuw.',
  'send.rate-limited': 'Je hebt veel verhalen in korte tijd verstuurd. Probeer het later opnieuw.',
  'send.rateLimitedSeconds_one': 'Je hebt veel verhalen in korte tijd verstuurd. Probeer het over {count} seconde opnieuw.',
  'send.rateLimitedSeconds_other': 'Je hebt veel verhalen in korte tijd verstuurd. Probeer het over {count} seconden opnieuw.',
  'send.rateLimitedAt': 'Je hebt veel verhalen in korte tijd verstuurd. Probeer het na {time} opnieuw.',
};

export default nl;
