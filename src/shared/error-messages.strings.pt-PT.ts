// European Portuguese failure messages. Pure data: fetched only by pages in European Portuguese.
import type { Translation } from './locale.ts';
import type { errorMessagesEn } from './error-messages.strings.ts';

const ptPT: Translation<typeof errorMessagesEn> = {
  'read.network': 'Não foi possível carregar as histórias. Verifique a sua ligação e tente novamente.',
  'read.timeout': 'As histórias demoraram demasiado a chegar. Tente novamente daqui a pouco.',
  'read.rate-limited': 'Demasiados pedidos de histórias. Tente novamente dentro de alguns minutos.',
  'read.rateLimitedUntil': 'O limite horário do GitHub para esta rede esgotou-se. Tente novamente depois das {time}.',
  'read.cors':
    'O fórum {forum} não permite que este site leia as suas histórias. Um administrador do fórum tem de ativar «enable cors» e adicionar {origin} a «cors origins».',
  'read.not-found': 'Não foi possível encontrar as histórias. Verifique o endereço da fonte do feed.',
  'read.forbidden': 'As histórias não são públicas, ou este site não tem permissão para as ler.',
  'read.unauthorized': 'As histórias não são públicas, ou este site não tem permissão para as ler.',
  'read.unsupported': 'Este feed não tem uma fonte que consiga ler. Defina a fonte (source) ou o endpoint.',
  'read.invalid-response': 'As histórias chegaram num formato que este feed não consegue ler.',
  'read.server': 'O servidor de histórias tem um problema. Tente novamente dentro de alguns minutos.',
  'read.other': 'Não foi possível carregar as histórias. Tente novamente.',
  'reason.network': 'não foi possível contactar o servidor.',
  'reason.timeout': 'o servidor não respondeu a tempo.',
  'reason.server': 'o servidor teve um problema.',
  'reason.not-found': 'não foi encontrada no servidor.',
  'reason.forbidden': 'este token não permite fazer isso.',
  'reason.rate-limited': 'demasiados pedidos; aguarde um momento.',
  'reason.other': 'o servidor enviou uma resposta que o Chorus não compreendeu.',
  'send.other': 'Não conseguimos enviar a sua história. Está guardada neste dispositivo. Tente novamente daqui a pouco.',
  'send.payload-too-large': 'A sua história é demasiado grande para ser enviada. Encurte-a e tente novamente.',
  'send.rate-limited': 'Enviou muitas histórias em pouco tempo. Tente novamente mais tarde.',
  'send.rateLimitedSeconds_one': 'Enviou muitas histórias em pouco tempo. Tente novamente dentro de {count} segundo.',
  'send.rateLimitedSeconds_other': 'Enviou muitas histórias em pouco tempo. Tente novamente dentro de {count} segundos.',
  'send.rateLimitedSeconds_many': 'Enviou muitas histórias em pouco tempo. Tente novamente dentro de {count} segundos.',
  'send.rateLimitedAt': 'Enviou muitas histórias em pouco tempo. Tente novamente depois das {time}.',
};

export default ptPT;
