// Danish: the read-through's messages. Terms as in messages.strings.da.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { sourcesEn } from './sources.strings.ts';

const da: Translation<typeof sourcesEn> = {
  notAllowed: 'Denne server læser ikke den kilde. Ejeren kan tilføje den til CHORUS_SOURCE_ALLOWLIST',
  repo: 'Angiv repositoryet som repo=EJER/REPO',
  url: 'Angiv forumoversigten som url=https://forum.example.org/c/SLUG/ID',
  cursor: 'Denne markør er ikke gyldig her: Start forfra fra første side',
  kind: 'Vælg en type: boost, news, story eller event',
  upstream: 'Kilden svarede ikke som forventet. Prøv igen om lidt',
  upstreamNotFound: 'Kilden har ikke noget sådant repository eller nogen sådan oversigt',
  upstreamLimited: 'Kilden afviser forespørgsler lige nu. Prøv igen senere',
};

export default da;
