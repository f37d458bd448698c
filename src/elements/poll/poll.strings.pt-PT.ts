// European Portuguese words of <chorus-poll>. Pure data: fetched only by pages in European Portuguese.
import type { Translation } from '../../shared/locale.ts';
import type { pollEn } from './poll.strings.ts';

const ptPT: Translation<typeof pollEn> = {
  loading: 'A carregar a sondagem…',
  loadFailed: 'Não foi possível carregar a sondagem: {reason}',
  noEndpoint: 'Esta sondagem não tem um servidor de onde ler. Defina o respetivo endpoint.',
  retry: 'Tentar novamente',
  chooseOne: 'Escolha uma resposta.',
  chooseMany: 'Escolha uma ou mais respostas.',
  vote: 'Votar',
  changeVote: 'Alterar o seu voto',
  voting: 'A enviar o seu voto…',
  showResults: 'Ver resultados',
  hideResults: 'Voltar à votação',
  resultsLater: 'Os resultados aparecem depois de votar.',
  results: 'Resultados',
  votes_one: '{count} voto',
  votes_many: '{count} de votos',
  votes_other: '{count} votos',
  share: '{percent}, {votes}',
  total_one: 'Votou {count} pessoa',
  total_many: 'Votaram {count} de pessoas',
  total_other: 'Votaram {count} pessoas',
  yourChoice: 'a sua escolha',
  counted: 'O seu voto foi contado.',
  closed: 'Esta sondagem está fechada. Estes são os resultados finais.',
  closesAt: 'Fecha {time}',
  closedBeforeVote: 'Esta sondagem fechou antes de o seu voto chegar. O seu voto não foi contado.',
  voteFailed: 'O seu voto não foi contado: {reason} A sua escolha mantém-se; tente novamente.',
  rateLimited_one: 'Chegaram demasiados votos da sua rede. A sua escolha mantém-se; tente novamente dentro de {count} minuto.',
  rateLimited_many: 'Chegaram demasiados votos da sua rede. A sua escolha mantém-se; tente novamente dentro de {count} de minutos.',
  rateLimited_other: 'Chegaram demasiados votos da sua rede. A sua escolha mantém-se; tente novamente dentro de {count} minutos.',
  required: 'Escolha uma resposta e depois vote.',
  deleted: 'Esta sondagem foi removida.',
  liveLeader: 'Resultados em direto: {option} lidera com {percent}, {total}.',
  liveTotal: 'Resultados em direto: {total}.',
  finalLeader: 'A sondagem fechou. {option} venceu com {percent}, {total}.',
};

export default ptPT;
