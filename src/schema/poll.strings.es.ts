// Spanish: the poll schemas' messages. Pure data (in the browser, fetched only by pages in Spanish).
import type { Translation } from '../shared/locale.ts';
import type { pollSchemaEn } from './poll.strings.ts';

const es: Translation<typeof pollSchemaEn> = {
  'question.required': 'Escribe una pregunta',
  'question.tooLong': 'Escribe una pregunta de 200 caracteres o menos',
  'question.invalid': 'Escribe una pregunta',
  'options.tooFew': 'Da al menos 2 respuestas para elegir',
  'options.tooMany': 'Da 10 respuestas o menos',
  'options.textRequired': 'Escribe el texto de cada respuesta, o quita la vacía',
  'options.textTooLong': 'Acorta cada respuesta a 100 caracteres o menos',
  'options.duplicate': 'Da a cada respuesta un texto distinto',
  'options.invalid': 'Da una lista de 2 a 10 respuestas',
  'multiple.invalid': 'Elige si se pueden marcar varias respuestas',
  'resultsBeforeVote.invalid': 'Elige si se pueden ver los resultados antes de votar',
  'closesAt.invalid': 'Escribe una hora de cierre como 2025-01-31T18:00:00Z, o déjala vacía',
  'closesAt.past': 'Elige una hora de cierre en el futuro, o déjala vacía',
  'vote.required': 'Elige una respuesta y luego vota',
  'vote.single': 'Elige solo una respuesta',
  'vote.unknown': 'Esta respuesta ya no está en la encuesta: recárgala y vuelve a elegir',
  'voter.invalid': 'Recarga la página y vuelve a votar',
  'text.controlCharacters': 'Quita los caracteres de control invisibles de este texto',
  invalid: 'Revisa esta respuesta',
};

export default es;
