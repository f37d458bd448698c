// Spanish failure messages. Pure data: fetched only by pages in Spanish.
import type { Translation } from './locale.ts';
import type { errorMessagesEn } from './error-messages.strings.ts';

const es: Translation<typeof errorMessagesEn> = {
  'read.network': 'No se pudieron cargar las historias. Revisa tu conexión y vuelve a intentarlo.',
  'read.timeout': 'Las historias tardaron demasiado en llegar. Vuelve a intentarlo en un momento.',
  'read.rate-limited': 'Demasiadas solicitudes de historias. Vuelve a intentarlo en unos minutos.',
  'read.rateLimitedUntil': 'Se agotó el límite por hora de GitHub para esta red. Vuelve a intentarlo después de las {time}.',
  'read.cors':
    'El foro {forum} no permite que este sitio lea sus historias. Un administrador del foro debe activar «enable cors» y añadir {origin} a «cors origins».',
  'read.not-found': 'No se encontraron las historias. Revisa la dirección de la fuente del listado.',
  'read.forbidden': 'Las historias no son públicas o este sitio no puede leerlas.',
  'read.unauthorized': 'Las historias no son públicas o este sitio no puede leerlas.',
  'read.unsupported': 'Este listado no tiene una fuente que pueda leer. Indica su fuente o su endpoint.',
  'read.invalid-response': 'Las historias llegaron en un formato que este listado no puede leer.',
  'read.server': 'El servidor de historias tiene un problema. Vuelve a intentarlo en unos minutos.',
  'read.other': 'No se pudieron cargar las historias. Vuelve a intentarlo.',
  'reason.network': 'no se pudo contactar con el servidor.',
  'reason.timeout': 'el servidor no respondió a tiempo.',
  'reason.server': 'el servidor tuvo un problema.',
  'reason.not-found': 'no se encontró en el servidor.',
  'reason.forbidden': 'este token no permite hacer eso.',
  'reason.rate-limited': 'demasiadas peticiones; espera un momento.',
  'reason.other': 'el servidor envió una respuesta que Chorus no entiende.',
  'send.other': 'No pudimos enviar tu historia. Está guardada en este dispositivo. Vuelve a intentarlo en un momento.',
  'send.payload-too-large': 'Tu historia es demasiado grande para enviarla. Acórtala y vuelve a intentarlo.',
  'send.rate-limited': 'Has enviado muchas historias en poco tiempo. Vuelve a intentarlo más tarde.',
  'send.rateLimitedSeconds_one': 'Has enviado muchas historias en poco tiempo. Vuelve a intentarlo dentro de {count} segundo.',
  'send.rateLimitedSeconds_other': 'Has enviado muchas historias en poco tiempo. Vuelve a intentarlo dentro de {count} segundos.',
  'send.rateLimitedSeconds_many': 'Has enviado muchas historias en poco tiempo. Vuelve a intentarlo dentro de {count} segundos.',
  'send.rateLimitedAt': 'Has enviado muchas historias en poco tiempo. Vuelve a intentarlo después de las {time}.',
};

export default es;
