// Hungarian failure messages. Pure data: fetched only by pages in Hungarian.
import type { Translation } from './locale.ts';
import type { errorMessagesEn } from './error-messages.strings.ts';

const hu: Translation<typeof errorMessagesEn> = {
  'read.network': 'Nem sikerült betölteni a történeteket. Ellenőrizze a kapcsolatot, majd próbálja újra.',
  'read.timeout': 'A történetek túl sokáig töltődtek. Próbálja újra egy kis idő múlva.',
  'read.rate-limited': 'Túl sok kérés érkezett történetekre. Próbálja újra néhány perc múlva.',
  'read.rateLimitedUntil': 'A GitHub óránkénti korlátja ennél a hálózatnál elfogyott. Próbálja újra {time} után.',
  'read.cors':
    'A(z) {forum} fórum nem engedi, hogy ez a webhely olvassa a történeteit. A fórum egyik adminisztrátorának be kell kapcsolnia az „enable cors” beállítást, és hozzá kell adnia a(z) {origin} címet a „cors origins” listához.',
  'read.not-found': 'A történetek nem találhatók. Ellenőrizze a hírfolyam forráscímét.',
  'read.forbidden': 'A történetek nem nyilvánosak, vagy ez a webhely nem olvashatja őket.',
  'read.unauthorized': 'A történetek nem nyilvánosak, vagy ez a webhely nem olvashatja őket.',
  'read.unsupported': 'Ennek a hírfolyamnak nincs olvasható forrása. Állítsa be a source vagy az endpoint értékét.',
  'read.invalid-response': 'A történetek olyan formában érkeztek, amelyet ez a hírfolyam nem tud olvasni.',
  'read.server': 'A történetek kiszolgálóján hiba lépett fel. Próbálja újra néhány perc múlva.',
  'read.other': 'Nem sikerült betölteni a történeteket. Próbálja újra.',
  'reason.network': 'a kiszolgáló nem érhető el.',
  'reason.timeout': 'a kiszolgáló nem válaszolt időben.',
  'reason.server': 'hiba történt a kiszolgálón.',
  'reason.not-found': 'nem található a kiszolgálón.',
  'reason.forbidden': 'ez a token erre nem jogosult.',
  'reason.rate-limited': 'túl sok kérés; várjon egy kicsit.',
  'reason.other': 'a kiszolgáló olyan választ küldött, amelyet a Chorus nem értett.',
  'send.other': 'Nem tudtuk elküldeni a történetét. Ezen az eszközön mentve van. Próbálja újra egy kis idő múlva.',
  'send.payload-too-large': 'A története túl nagy a küldéshez. Rövidítse le, majd próbálja újra.',
  'send.rate-limited': 'Rövid idő alatt sok történetet küldött. Próbálja újra később.',
  'send.rateLimitedSeconds_one': 'Rövid idő alatt sok történetet küldött. Próbálja újra {count} másodperc múlva.',
  'send.rateLimitedSeconds_other': 'Rövid idő alatt sok történetet küldött. Próbálja újra {count} másodperc múlva.',
  'send.rateLimitedAt': 'Rövid idő alatt sok történetet küldött. Próbálja újra {time} után.',
};

export default hu;
