// French words of <chorus-poll>. Pure data: fetched only by pages in French.
import type { Translation } from '../../shared/locale.ts';
import type { pollEn } from './poll.strings.ts';

const fr: Translation<typeof pollEn> = {
  loading: 'Chargement du sondage…',
  loadFailed: 'Impossible de charger le sondage : {reason}',
  noEndpoint: 'Ce sondage n’a pas de serveur d’où lire. Définissez son endpoint.',
  retry: 'Réessayer',
  chooseOne: 'Choisissez une réponse.',
  chooseMany: 'Choisissez une ou plusieurs réponses.',
  vote: 'Voter',
  changeVote: 'Modifier votre vote',
  voting: 'Envoi de votre vote…',
  showResults: 'Voir les résultats',
  hideResults: 'Revenir au vote',
  resultsLater: 'Les résultats s’affichent une fois que vous avez voté.',
  results: 'Résultats',
  votes_one: '{count} vote',
  votes_many: '{count} de votes',
  votes_other: '{count} votes',
  share: '{percent}, {votes}',
  total_one: '{count} personne a voté',
  total_many: '{count} de personnes ont voté',
  total_other: '{count} personnes ont voté',
  yourChoice: 'votre choix',
  counted: 'Votre vote a été pris en compte.',
  closed: 'Ce sondage est clos. Voici les résultats définitifs.',
  closesAt: 'Se termine {time}',
  closedBeforeVote: 'Ce sondage a été clos avant l’arrivée de votre vote. Votre vote n’a pas été pris en compte.',
  voteFailed: 'Votre vote n’a pas été pris en compte : {reason} Votre choix est conservé ; réessayez.',
  rateLimited_one: 'Trop de votes sont venus de votre réseau. Votre choix est conservé ; réessayez dans {count} minute.',
  rateLimited_many: 'Trop de votes sont venus de votre réseau. Votre choix est conservé ; réessayez dans {count} de minutes.',
  rateLimited_other: 'Trop de votes sont venus de votre réseau. Votre choix est conservé ; réessayez dans {count} minutes.',
  required: 'Choisissez une réponse, puis votez.',
  deleted: 'Ce sondage a été retiré.',
  liveLeader: 'Résultats en direct : {option} est en tête avec {percent}, {total}.',
  liveTotal: 'Résultats en direct : {total}.',
  finalLeader: 'Le sondage est clos. {option} l’emporte avec {percent}, {total}.',
};

export default fr;
