// Yoruba words of <chorus-poll>. Pure data: fetched only by pages in Yoruba.
import type { Translation } from '../../shared/locale.ts';
import type { pollEn } from './poll.strings.ts';

const yo: Translation<typeof pollEn> = {
  loading: 'A ń gbé ìdìbò wọlé…',
  loadFailed: 'A kò lè gbé ìdìbò náà wọlé: {reason}',
  noEndpoint: 'Ìdìbò yìí kò ní sáfà tí yóò ti kà. Ṣètò endpoint rẹ̀.',
  retry: 'Gbìyànjú lẹ́ẹ̀kan sí i',
  chooseOne: 'Yan ìdáhùn kan.',
  chooseMany: 'Yan ìdáhùn kan tàbí jù bẹ́ẹ̀ lọ.',
  vote: 'Dìbò',
  changeVote: 'Yí ìbò rẹ padà',
  voting: 'A ń fi ìbò rẹ ránṣẹ́…',
  showResults: 'Fi èsì hàn',
  hideResults: 'Padà sí ìdìbò',
  resultsLater: 'Èsì yóò hàn lẹ́yìn tí o bá dìbò.',
  results: 'Èsì',
  votes_one: 'Ìbò {count}',
  votes_other: 'Ìbò {count}',
  share: '{percent}, {votes}',
  total_one: 'Ènìyàn {count} ti dìbò',
  total_other: 'Ènìyàn {count} ti dìbò',
  yourChoice: 'ohun tí o yàn',
  counted: 'A ti ka ìbò rẹ.',
  closed: 'Ìdìbò yìí ti parí. Èyí ni èsì ìkẹyìn.',
  closesAt: 'Yóò parí {time}',
  closedBeforeVote: 'Ìdìbò yìí ti parí kí ìbò rẹ tó dé. A kò ka ìbò rẹ.',
  voteFailed: 'A kò ka ìbò rẹ: {reason} A ti pa ohun tí o yàn mọ́; gbìyànjú lẹ́ẹ̀kan sí i.',
  rateLimited_one: 'Ìbò ti pọ̀ jù láti inú nẹ́tíwọ́ọ̀kì rẹ. A ti pa ohun tí o yàn mọ́; gbìyànjú lẹ́ẹ̀kan sí i lẹ́yìn ìṣẹ́jú {count}.',
  rateLimited_other: 'Ìbò ti pọ̀ jù láti inú nẹ́tíwọ́ọ̀kì rẹ. A ti pa ohun tí o yàn mọ́; gbìyànjú lẹ́ẹ̀kan sí i lẹ́yìn ìṣẹ́jú {count}.',
  required: 'Yan ìdáhùn kan, lẹ́yìn náà dìbò.',
  deleted: 'A ti yọ ìdìbò yìí kúrò.',
  liveLeader: 'Èsì lọ́wọ́lọ́wọ́: {option} ló ń léwájú pẹ̀lú {percent}, {total}.',
  liveTotal: 'Èsì lọ́wọ́lọ́wọ́: {total}.',
  finalLeader: 'Ìdìbò ti parí. {option} ló borí pẹ̀lú {percent}, {total}.',
};

export default yo;
