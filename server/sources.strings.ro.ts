// Romanian: the read-through's messages. Terms as in messages.strings.ro.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { sourcesEn } from './sources.strings.ts';

const ro: Translation<typeof sourcesEn> = {
  notAllowed: 'Acest server nu citește sursa respectivă. Proprietarul serverului o poate adăuga în CHORUS_SOURCE_ALLOWLIST',
  repo: 'Indicați depozitul ca repo=PROPRIETAR/DEPOZIT',
  url: 'Indicați lista de subiecte a forumului ca url=https://forum.example.org/c/SLUG/ID',
  cursor: 'Acest cursor nu este valid aici: reîncepeți de la prima pagină',
  kind: 'Alegeți un tip: boost, news, story sau event',
  upstream: 'Sursa nu a răspuns cum era de așteptat. Încercați din nou peste câteva momente',
  upstreamNotFound: 'Sursa nu are un astfel de depozit sau listă de subiecte',
  upstreamLimited: 'Sursa refuză cererile deocamdată. Încercați din nou mai târziu',
};

export default ro;
