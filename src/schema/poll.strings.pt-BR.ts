// Brazilian Portuguese words of the poll schemas’ messages. Pure data: fetched only by pages in Brazilian Portuguese.
import type { Translation } from '../shared/locale.ts';
import type { pollSchemaEn } from './poll.strings.ts';

const ptBR: Translation<typeof pollSchemaEn> = {
  'question.required': 'Digite uma pergunta',
  'question.tooLong': 'Digite uma pergunta com até 200 caracteres',
  'question.invalid': 'Digite uma pergunta',
  'options.tooFew': 'Ofereça pelo menos 2 respostas para escolher',
  'options.tooMany': 'Ofereça até 10 respostas',
  'options.textRequired': 'Digite o texto de cada resposta ou remova a que está vazia',
  'options.textTooLong': 'Encurte cada resposta para até 100 caracteres',
  'options.duplicate': 'Dê um texto diferente a cada resposta',
  'options.invalid': 'Ofereça uma lista de 2 a 10 respostas',
  'multiple.invalid': 'Escolha se as pessoas podem marcar várias respostas',
  'resultsBeforeVote.invalid': 'Escolha se as pessoas podem ver os resultados antes de votar',
  'closesAt.invalid': 'Digite um horário de encerramento como 2025-01-31T18:00:00Z ou deixe em branco',
  'closesAt.past': 'Escolha um horário de encerramento no futuro ou deixe em branco',
  'vote.required': 'Escolha uma resposta e depois vote',
  'vote.single': 'Escolha só uma resposta',
  'vote.unknown': 'Esta resposta não está mais na enquete: recarregue a enquete e escolha novamente',
  'voter.invalid': 'Recarregue a página e vote novamente',
  'text.controlCharacters': 'Remova os caracteres de controle invisíveis deste texto',
  invalid: 'Verifique esta resposta',
};

export default ptBR;
