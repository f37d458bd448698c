// Czech: the read-through's messages. Terms as in messages.strings.cs.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { sourcesEn } from './sources.strings.ts';

const cs: Translation<typeof sourcesEn> = {
  notAllowed: 'Tento server takový zdroj nečte. Vlastník serveru ho může přidat do CHORUS_SOURCE_ALLOWLIST',
  repo: 'Zadejte repozitář jako repo=VLASTNÍK/REPOZITÁŘ',
  url: 'Zadejte seznam témat fóra jako url=https://forum.example.org/c/SLUG/ID',
  cursor: 'Tento kurzor tu není platný: začněte znovu od první stránky',
  kind: 'Vyberte druh: boost, news, story nebo event',
  upstream: 'Zdroj neodpověděl podle očekávání. Zkuste to znovu za chvíli',
  upstreamNotFound: 'Zdroj takový repozitář ani seznam témat nemá',
  upstreamLimited: 'Zdroj teď odmítá požadavky. Zkuste to znovu později',
};

export default cs;
