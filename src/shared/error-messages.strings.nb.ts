// Norwegian Bokmål failure messages. Pure data: fetched only by pages in Norwegian Bokmål.
import type { Translation } from './locale.ts';
import type { errorMessagesEn } from './error-messages.strings.ts';

const nb: Translation<typeof errorMessagesEn> = {
  'read.network': 'Kunne ikke laste inn historiene. Sjekk tilkoblingen din, og prøv igjen.',
  'read.timeout': 'Det tok for lang tid å hente historiene. Prøv igjen om litt.',
  'read.rate-limited': 'For mange forespørsler om historier. Prøv igjen om noen minutter.',
  'read.rateLimitedUntil': 'GitHubs timegrense for dette nettverket er brukt opp. Prøv igjen etter {time}.',
  'read.cors':
    'Forumet {forum} lar ikke dette nettstedet lese historiene sine. En administrator for forumet må slå på «enable cors» og legge til {origin} i «cors origins».',
  'read.not-found': 'Fant ikke historiene. Sjekk kildeadressen til strømmen.',
  'read.forbidden': 'Historiene er ikke offentlige, eller dette nettstedet har ikke lov til å lese dem.',
  'read.unauthorized': 'Historiene er ikke offentlige, eller dette nettstedet har ikke lov til å lese dem.',
  'read.unsupported': 'Denne strømmen har ingen kilde den kan lese. Angi kilden (source) eller endepunktet (endpoint).',
  'read.invalid-response': 'Historiene kom i et format denne strømmen ikke kan lese.',
  'read.server': 'Historieserveren har et problem. Prøv igjen om noen minutter.',
  'read.other': 'Kunne ikke laste inn historiene. Prøv igjen.',
  'reason.network': 'Serveren kunne ikke nås.',
  'reason.timeout': 'Serveren svarte ikke i tide.',
  'reason.server': 'Serveren hadde et problem.',
  'reason.not-found': 'Den ble ikke funnet på serveren.',
  'reason.forbidden': 'Dette tokenet har ikke lov til det.',
  'reason.rate-limited': 'For mange forespørsler; vent litt.',
  'reason.other': 'Serveren sendte et svar som Chorus ikke forsto.',
  'send.other': 'Vi kunne ikke sende historien din. Den er lagret på denne enheten. Prøv igjen om litt.',
  'send.payload-too-large': 'Historien din er for stor til å sendes. Gjør den kortere, og prøv igjen.',
  'send.rate-limited': 'Du har sendt mange historier på kort tid. Prøv igjen senere.',
  'send.rateLimitedSeconds_one': 'Du har sendt mange historier på kort tid. Prøv igjen om {count} sekund.',
  'send.rateLimitedSeconds_other': 'Du har sendt mange historier på kort tid. Prøv igjen om {count} sekunder.',
  'send.rateLimitedAt': 'Du har sendt mange historier på kort tid. Prøv igjen etter {time}.',
};

export default nb;
