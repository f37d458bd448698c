// Yoruba failure messages. Pure data: fetched only by pages in Yoruba.
import type { Translation } from './locale.ts';
import type { errorMessagesEn } from './error-messages.strings.ts';

const yo: Translation<typeof errorMessagesEn> = {
  'read.network': 'A kò lè gbé àwọn ìtàn wọlé. Ṣàyẹ̀wò ìsopọ̀ rẹ, lẹ́yìn náà gbìyànjú lẹ́ẹ̀kan sí i.',
  'read.timeout': 'Àwọn ìtàn pẹ́ jù kí wọ́n tó dé. Gbìyànjú lẹ́ẹ̀kan sí i láìpẹ́.',
  'read.rate-limited': 'Ìbéèrè fún ìtàn ti pọ̀ jù. Gbìyànjú lẹ́ẹ̀kan sí i lẹ́yìn ìṣẹ́jú díẹ̀.',
  'read.rateLimitedUntil': 'Ààlà wákàtí GitHub fún nẹ́tíwọ̀ọ̀kì yìí ti tán. Gbìyànjú lẹ́ẹ̀kan sí i lẹ́yìn {time}.',
  'read.cors':
    'Fọ́rọ̀mù {forum} kò gba ààyè fún ojú-òpó yìí láti ka àwọn ìtàn rẹ̀. Alákòóso fọ́rọ̀mù gbọ́dọ̀ tan “enable cors” kí ó sì fi {origin} kún “cors origins”.',
  'read.not-found': 'A kò rí àwọn ìtàn náà. Ṣàyẹ̀wò àdírẹ́sì orísun àkójọ ìtàn yìí.',
  'read.forbidden': 'Àwọn ìtàn náà kì í ṣe ti gbogbo ènìyàn, tàbí ojú-òpó yìí kò ní àṣẹ láti kà wọ́n.',
  'read.unauthorized': 'Àwọn ìtàn náà kì í ṣe ti gbogbo ènìyàn, tàbí ojú-òpó yìí kò ní àṣẹ láti kà wọ́n.',
  'read.unsupported': 'Àkójọ ìtàn yìí kò ní orísun tí ó lè kà. Ṣètò source tàbí endpoint rẹ̀.',
  'read.invalid-response': 'Àwọn ìtàn dé ní ọ̀nà tí àkójọ ìtàn yìí kò lè kà.',
  'read.server': 'Sáfà ìtàn ní ìṣòro. Gbìyànjú lẹ́ẹ̀kan sí i lẹ́yìn ìṣẹ́jú díẹ̀.',
  'read.other': 'A kò lè gbé àwọn ìtàn wọlé. Gbìyànjú lẹ́ẹ̀kan sí i.',
  'reason.network': 'a kò lè dé ọ̀dọ̀ sáfà.',
  'reason.timeout': 'sáfà kò dáhùn lásìkò.',
  'reason.server': 'sáfà ní ìṣòro.',
  'reason.not-found': 'a kò rí i lórí sáfà.',
  'reason.forbidden': 'tókìnì yìí kò ní àṣẹ láti ṣe bẹ́ẹ̀.',
  'reason.rate-limited': 'ìbéèrè ti pọ̀ jù; dúró díẹ̀.',
  'reason.other': 'sáfà fi èsì kan ránṣẹ́ tí Chorus kò yé.',
  'send.other': 'A kò lè fi ìtàn rẹ ránṣẹ́. A ti fi pamọ́ sórí ẹ̀rọ yìí. Gbìyànjú lẹ́ẹ̀kan sí i láìpẹ́.',
  'send.payload-too-large': 'Ìtàn rẹ tóbi jù láti fi ránṣẹ́. Ké e kúrú, lẹ́yìn náà gbìyànjú lẹ́ẹ̀kan sí i.',
  'send.rate-limited': 'O ti fi ọ̀pọ̀lọpọ̀ ìtàn ránṣẹ́ láàárín àkókò kúkúrú. Gbìyànjú lẹ́ẹ̀kan sí i nígbà míì.',
  'send.rateLimitedSeconds_one': 'O ti fi ọ̀pọ̀lọpọ̀ ìtàn ránṣẹ́ láàárín àkókò kúkúrú. Gbìyànjú lẹ́ẹ̀kan sí i lẹ́yìn ìṣẹ́jú-àáyá {count}.',
  'send.rateLimitedSeconds_other': 'O ti fi ọ̀pọ̀lọpọ̀ ìtàn ránṣẹ́ láàárín àkókò kúkúrú. Gbìyànjú lẹ́ẹ̀kan sí i lẹ́yìn ìṣẹ́jú-àáyá {count}.',
  'send.rateLimitedAt': 'O ti fi ọ̀pọ̀lọpọ̀ ìtàn ránṣẹ́ láàárín àkókò kúkúrú. Gbìyànjú lẹ́ẹ̀kan sí i lẹ́yìn {time}.',
};

export default yo;
