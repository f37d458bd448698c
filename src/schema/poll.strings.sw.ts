// Swahili words of the poll schema’s messages. Pure data: fetched only by pages in Swahili.
import type { Translation } from '../shared/locale.ts';
import type { pollSchemaEn } from './poll.strings.ts';

const sw: Translation<typeof pollSchemaEn> = {
  'question.required': 'Weka swali',
  'question.tooLong': 'Weka swali lenye herufi 200 au chache',
  'question.invalid': 'Weka swali',
  'options.tooFew': 'Toa angalau majibu 2 ya kuchagua',
  'options.tooMany': 'Toa majibu 10 au machache',
  'options.textRequired': 'Weka maandishi ya kila jibu, au ondoa lililo tupu',
  'options.textTooLong': 'Fupisha kila jibu hadi herufi 100 au chache',
  'options.duplicate': 'Kila jibu liwe na maandishi tofauti',
  'options.invalid': 'Toa orodha ya majibu 2 hadi 10',
  'multiple.invalid': 'Chagua kama watu wanaweza kuchagua majibu kadhaa',
  'resultsBeforeVote.invalid': 'Chagua kama watu wanaweza kuona matokeo kabla ya kupiga kura',
  'closesAt.invalid': 'Weka muda wa kufunga kama 2025-01-31T18:00:00Z, au uache wazi',
  'closesAt.past': 'Chagua muda wa kufunga ulio katika siku zijazo, au uache wazi',
  'vote.required': 'Chagua jibu, kisha upige kura',
  'vote.single': 'Chagua jibu moja tu',
  'vote.unknown': 'Jibu hili halipo tena kwenye kura ya maoni: pakia upya kura ya maoni na uchague tena',
  'voter.invalid': 'Pakia upya ukurasa na upige kura tena',
  'text.controlCharacters': 'Ondoa herufi za udhibiti zisizoonekana kwenye maandishi haya',
  invalid: 'Kagua jibu hili',
};

export default sw;
