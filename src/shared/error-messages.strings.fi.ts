// Finnish failure messages. Pure data: fetched only by pages in Finnish.
import type { Translation } from './locale.ts';
import type { errorMessagesEn } from './error-messages.strings.ts';

const fi: Translation<typeof errorMessagesEn> = {
  'read.network': 'Tarinoita ei voitu ladata. Tarkista verkkoyhteytesi ja yritä uudelleen.',
  'read.timeout': 'Tarinoiden lataaminen kesti liian kauan. Yritä hetken päästä uudelleen.',
  'read.rate-limited': 'Liian monta tarinapyyntöä. Yritä uudelleen muutaman minuutin päästä.',
  'read.rateLimitedUntil': 'GitHubin tuntikohtainen raja tälle verkolle on käytetty. Yritä uudelleen klo {time} jälkeen.',
  'read.cors':
    'Foorumi {forum} ei salli tämän sivuston lukea sen tarinoita. Foorumin ylläpitäjän on otettava käyttöön ”enable cors” ja lisättävä {origin} asetukseen ”cors origins”.',
  'read.not-found': 'Tarinoita ei löytynyt. Tarkista syötteen lähdeosoite.',
  'read.forbidden': 'Tarinat eivät ole julkisia, tai tämä sivusto ei saa lukea niitä.',
  'read.unauthorized': 'Tarinat eivät ole julkisia, tai tämä sivusto ei saa lukea niitä.',
  'read.unsupported': 'Tällä syötteellä ei ole lähdettä, jota se osaa lukea. Määritä sen lähde (source) tai endpoint.',
  'read.invalid-response': 'Tarinat saapuivat muodossa, jota tämä syöte ei osaa lukea.',
  'read.server': 'Tarinapalvelimessa on ongelma. Yritä uudelleen muutaman minuutin päästä.',
  'read.other': 'Tarinoita ei voitu ladata. Yritä uudelleen.',
  'reason.network': 'palvelimeen ei saatu yhteyttä.',
  'reason.timeout': 'palvelin ei vastannut ajoissa.',
  'reason.server': 'palvelimessa ilmeni ongelma.',
  'reason.not-found': 'sitä ei löytynyt palvelimelta.',
  'reason.forbidden': 'tällä tunnuksella ei voi tehdä sitä.',
  'reason.rate-limited': 'liian monta pyyntöä; odota hetki.',
  'reason.other': 'palvelin lähetti vastauksen, jota Chorus ei ymmärtänyt.',
  'send.other': 'Emme voineet lähettää tarinaasi. Se on tallennettu tälle laitteelle. Yritä hetken päästä uudelleen.',
  'send.payload-too-large': 'Tarinasi on liian suuri lähetettäväksi. Lyhennä sitä ja yritä uudelleen.',
  'send.rate-limited': 'Olet lähettänyt monta tarinaa lyhyessä ajassa. Yritä myöhemmin uudelleen.',
  'send.rateLimitedSeconds_one': 'Olet lähettänyt monta tarinaa lyhyessä ajassa. Yritä uudelleen {count} sekunnin päästä.',
  'send.rateLimitedSeconds_other': 'Olet lähettänyt monta tarinaa lyhyessä ajassa. Yritä uudelleen {count} sekunnin päästä.',
  'send.rateLimitedAt': 'Olet lähettänyt monta tarinaa lyhyessä ajassa. Yritä uudelleen klo {time} jälkeen.',
};

export default fi;
