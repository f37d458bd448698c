// Norwegian Bokmål: the read-through's messages. Terms as in messages.strings.nb.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { sourcesEn } from './sources.strings.ts';

const nb: Translation<typeof sourcesEn> = {
  notAllowed: 'Denne serveren leser ikke den kilden. Eieren kan legge den til i CHORUS_SOURCE_ALLOWLIST',
  repo: 'Oppgi repositoryet som repo=EIER/REPO',
  url: 'Oppgi forumoversikten som url=https://forum.example.org/c/SLUG/ID',
  cursor: 'Denne markøren er ikke gyldig her: Begynn på nytt fra første side',
  kind: 'Velg en type: boost, news, story eller event',
  upstream: 'Kilden svarte ikke som forventet. Prøv igjen om litt',
  upstreamNotFound: 'Kilden har ikke noe slikt repository eller noen slik oversikt',
  upstreamLimited: 'Kilden avviser forespørsler for øyeblikket. Prøv igjen senere',
};

export default nb;
