// Brazilian Portuguese words of the story schema’s field messages. Pure data: fetched only by pages in Brazilian Portuguese.
import type { Translation } from '../shared/locale.ts';
import type { schemaEn } from './schema.strings.ts';

const ptBR: Translation<typeof schemaEn> = {
  'kind.invalid': 'Escolha o tipo desta história',
  'title.required': 'Digite um título',
  'title.tooLong': 'Digite um título com até 120 caracteres',
  'title.invalid': 'Digite um título',
  'body.required': 'Escreva sua história',
  'body.tooLong': 'Encurte sua história para até 20.000 caracteres',
  'body.boostTooLong': 'Encurte sua mensagem para até 500 caracteres ou escolha outro tipo de história',
  'body.invalid': 'Escreva sua história',
  'link.required': 'Digite o link da publicação que você quer que a gente compartilhe',
  'link.invalid': 'Digite um link que comece com https:// ou http://',
  'link.tooLong': 'Digite um link com até 2.048 caracteres',
  'tags.tooMany': 'Escolha até 5 tags',
  'tags.invalid': 'Use tags de 1 a 32 letras minúsculas, números ou hifens',
  'authorName.required': 'Digite seu nome',
  'authorName.tooLong': 'Digite um nome com até 80 caracteres',
  'authorName.invalid': 'Digite seu nome',
  'authorEmail.invalid': 'Digite um endereço de e-mail como nome@example.org ou deixe em branco',
  'authorEmail.tooLong': 'Digite um endereço de e-mail com até 254 caracteres',
  'region.tooLong': 'Digite uma região com até 80 caracteres',
  'region.invalid': 'Digite uma região com até 80 caracteres ou deixe em branco',
  'language.invalid': 'Digite um código de idioma como pt ou pt-BR ou deixe em branco',
  'consent.required': 'Marque a caixa para concordar que a equipe da comunidade publique sua história',
  'text.controlCharacters': 'Remova os caracteres de controle invisíveis deste texto',
  'startedAt.invalid': 'Recarregue a página e envie o formulário novamente',
  invalid: 'Verifique esta resposta',
};

export default ptBR;
