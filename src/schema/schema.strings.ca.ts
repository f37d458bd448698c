// Catalan words of the story schema’s field messages. Pure data: fetched only by pages in Catalan.
import type { Translation } from '../shared/locale.ts';
import type { schemaEn } from './schema.strings.ts';

const ca: Translation<typeof schemaEn> = {
  'kind.invalid': 'Trieu quin tipus d’història és',
  'title.required': 'Introduïu un títol',
  'title.tooLong': 'Introduïu un títol de 120 caràcters com a màxim',
  'title.invalid': 'Introduïu un títol',
  'body.required': 'Escriviu la vostra història',
  'body.tooLong': 'Escurceu la vostra història a 20.000 caràcters com a màxim',
  'body.boostTooLong': 'Escurceu el vostre missatge a 500 caràcters com a màxim, o trieu un altre tipus d’història',
  'body.invalid': 'Escriviu la vostra història',
  'link.required': 'Introduïu l’enllaç a la publicació que voleu que compartim',
  'link.invalid': 'Introduïu un enllaç que comenci per https:// o http://',
  'link.tooLong': 'Introduïu un enllaç de 2.048 caràcters com a màxim',
  'tags.tooMany': 'Trieu 5 etiquetes com a màxim',
  'tags.invalid': 'Feu servir etiquetes d’1 a 32 lletres minúscules, xifres o guionets',
  'authorName.required': 'Introduïu el vostre nom',
  'authorName.tooLong': 'Introduïu un nom de 80 caràcters com a màxim',
  'authorName.invalid': 'Introduïu el vostre nom',
  'authorEmail.invalid': 'Introduïu una adreça electrònica com nom@example.org, o deixeu el camp buit',
  'authorEmail.tooLong': 'Introduïu una adreça electrònica de 254 caràcters com a màxim',
  'region.tooLong': 'Introduïu una regió de 80 caràcters com a màxim',
  'region.invalid': 'Introduïu una regió de 80 caràcters com a màxim, o deixeu el camp buit',
  'language.invalid': 'Introduïu un codi de llengua com ca o pt-BR, o deixeu el camp buit',
  'consent.required': 'Marqueu la casella per acceptar que l’equip de la comunitat publiqui la vostra història',
  'text.controlCharacters': 'Suprimiu els caràcters de control invisibles d’aquest text',
  'startedAt.invalid': 'Torneu a carregar la pàgina i torneu a enviar el formulari',
  invalid: 'Reviseu aquesta resposta',
};

export default ca;
