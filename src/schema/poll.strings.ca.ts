// Catalan words of the poll schemas’ messages. Pure data: fetched only by pages in Catalan.
import type { Translation } from '../shared/locale.ts';
import type { pollSchemaEn } from './poll.strings.ts';

const ca: Translation<typeof pollSchemaEn> = {
  'question.required': 'Introduïu una pregunta',
  'question.tooLong': 'Introduïu una pregunta de 200 caràcters com a màxim',
  'question.invalid': 'Introduïu una pregunta',
  'options.tooFew': 'Doneu almenys 2 respostes per triar',
  'options.tooMany': 'Doneu 10 respostes com a màxim',
  'options.textRequired': 'Introduïu el text de cada resposta, o suprimiu la que és buida',
  'options.textTooLong': 'Escurceu cada resposta a 100 caràcters com a màxim',
  'options.duplicate': 'Doneu un text diferent a cada resposta',
  'options.invalid': 'Doneu una llista de 2 a 10 respostes',
  'multiple.invalid': 'Trieu si es poden marcar diverses respostes',
  'resultsBeforeVote.invalid': 'Trieu si es poden veure els resultats abans de votar',
  'closesAt.invalid': 'Introduïu una hora de tancament com 2025-01-31T18:00:00Z, o deixeu el camp buit',
  'closesAt.past': 'Trieu una hora de tancament en el futur, o deixeu el camp buit',
  'vote.required': 'Trieu una resposta i després voteu',
  'vote.single': 'Trieu només una resposta',
  'vote.unknown': 'Aquesta resposta ja no és a l’enquesta: torneu a carregar l’enquesta i torneu a triar',
  'voter.invalid': 'Torneu a carregar la pàgina i torneu a votar',
  'text.controlCharacters': 'Suprimiu els caràcters de control invisibles d’aquest text',
  invalid: 'Reviseu aquesta resposta',
};

export default ca;
