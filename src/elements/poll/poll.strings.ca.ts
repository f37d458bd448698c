// Catalan words of <chorus-poll>. Pure data: fetched only by pages in Catalan.
import type { Translation } from '../../shared/locale.ts';
import type { pollEn } from './poll.strings.ts';

const ca: Translation<typeof pollEn> = {
  loading: 'S’està carregant l’enquesta…',
  loadFailed: 'No s’ha pogut carregar l’enquesta: {reason}',
  noEndpoint: 'Aquesta enquesta no té cap servidor d’on llegir. Indiqueu-ne l’endpoint.',
  retry: 'Torna-ho a provar',
  chooseOne: 'Trieu una resposta.',
  chooseMany: 'Trieu una o més respostes.',
  vote: 'Vota',
  changeVote: 'Canvia el vot',
  voting: 'S’està enviant el vot…',
  showResults: 'Mostra els resultats',
  hideResults: 'Torna a la votació',
  resultsLater: 'Els resultats apareixen quan voteu.',
  results: 'Resultats',
  votes_one: '{count} vot',
  votes_many: '{count} de vots',
  votes_other: '{count} vots',
  share: '{percent}, {votes}',
  total_one: 'Ha votat {count} persona',
  total_many: 'Han votat {count} de persones',
  total_other: 'Han votat {count} persones',
  yourChoice: 'la vostra elecció',
  counted: 'S’ha comptat el vostre vot.',
  closed: 'Aquesta enquesta està tancada. Aquests són els resultats finals.',
  closesAt: 'Es tanca {time}',
  closedBeforeVote: 'Aquesta enquesta es va tancar abans que arribés el vostre vot. No s’ha comptat.',
  voteFailed: 'No s’ha comptat el vostre vot: {reason} Es conserva la vostra elecció; torneu-ho a provar.',
  rateLimited_one: 'Han arribat massa vots des de la vostra xarxa. Es conserva la vostra elecció; torneu-ho a provar d’aquí a {count} minut.',
  rateLimited_many: 'Han arribat massa vots des de la vostra xarxa. Es conserva la vostra elecció; torneu-ho a provar d’aquí a {count} de minuts.',
  rateLimited_other: 'Han arribat massa vots des de la vostra xarxa. Es conserva la vostra elecció; torneu-ho a provar d’aquí a {count} minuts.',
  required: 'Trieu una resposta i després voteu.',
  deleted: 'Aquesta enquesta s’ha retirat.',
  liveLeader: 'Resultats en directe: {option} va al capdavant amb {percent}, {total}.',
  liveTotal: 'Resultats en directe: {total}.',
  finalLeader: 'L’enquesta s’ha tancat. Ha guanyat {option} amb {percent}, {total}.',
};

export default ca;
