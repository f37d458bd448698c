// German: what the Slack and Discord intake says to members. Terms as in page.strings.de.ts.
import type { Translation } from '../../src/shared/locale.ts';
import type { intakeEn } from './intake.strings.ts';

const de: Translation<typeof intakeEn> = {
  off: 'Die Annahme von Geschichten aus {channel} ist auf diesem Server ausgeschaltet. Die Betreiberin oder der Betreiber schaltet sie mit der Einstellung {setting} ein',
  badSignature: 'Die Anfrage ist nicht mit dem {channel}-Secret dieses Servers signiert, oder ihr Zeitstempel weicht um mehr als fünf Minuten ab',
  badPayload: 'Der Anfragetext ist kein {channel}-Payload, den dieser Endpunkt versteht',
  tooLarge: 'Der Anfragetext ist größer als {kb} KB',
  forumUnavailable: 'Das Forum hat den ersten Beitrag des Themas nicht gesendet. Stelle den Webhook später erneut zu',
  rateLimited_one: 'Du hast in kurzer Zeit mehrere Geschichten geteilt. Versuche es in {count} Minute erneut.',
  rateLimited_other: 'Du hast in kurzer Zeit mehrere Geschichten geteilt. Versuche es in {count} Minuten erneut.',
  thanks: 'Danke, eine Moderatorin oder ein Moderator wird sie lesen. Wir sagen dir hier Bescheid, sobald sie veröffentlicht ist.',
  already: 'Danke, diese Geschichte liegt der Moderation bereits vor.',
  notYours:
    'Leider kannst du nur deine eigenen Nachrichten als Geschichten teilen. Bitte die Person, die sie geschrieben hat, oder jemanden aus der Moderation, sie zu teilen.',
  noConsent: 'Deine Geschichte wurde nicht gesendet: Kreuze das Kästchen an, um zuzustimmen, dass das Community-Team sie veröffentlichen darf.',
  noText: 'Diese Nachricht enthält keinen Text, den du als Geschichte teilen könntest.',
  invalid: 'Deine Geschichte wurde nicht gesendet: {problems}',
  noBotToken:
    'Das Teilen von Geschichten über ein Formular ist auf diesem Server noch nicht eingerichtet. Bitte die Betreiberin oder den Betreiber, das Bot-Token hinzuzufügen.',
  modalTitle: 'Geschichte teilen',
  modalSubmit: 'Geschichte senden',
  modalCancel: 'Abbrechen',
  thanksTitle: 'Vielen Dank',
  kind: 'Was möchtest du teilen?',
  'kind.boost': 'Beitrag verbreiten',
  'kind.news': 'Neuigkeit',
  'kind.story': 'Geschichte',
  'kind.event': 'Veranstaltung',
  title: 'Titel',
  link: 'Link',
  'link.hint': 'Die Webadresse des Beitrags oder der Seite, beginnend mit https://',
  body: 'Deine Geschichte',
  'body.hint': 'Du kannst Markdown verwenden. Bei einem Beitrag zum Verbreiten: Warum sollten wir ihn teilen?',
  tags: 'Schlagwörter (optional)',
  'tags.hint': 'Bis zu 5, durch Kommas getrennt',
  region: 'Wo du bist (optional)',
  authorName: 'Name, der mit deiner Geschichte angezeigt wird (optional)',
  'authorName.short': 'Angezeigter Name (optional)',
  'authorName.hint': 'Bleibt das Feld leer, zeigt die Geschichte „A community member“ an.',
  consentLabel: 'Einverständnis',
  consent: 'Das Community-Team darf diese Geschichte mit meinem Namen veröffentlichen',
  published: 'Deine Geschichte „{title}“ ist veröffentlicht: {url}',
  publishedThread: 'Diese Geschichte ist jetzt auf {site} veröffentlicht: {url}',
  rejected: 'Danke, dass du „{title}“ geteilt hast. Die Moderation hat entschieden, die Geschichte diesmal nicht zu veröffentlichen.',
  unknownCommand: 'Diesen Befehl kennt Chorus nicht.',
};

export default de;
