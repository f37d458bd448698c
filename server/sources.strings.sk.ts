// Slovak: the read-through's messages. Terms as in messages.strings.sk.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { sourcesEn } from './sources.strings.ts';

const sk: Translation<typeof sourcesEn> = {
  notAllowed: 'Tento server taký zdroj nečíta. Vlastník servera ho môže pridať do CHORUS_SOURCE_ALLOWLIST',
  repo: 'Zadajte repozitár ako repo=VLASTNÍK/REPOZITÁR',
  url: 'Zadajte zoznam tém fóra ako url=https://forum.example.org/c/SLUG/ID',
  cursor: 'Tento kurzor tu nie je platný: začnite znova od prvej stránky',
  kind: 'Vyberte druh: boost, news, story alebo event',
  upstream: 'Zdroj neodpovedal podľa očakávania. Skúste to znova o chvíľu',
  upstreamNotFound: 'Zdroj taký repozitár ani zoznam tém nemá',
  upstreamLimited: 'Zdroj zatiaľ odmieta požiadavky. Skúste to znova neskôr',
};

export default sk;
