// European Portuguese words of the poll schemas’ messages. Pure data: fetched only by pages in European Portuguese.
import type { Translation } from '../shared/locale.ts';
import type { pollSchemaEn } from './poll.strings.ts';

const ptPT: Translation<typeof pollSchemaEn> = {
  'question.required': 'Introduza uma pergunta',
  'question.tooLong': 'Introduza uma pergunta com 200 carateres ou menos',
  'question.invalid': 'Introduza uma pergunta',
  'options.tooFew': 'Indique pelo menos 2 respostas à escolha',
  'options.tooMany': 'Indique 10 respostas ou menos',
  'options.textRequired': 'Introduza o texto de cada resposta, ou remova a que está vazia',
  'options.textTooLong': 'Encurte cada resposta para 100 carateres ou menos',
  'options.duplicate': 'Dê um texto diferente a cada resposta',
  'options.invalid': 'Indique uma lista de 2 a 10 respostas',
  'multiple.invalid': 'Escolha se as pessoas podem selecionar várias respostas',
  'resultsBeforeVote.invalid': 'Escolha se as pessoas podem ver os resultados antes de votar',
  'closesAt.invalid': 'Introduza uma hora de encerramento como 2025-01-31T18:00:00Z, ou deixe o campo vazio',
  'closesAt.past': 'Escolha uma hora de encerramento no futuro, ou deixe o campo vazio',
  'vote.required': 'Escolha uma resposta e depois vote',
  'vote.single': 'Escolha apenas uma resposta',
  'vote.unknown': 'Esta resposta já não está na sondagem: recarregue a sondagem e escolha novamente',
  'voter.invalid': 'Recarregue a página e vote novamente',
  'text.controlCharacters': 'Remova os carateres de controlo invisíveis deste texto',
  invalid: 'Verifique esta resposta',
};

export default ptPT;
