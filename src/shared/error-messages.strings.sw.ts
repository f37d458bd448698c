// Swahili failure messages. Pure data: fetched only by pages in Swahili.
import type { Translation } from './locale.ts';
import type { errorMessagesEn } from './error-messages.strings.ts';

const sw: Translation<typeof errorMessagesEn> = {
  'read.network': 'Imeshindwa kupakia hadithi. Kagua muunganisho wako, kisha ujaribu tena.',
  'read.timeout': 'Hadithi zimechukua muda mrefu mno kufika. Jaribu tena baada ya muda mfupi.',
  'read.rate-limited': 'Maombi mengi mno ya hadithi. Jaribu tena baada ya dakika chache.',
  'read.rateLimitedUntil': 'Kikomo cha GitHub cha kila saa kwa mtandao huu kimekwisha. Jaribu tena baada ya {time}.',
  'read.cors':
    'Jukwaa la {forum} haliruhusu tovuti hii kusoma hadithi zake. Msimamizi wa jukwaa anapaswa kuwasha “enable cors” na kuongeza {origin} kwenye “cors origins”.',
  'read.not-found': 'Hadithi hazikupatikana. Kagua anwani ya chanzo cha orodha hii.',
  'read.forbidden': 'Hadithi si za umma, au tovuti hii hairuhusiwi kuzisoma.',
  'read.unauthorized': 'Hadithi si za umma, au tovuti hii hairuhusiwi kuzisoma.',
  'read.unsupported': 'Orodha hii haina chanzo inachoweza kusoma. Weka source au endpoint yake.',
  'read.invalid-response': 'Hadithi zimefika katika muundo ambao orodha hii haiwezi kusoma.',
  'read.server': 'Seva ya hadithi ina tatizo. Jaribu tena baada ya dakika chache.',
  'read.other': 'Imeshindwa kupakia hadithi. Jaribu tena.',
  'reason.network': 'seva haikuweza kufikiwa.',
  'reason.timeout': 'seva haikujibu kwa wakati.',
  'reason.server': 'seva ilipata tatizo.',
  'reason.not-found': 'haikupatikana kwenye seva.',
  'reason.forbidden': 'tokeni hii hairuhusiwi kufanya hivyo.',
  'reason.rate-limited': 'maombi mengi mno; subiri kidogo.',
  'reason.other': 'seva ilituma jibu ambalo Chorus haikulielewa.',
  'send.other': 'Hatukuweza kutuma hadithi yako. Imehifadhiwa kwenye kifaa hiki. Jaribu tena baada ya muda mfupi.',
  'send.payload-too-large': 'Hadithi yako ni kubwa mno kutumwa. Ifupishe, kisha ujaribu tena.',
  'send.rate-limited': 'Umetuma hadithi nyingi kwa muda mfupi. Jaribu tena baadaye.',
  'send.rateLimitedSeconds_one': 'Umetuma hadithi nyingi kwa muda mfupi. Jaribu tena baada ya sekunde {count}.',
  'send.rateLimitedSeconds_other': 'Umetuma hadithi nyingi kwa muda mfupi. Jaribu tena baada ya sekunde {count}.',
  'send.rateLimitedAt': 'Umetuma hadithi nyingi kwa muda mfupi. Jaribu tena baada ya {time}.',
};

export default sw;
