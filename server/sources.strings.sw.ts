// Swahili: the read-through's messages. Terms as in messages.strings.sw.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { sourcesEn } from './sources.strings.ts';

const sw: Translation<typeof sourcesEn> = {
  notAllowed: 'Seva hii haisomi chanzo hicho. Mmiliki wake anaweza kukiongeza kwenye CHORUS_SOURCE_ALLOWLIST',
  repo: 'Taja hazina kama repo=MMILIKI/HAZINA',
  url: 'Taja orodha ya jukwaa kama url=https://jukwaa.example.org/c/SLUG/ID',
  cursor: 'Kiashiria hiki si halali hapa: anza tena kutoka ukurasa wa kwanza',
  kind: 'Chagua aina: boost, news, story au event',
  upstream: 'Chanzo hakikujibu kama ilivyotarajiwa. Jaribu tena baada ya muda mfupi',
  upstreamNotFound: 'Chanzo hakina hazina au orodha kama hiyo',
  upstreamLimited: 'Chanzo kinakataa maombi kwa sasa. Jaribu tena baadaye',
};

export default sw;
