// European Portuguese words of the story schema’s field messages. Pure data: fetched only by pages in European Portuguese.
import type { Translation } from '../shared/locale.ts';
import type { schemaEn } from './schema.strings.ts';

const ptPT: Translation<typeof schemaEn> = {
  'kind.invalid': 'Escolha o tipo desta história',
  'title.required': 'Introduza um título',
  'title.tooLong': 'Introduza um título com 120 carateres ou menos',
  'title.invalid': 'Introduza um título',
  'body.required': 'Escreva a sua história',
  'body.tooLong': 'Encurte a sua história para 20 000 carateres ou menos',
  'body.boostTooLong': 'Encurte a sua mensagem para 500 carateres ou menos, ou escolha outro tipo de história',
  'body.invalid': 'Escreva a sua história',
  'link.required': 'Introduza a ligação para a publicação que quer que partilhemos',
  'link.invalid': 'Introduza uma ligação começada por https:// ou http://',
  'link.tooLong': 'Introduza uma ligação com 2048 carateres ou menos',
  'tags.tooMany': 'Escolha 5 etiquetas ou menos',
  'tags.invalid': 'Utilize etiquetas de 1 a 32 letras minúsculas, algarismos ou hífenes',
  'authorName.required': 'Introduza o seu nome',
  'authorName.tooLong': 'Introduza um nome com 80 carateres ou menos',
  'authorName.invalid': 'Introduza o seu nome',
  'authorEmail.invalid': 'Introduza um endereço de e-mail como nome@example.org, ou deixe o campo vazio',
  'authorEmail.tooLong': 'Introduza um endereço de e-mail com 254 carateres ou menos',
  'region.tooLong': 'Introduza uma região com 80 carateres ou menos',
  'region.invalid': 'Introduza uma região com 80 carateres ou menos, ou deixe o campo vazio',
  'language.invalid': 'Introduza um código de idioma como pt ou pt-BR, ou deixe o campo vazio',
  'consent.required': 'Selecione a caixa para aceitar que a equipa da comunidade publique a sua história',
  'text.controlCharacters': 'Remova os carateres de controlo invisíveis deste texto',
  'startedAt.invalid': 'Recarregue a página e submeta novamente o formulário',
  invalid: 'Verifique esta resposta',
};

export default ptPT;
