// Brazilian Portuguese words of <chorus-poll>. Pure data: fetched only by pages in Brazilian Portuguese.
import type { Translation } from '../../shared/locale.ts';
import type { pollEn } from './poll.strings.ts';

const ptBR: Translation<typeof pollEn> = {
  loading: 'Carregando a enquete…',
  loadFailed: 'Não foi possível carregar a enquete: {reason}',
  noEndpoint: 'Esta enquete não tem um servidor de onde ler. Defina o endpoint dela.',
  retry: 'Tentar novamente',
  chooseOne: 'Escolha uma resposta.',
  chooseMany: 'Escolha uma ou mais respostas.',
  vote: 'Votar',
  changeVote: 'Alterar seu voto',
  voting: 'Enviando seu voto…',
  showResults: 'Ver resultados',
  hideResults: 'Voltar à votação',
  resultsLater: 'Os resultados aparecem depois que você vota.',
  results: 'Resultados',
  votes_one: '{count} voto',
  votes_many: '{count} de votos',
  votes_other: '{count} votos',
  share: '{percent}, {votes}',
  total_one: '{count} pessoa votou',
  total_many: '{count} de pessoas votaram',
  total_other: '{count} pessoas votaram',
  yourChoice: 'sua escolha',
  counted: 'Seu voto foi contado.',
  closed: 'Esta enquete está encerrada. Estes são os resultados finais.',
  closesAt: 'Encerra {time}',
  closedBeforeVote: 'Esta enquete foi encerrada antes de seu voto chegar. Seu voto não foi contado.',
  voteFailed: 'Seu voto não foi contado: {reason} Sua escolha foi mantida; tente novamente.',
  rateLimited_one: 'Chegaram votos demais da sua rede. Sua escolha foi mantida; tente novamente em {count} minuto.',
  rateLimited_many: 'Chegaram votos demais da sua rede. Sua escolha foi mantida; tente novamente em {count} de minutos.',
  rateLimited_other: 'Chegaram votos demais da sua rede. Sua escolha foi mantida; tente novamente em {count} minutos.',
  required: 'Escolha uma resposta e depois vote.',
  deleted: 'Esta enquete foi removida.',
  liveLeader: 'Resultados ao vivo: {option} lidera com {percent}, {total}.',
  liveTotal: 'Resultados ao vivo: {total}.',
  finalLeader: 'A enquete foi encerrada. {option} venceu com {percent}, {total}.',
};

export default ptBR;
