// Yoruba words of the poll schema’s messages. Pure data: fetched only by pages in Yoruba.
import type { Translation } from '../shared/locale.ts';
import type { pollSchemaEn } from './poll.strings.ts';

const yo: Translation<typeof pollSchemaEn> = {
  'question.required': 'Tẹ ìbéèrè kan sí i',
  'question.tooLong': 'Tẹ ìbéèrè tí kò ju lẹ́tà 200 lọ',
  'question.invalid': 'Tẹ ìbéèrè kan sí i',
  'options.tooFew': 'Fún wa ní ó kéré tán ìdáhùn 2 láti yàn láàárín wọn',
  'options.tooMany': 'Fún wa ní ìdáhùn 10 tàbí kí ó dín',
  'options.textRequired': 'Tẹ ọ̀rọ̀ ìdáhùn kọ̀ọ̀kan sí i, tàbí yọ èyí tó ṣófo kúrò',
  'options.textTooLong': 'Ké ìdáhùn kọ̀ọ̀kan kúrú sí lẹ́tà 100 tàbí kí ó dín',
  'options.duplicate': 'Fún ìdáhùn kọ̀ọ̀kan ní ọ̀rọ̀ tó yàtọ̀',
  'options.invalid': 'Fún wa ní àkójọ ìdáhùn láti 2 sí 10',
  'multiple.invalid': 'Yan bóyá àwọn ènìyàn lè mú ìdáhùn púpọ̀',
  'resultsBeforeVote.invalid': 'Yan bóyá àwọn ènìyàn lè rí èsì kí wọ́n tó dìbò',
  'closesAt.invalid': 'Tẹ àkókò ìparí bíi 2025-01-31T18:00:00Z, tàbí fi sílẹ̀ ní òfìfo',
  'closesAt.past': 'Yan àkókò ìparí tó ń bọ̀ lọ́jọ́ iwájú, tàbí fi sílẹ̀ ní òfìfo',
  'vote.required': 'Yan ìdáhùn kan, lẹ́yìn náà dìbò',
  'vote.single': 'Yan ìdáhùn kan ṣoṣo',
  'vote.unknown': 'Ìdáhùn yìí kò sí nínú ìbò èrò náà mọ́: tún ìbò èrò náà gbé wọlé kí o sì tún yan',
  'voter.invalid': 'Tún ojú-ìwé náà gbé wọlé kí o sì tún dìbò',
  'text.controlCharacters': 'Yọ àwọn lẹ́tà ìṣàkóso tí a kò rí kúrò nínú ọ̀rọ̀ yìí',
  invalid: 'Ṣàyẹ̀wò ìdáhùn yìí',
};

export default yo;
