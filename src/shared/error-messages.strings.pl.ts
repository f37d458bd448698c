// Polish failure messages. Pure data: fetched only by pages in Polish.
import type { Translation } from './locale.ts';
import type { errorMessagesEn } from './error-messages.strings.ts';

const pl: Translation<typeof errorMessagesEn> = {
  'read.network': 'Nie udało się wczytać historii. Sprawdź połączenie i spróbuj ponownie.',
  'read.timeout': 'Wczytywanie historii trwało zbyt długo. Spróbuj ponownie za chwilę.',
  'read.rate-limited': 'Zbyt wiele żądań historii. Spróbuj ponownie za kilka minut.',
  'read.rateLimitedUntil': 'Godzinny limit GitHuba dla tej sieci został wyczerpany. Spróbuj ponownie po {time}.',
  'read.cors':
    'Forum {forum} nie pozwala tej witrynie odczytywać swoich historii. Administrator forum musi włączyć „enable cors” i dodać {origin} do „cors origins”.',
  'read.not-found': 'Nie znaleziono historii. Sprawdź adres źródła listy.',
  'read.forbidden': 'Historie nie są publiczne albo ta witryna nie może ich odczytywać.',
  'read.unauthorized': 'Historie nie są publiczne albo ta witryna nie może ich odczytywać.',
  'read.unsupported': 'Ta lista nie ma źródła, które może odczytać. Ustaw jej source lub endpoint.',
  'read.invalid-response': 'Historie przyszły w postaci, której ta lista nie potrafi odczytać.',
  'read.server': 'Serwer historii ma problem. Spróbuj ponownie za kilka minut.',
  'read.other': 'Nie udało się wczytać historii. Spróbuj ponownie.',
  'reason.network': 'nie udało się połączyć z serwerem.',
  'reason.timeout': 'serwer nie odpowiedział na czas.',
  'reason.server': 'wystąpił problem na serwerze.',
  'reason.not-found': 'nie znaleziono jej na serwerze.',
  'reason.forbidden': 'ten token nie ma do tego uprawnień.',
  'reason.rate-limited': 'zbyt wiele żądań; odczekaj chwilę.',
  'reason.other': 'serwer wysłał odpowiedź, której Chorus nie rozumie.',
  'send.other': 'Nie udało się wysłać Twojej historii. Jest zapisana na tym urządzeniu. Spróbuj ponownie za chwilę.',
  'send.payload-too-large': 'Twoja historia jest za duża, aby ją wysłać. Skróć ją i spróbuj ponownie.',
  'send.rate-limited': 'Wysłano wiele historii w krótkim czasie. Spróbuj ponownie później.',
  'send.rateLimitedSeconds_one': 'Wysłano wiele historii w krótkim czasie. Spróbuj ponownie za {count} sekundę.',
  'send.rateLimitedSeconds_few': 'Wysłano wiele historii w krótkim czasie. Spróbuj ponownie za {count} sekundy.',
  'send.rateLimitedSeconds_many': 'Wysłano wiele historii w krótkim czasie. Spróbuj ponownie za {count} sekund.',
  'send.rateLimitedSeconds_other': 'Wysłano wiele historii w krótkim czasie. Spróbuj ponownie za {count} sekund.',
  'send.rateLimitedAt': 'Wysłano wiele historii w krótkim czasie. Spróbuj ponownie po {time}.',
};

export default pl;
