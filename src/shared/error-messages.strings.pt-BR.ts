// Brazilian Portuguese failure messages. Pure data: fetched only by pages in Brazilian Portuguese.
import type { Translation } from './locale.ts';
import type { errorMessagesEn } from './error-messages.strings.ts';

const ptBR: Translation<typeof errorMessagesEn> = {
  'read.network': 'Não foi possível carregar as histórias. Verifique sua conexão e tente novamente.',
  'read.timeout': 'As histórias demoraram demais para chegar. Tente novamente daqui a pouco.',
  'read.rate-limited': 'Muitas solicitações de histórias. Tente novamente em alguns minutos.',
  'read.rateLimitedUntil': 'O limite por hora do GitHub para esta rede se esgotou. Tente novamente depois das {time}.',
  'read.cors':
    'O fórum {forum} não permite que este site leia as histórias dele. Um administrador do fórum precisa ativar “enable cors” e adicionar {origin} a “cors origins”.',
  'read.not-found': 'As histórias não foram encontradas. Verifique o endereço da fonte do feed.',
  'read.forbidden': 'As histórias não são públicas, ou este site não tem permissão para lê-las.',
  'read.unauthorized': 'As histórias não são públicas, ou este site não tem permissão para lê-las.',
  'read.unsupported': 'Este feed não tem uma fonte que consiga ler. Defina a fonte (source) ou o endpoint dele.',
  'read.invalid-response': 'As histórias chegaram em um formato que este feed não consegue ler.',
  'read.server': 'O servidor de histórias está com problemas. Tente novamente em alguns minutos.',
  'read.other': 'Não foi possível carregar as histórias. Tente novamente.',
  'reason.network': 'não foi possível acessar o servidor.',
  'reason.timeout': 'o servidor não respondeu a tempo.',
  'reason.server': 'o servidor teve um problema.',
  'reason.not-found': 'não foi encontrada no servidor.',
  'reason.forbidden': 'este token não tem permissão para isso.',
  'reason.rate-limited': 'solicitações demais; aguarde um momento.',
  'reason.other': 'o servidor enviou uma resposta que o Chorus não entendeu.',
  'send.other': 'Não conseguimos enviar sua história. Ela está salva neste dispositivo. Tente novamente daqui a pouco.',
  'send.payload-too-large': 'Sua história é grande demais para ser enviada. Encurte-a e tente novamente.',
  'send.rate-limited': 'Você enviou muitas histórias em pouco tempo. Tente novamente mais tarde.',
  'send.rateLimitedSeconds_one': 'Você enviou muitas histórias em pouco tempo. Tente novamente em {count} segundo.',
  'send.rateLimitedSeconds_other': 'Você enviou muitas histórias em pouco tempo. Tente novamente em {count} segundos.',
  'send.rateLimitedSeconds_many': 'Você enviou muitas histórias em pouco tempo. Tente novamente em {count} segundos.',
  'send.rateLimitedAt': 'Você enviou muitas histórias em pouco tempo. Tente novamente depois das {time}.',
};

export default ptBR;
