// Swahili words of the story schema’s field messages. Pure data: fetched only by pages in Swahili.
import type { Translation } from '../shared/locale.ts';
import type { schemaEn } from './schema.strings.ts';

const sw: Translation<typeof schemaEn> = {
  'kind.invalid': 'Chagua aina ya hadithi hii',
  'title.required': 'Weka kichwa',
  'title.tooLong': 'Weka kichwa chenye herufi 120 au chache',
  'title.invalid': 'Weka kichwa',
  'body.required': 'Andika hadithi yako',
  'body.tooLong': 'Fupisha hadithi yako hadi herufi 20,000 au chache',
  'body.boostTooLong': 'Fupisha ujumbe wako hadi herufi 500 au chache, au chagua aina nyingine ya hadithi',
  'body.invalid': 'Andika hadithi yako',
  'link.required': 'Weka kiungo cha chapisho unalotaka tushiriki',
  'link.invalid': 'Weka kiungo kinachoanza na https:// au http://',
  'link.tooLong': 'Weka kiungo chenye herufi 2,048 au chache',
  'tags.tooMany': 'Chagua lebo 5 au chache',
  'tags.invalid': 'Tumia lebo zenye herufi ndogo, tarakimu au vistari 1 hadi 32',
  'authorName.required': 'Weka jina lako',
  'authorName.tooLong': 'Weka jina lenye herufi 80 au chache',
  'authorName.invalid': 'Weka jina lako',
  'authorEmail.invalid': 'Weka anwani ya barua pepe kama jina@example.org, au iache wazi',
  'authorEmail.tooLong': 'Weka anwani ya barua pepe yenye herufi 254 au chache',
  'region.tooLong': 'Weka eneo lenye herufi 80 au chache',
  'region.invalid': 'Weka eneo lenye herufi 80 au chache, au liache wazi',
  'language.invalid': 'Weka msimbo wa lugha kama sw au pt-BR, au uache wazi',
  'consent.required': 'Weka alama kwenye kisanduku ili kukubali kwamba timu ya jumuiya inaweza kuchapisha hadithi yako',
  'text.controlCharacters': 'Ondoa herufi za udhibiti zisizoonekana kwenye maandishi haya',
  'startedAt.invalid': 'Pakia upya ukurasa na utume fomu tena',
  invalid: 'Kagua jibu hili',
};

export default sw;
