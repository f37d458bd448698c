// Danish failure messages. Pure data: fetched only by pages in Danish.
import type { Translation } from './locale.ts';
import type { errorMessagesEn } from './error-messages.strings.ts';

const da: Translation<typeof errorMessagesEn> = {
  'read.network': 'Historierne kunne ikke indlæses. Tjek din forbindelse, og prøv igen.',
  'read.timeout': 'Det tog for lang tid at hente historierne. Prøv igen om lidt.',
  'read.rate-limited': 'For mange anmodninger om historier. Prøv igen om et par minutter.',
  'read.rateLimitedUntil': 'GitHubs timegrænse for dette netværk er brugt op. Prøv igen efter kl. {time}.',
  'read.cors':
    'Forummet {forum} tillader ikke, at dette websted læser dets historier. En administrator af forummet skal slå »enable cors« til og tilføje {origin} til »cors origins«.',
  'read.not-found': 'Historierne blev ikke fundet. Tjek feedets kildeadresse.',
  'read.forbidden': 'Historierne er ikke offentlige, eller dette websted må ikke læse dem.',
  'read.unauthorized': 'Historierne er ikke offentlige, eller dette websted må ikke læse dem.',
  'read.unsupported': 'Dette feed har ingen kilde, som det kan læse. Angiv dets kilde (source) eller endpoint.',
  'read.invalid-response': 'Historierne kom i et format, som dette feed ikke kan læse.',
  'read.server': 'Historieserveren har et problem. Prøv igen om et par minutter.',
  'read.other': 'Historierne kunne ikke indlæses. Prøv igen.',
  'reason.network': 'Serveren kunne ikke nås.',
  'reason.timeout': 'Serveren svarede ikke i tide.',
  'reason.server': 'Serveren havde et problem.',
  'reason.not-found': 'Den blev ikke fundet på serveren.',
  'reason.forbidden': 'Dette token må ikke gøre det.',
  'reason.rate-limited': 'For mange anmodninger; vent et øjeblik.',
  'reason.other': 'Serveren sendte et svar, som Chorus ikke forstod.',
  'send.other': 'Vi kunne ikke sende din historie. Den er gemt på denne enhed. Prøv igen om lidt.',
  'send.payload-too-large': 'Din historie er for stor til at blive sendt. Gør den kortere, og prøv igen.',
  'send.rate-limited': 'Du har sendt mange historier på kort tid. Prøv igen senere.',
  'send.rateLimitedSeconds_one': 'Du har sendt mange historier på kort tid. Prøv igen om {count} sekund.',
  'send.rateLimitedSeconds_other': 'Du har sendt mange historier på kort tid. Prøv igen om {count} sekunder.',
  'send.rateLimitedAt': 'Du har sendt mange historier på kort tid. Prøv igen efter kl. {time}.',
};

export default da;
