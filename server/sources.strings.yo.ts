// Yoruba: the read-through's messages. Terms as in messages.strings.yo.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { sourcesEn } from './sources.strings.ts';

const yo: Translation<typeof sourcesEn> = {
  notAllowed: 'Sáfà yìí kì í ka orísun yẹn. Ẹni tó ni sáfà lè fi kún CHORUS_SOURCE_ALLOWLIST',
  repo: 'Fi ibi ìpamọ́ kóòdù náà sílẹ̀ gẹ́gẹ́ bí repo=OWNER/REPO',
  url: 'Fi àkójọ fọ́rọ̀mù náà sílẹ̀ gẹ́gẹ́ bí url=https://forum.example.org/c/SLUG/ID',
  cursor: 'Kọ́sọ̀ yìí kò tọ́ níbí: tún bẹ̀rẹ̀ láti ojú-ìwé àkọ́kọ́',
  kind: 'Yan irú kan: boost, news, story tàbí event',
  upstream: 'Orísun náà kò dáhùn bí a ṣe retí. Gbìyànjú lẹ́ẹ̀kan sí i láìpẹ́',
  upstreamNotFound: 'Orísun náà kò ní irú ibi ìpamọ́ kóòdù tàbí àkójọ bẹ́ẹ̀',
  upstreamLimited: 'Orísun náà ń kọ àwọn ìbéèrè sílẹ̀ fún báyìí. Gbìyànjú lẹ́ẹ̀kan sí i nígbà míì',
};

export default yo;
