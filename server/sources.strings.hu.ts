// Hungarian: the read-through's messages. Terms as in messages.strings.hu.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { sourcesEn } from './sources.strings.ts';

const hu: Translation<typeof sourcesEn> = {
  notAllowed: 'Ez a kiszolgáló nem olvassa ezt a forrást. A tulajdonosa felveheti a CHORUS_SOURCE_ALLOWLIST listába',
  repo: 'A tárolót repo=TULAJDONOS/TÁROLÓ formában adja meg',
  url: 'A fórum témalistáját url=https://forum.example.org/c/SLUG/ID formában adja meg',
  cursor: 'Ez a kurzor itt nem érvényes: kezdje újra az első oldaltól',
  kind: 'Válasszon típust: boost, news, story vagy event',
  upstream: 'A forrás nem a várt módon válaszolt. Próbálja újra egy kis idő múlva',
  upstreamNotFound: 'A forrásnak nincs ilyen tárolója vagy témalistája',
  upstreamLimited: 'A forrás egyelőre elutasítja a kéréseket. Próbálja újra később',
};

export default hu;
