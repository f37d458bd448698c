// Yoruba words of the story schema’s field messages. Pure data: fetched only by pages in Yoruba.
import type { Translation } from '../shared/locale.ts';
import type { schemaEn } from './schema.strings.ts';

const yo: Translation<typeof schemaEn> = {
  'kind.invalid': 'Yan irú ìtàn tí èyí jẹ́',
  'title.required': 'Tẹ àkọlé kan sí i',
  'title.tooLong': 'Tẹ àkọlé tí kò ju lẹ́tà 120 lọ',
  'title.invalid': 'Tẹ àkọlé kan sí i',
  'body.required': 'Kọ ìtàn rẹ',
  'body.tooLong': 'Ké ìtàn rẹ kúrú sí lẹ́tà 20,000 tàbí kí ó dín',
  'body.boostTooLong': 'Ké ọ̀rọ̀ rẹ kúrú sí lẹ́tà 500 tàbí kí ó dín, tàbí yan irú ìtàn mìíràn',
  'body.invalid': 'Kọ ìtàn rẹ',
  'link.required': 'Tẹ ìjápọ̀ àtẹ̀jáde tí o fẹ́ kí a pín sí i',
  'link.invalid': 'Tẹ ìjápọ̀ tó bẹ̀rẹ̀ pẹ̀lú https:// tàbí http://',
  'link.tooLong': 'Tẹ ìjápọ̀ tí kò ju lẹ́tà 2,048 lọ',
  'tags.tooMany': 'Yan àmì 5 tàbí kí ó dín',
  'tags.invalid': 'Lo àwọn àmì tí ó ní lẹ́tà kékeré (a–z), nọ́ńbà tàbí àmì àsopọ̀ láti 1 sí 32',
  'authorName.required': 'Tẹ orúkọ rẹ sí i',
  'authorName.tooLong': 'Tẹ orúkọ tí kò ju lẹ́tà 80 lọ',
  'authorName.invalid': 'Tẹ orúkọ rẹ sí i',
  'authorEmail.invalid': 'Tẹ àdírẹ́sì ímeèlì bíi name@example.org, tàbí fi sílẹ̀ ní òfìfo',
  'authorEmail.tooLong': 'Tẹ àdírẹ́sì ímeèlì tí kò ju lẹ́tà 254 lọ',
  'region.tooLong': 'Tẹ agbègbè tí kò ju lẹ́tà 80 lọ',
  'region.invalid': 'Tẹ agbègbè tí kò ju lẹ́tà 80 lọ, tàbí fi sílẹ̀ ní òfìfo',
  'language.invalid': 'Tẹ kóòdù èdè bíi yo tàbí pt-BR, tàbí fi sílẹ̀ ní òfìfo',
  'consent.required': 'Fi àmì sí àpótí náà láti gbà pé ẹgbẹ́ àwùjọ lè tẹ ìtàn rẹ jáde',
  'text.controlCharacters': 'Yọ àwọn lẹ́tà ìṣàkóso tí a kò rí kúrò nínú ọ̀rọ̀ yìí',
  'startedAt.invalid': 'Tún ojú-ìwé náà gbé wọlé kí o sì tún fi fọ́ọ̀mù náà ránṣẹ́',
  invalid: 'Ṣàyẹ̀wò ìdáhùn yìí',
};

export default yo;
