// German failure messages. Pure data: fetched only by pages in German.
import type { Translation } from './locale.ts';
import type { errorMessagesEn } from './error-messages.strings.ts';

const de: Translation<typeof errorMessagesEn> = {
  'read.network': 'Die Geschichten konnten nicht geladen werden. Prüfe deine Verbindung und versuche es erneut.',
  'read.timeout': 'Die Geschichten haben zu lange gebraucht. Versuche es gleich noch einmal.',
  'read.rate-limited': 'Zu viele Anfragen nach Geschichten. Versuche es in ein paar Minuten erneut.',
  'read.rateLimitedUntil': 'Das stündliche Limit von GitHub für dieses Netzwerk ist aufgebraucht. Versuche es nach {time} erneut.',
  'read.cors':
    'Das Forum {forum} erlaubt dieser Website nicht, seine Geschichten zu lesen. Eine Forum-Administratorin oder ein Forum-Administrator muss „enable cors“ aktivieren und {origin} zu „cors origins“ hinzufügen.',
  'read.not-found': 'Die Geschichten wurden nicht gefunden. Prüfe die Quelladresse des Feeds.',
  'read.forbidden': 'Die Geschichten sind nicht öffentlich, oder diese Website darf sie nicht lesen.',
  'read.unauthorized': 'Die Geschichten sind nicht öffentlich, oder diese Website darf sie nicht lesen.',
  'read.unsupported': 'Dieser Feed hat keine Quelle, die er lesen kann. Gib seine Quelle (source) oder seinen Endpunkt (endpoint) an.',
  'read.invalid-response': 'Die Geschichten kamen in einem Format an, das dieser Feed nicht lesen kann.',
  'read.server': 'Der Geschichten-Server hat ein Problem. Versuche es in ein paar Minuten erneut.',
  'read.other': 'Die Geschichten konnten nicht geladen werden. Versuche es erneut.',
  'reason.network': 'Der Server war nicht erreichbar.',
  'reason.timeout': 'Der Server hat nicht rechtzeitig geantwortet.',
  'reason.server': 'Auf dem Server ist ein Problem aufgetreten.',
  'reason.not-found': 'Sie wurde auf dem Server nicht gefunden.',
  'reason.forbidden': 'Dieses Token darf das nicht.',
  'reason.rate-limited': 'Zu viele Anfragen; warte einen Moment.',
  'reason.other': 'Der Server hat eine Antwort gesendet, die Chorus nicht verstanden hat.',
  'send.other': 'Wir konnten deine Geschichte nicht senden. Sie ist auf diesem Gerät gespeichert. Versuche es gleich noch einmal.',
  'send.payload-too-large': 'Deine Geschichte ist zu groß zum Senden. Kürze sie und versuche es erneut.',
  'send.rate-limited': 'Du hast in kurzer Zeit viele Geschichten gesendet. Versuche es später erneut.',
  'send.rateLimitedSeconds_one': 'Du hast in kurzer Zeit viele Geschichten gesendet. Versuche es in {count} Sekunde erneut.',
  'send.rateLimitedSeconds_other': 'Du hast in kurzer Zeit viele Geschichten gesendet. Versuche es in {count} Sekunden erneut.',
  'send.rateLimitedAt': 'Du hast in kurzer Zeit viele Geschichten gesendet. Versuche es nach {time} erneut.',
};

export default de;
