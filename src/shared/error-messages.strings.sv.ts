// Swedish failure messages. Pure data: fetched only by pages in Swedish.
import type { Translation } from './locale.ts';
import type { errorMessagesEn } from './error-messages.strings.ts';

const sv: Translation<typeof errorMessagesEn> = {
  'read.network': 'Det gick inte att läsa in berättelserna. Kontrollera din anslutning och försök igen.',
  'read.timeout': 'Det tog för lång tid att hämta berättelserna. Försök igen om en stund.',
  'read.rate-limited': 'För många förfrågningar om berättelser. Försök igen om några minuter.',
  'read.rateLimitedUntil': 'GitHubs timgräns för det här nätverket är förbrukad. Försök igen efter {time}.',
  'read.cors':
    'Forumet {forum} tillåter inte att den här webbplatsen läser dess berättelser. En administratör för forumet måste aktivera ”enable cors” och lägga till {origin} i ”cors origins”.',
  'read.not-found': 'Berättelserna hittades inte. Kontrollera flödets källadress.',
  'read.forbidden': 'Berättelserna är inte offentliga, eller så får den här webbplatsen inte läsa dem.',
  'read.unauthorized': 'Berättelserna är inte offentliga, eller så får den här webbplatsen inte läsa dem.',
  'read.unsupported': 'Flödet har ingen källa som det kan läsa. Ange dess källa (source) eller endpoint.',
  'read.invalid-response': 'Berättelserna kom i ett format som flödet inte kan läsa.',
  'read.server': 'Berättelseservern har ett problem. Försök igen om några minuter.',
  'read.other': 'Det gick inte att läsa in berättelserna. Försök igen.',
  'reason.network': 'det gick inte att nå servern.',
  'reason.timeout': 'servern svarade inte i tid.',
  'reason.server': 'servern fick ett problem.',
  'reason.not-found': 'den hittades inte på servern.',
  'reason.forbidden': 'den här token får inte göra det.',
  'reason.rate-limited': 'för många förfrågningar; vänta en stund.',
  'reason.other': 'servern skickade ett svar som Chorus inte förstod.',
  'send.other': 'Vi kunde inte skicka din berättelse. Den är sparad på den här enheten. Försök igen om en stund.',
  'send.payload-too-large': 'Din berättelse är för stor för att skickas. Korta ner den och försök igen.',
  'send.rate-limited': 'Du har skickat många berättelser på kort tid. Försök igen senare.',
  'send.rateLimitedSeconds_one': 'Du har skickat många berättelser på kort tid. Försök igen om {count} sekund.',
  'send.rateLimitedSeconds_other': 'Du har skickat många berättelser på kort tid. Försök igen om {count} sekunder.',
  'send.rateLimitedAt': 'Du har skickat många berättelser på kort tid. Försök igen efter {time}.',
};

export default sv;
