// Spanish: the schemas' field messages. Pure data (in the browser, fetched only by pages in Spanish).
import type { Translation } from '../shared/locale.ts';
import type { schemaEn } from './schema.strings.ts';

const es: Translation<typeof schemaEn> = {
  'kind.invalid': 'Elige qué tipo de historia es',
  'title.required': 'Escribe un título',
  'title.tooLong': 'Escribe un título de 120 caracteres o menos',
  'title.invalid': 'Escribe un título',
  'body.required': 'Escribe tu historia',
  'body.tooLong': 'Acorta tu historia a 20.000 caracteres o menos',
  'body.boostTooLong': 'Acorta tu mensaje a 500 caracteres o menos, o elige otro tipo de historia',
  'body.invalid': 'Escribe tu historia',
  'link.required': 'Escribe el enlace a la publicación que quieres que compartamos',
  'link.invalid': 'Escribe un enlace que empiece por https:// o http://',
  'link.tooLong': 'Escribe un enlace de 2048 caracteres o menos',
  'tags.tooMany': 'Elige 5 etiquetas o menos',
  'tags.invalid': 'Usa etiquetas de 1 a 32 letras minúsculas, cifras o guiones',
  'authorName.required': 'Escribe tu nombre',
  'authorName.tooLong': 'Escribe un nombre de 80 caracteres o menos',
  'authorName.invalid': 'Escribe tu nombre',
  'authorEmail.invalid': 'Escribe un correo como nombre@ejemplo.org, o déjalo vacío',
  'authorEmail.tooLong': 'Escribe un correo de 254 caracteres o menos',
  'region.tooLong': 'Escribe una región de 80 caracteres o menos',
  'region.invalid': 'Escribe una región de 80 caracteres o menos, o déjala vacía',
  'language.invalid': 'Escribe un código de idioma como es o pt-BR, o déjalo vacío',
  'consent.required': 'Marca la casilla para aceptar que el equipo de la comunidad publique tu historia',
  'text.controlCharacters': 'Quita los caracteres de control invisibles de este texto',
  'startedAt.invalid': 'Recarga la página y vuelve a enviar el formulario',
  invalid: 'Revisa esta respuesta',
};

export default es;
