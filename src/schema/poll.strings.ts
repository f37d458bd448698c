import { defineStrings } from '../shared/locale.ts';

/**
 * Messages for the poll schemas, keyed like `schemaStrings`: each key is what a
 * zod issue (or the server) carries as its `message`/`code`, and
 * `localizeIssue(issue, locale, pollStrings)` turns it into words. A table of
 * its own, so a page with a story form never downloads them, nor a poll page
 * the story form's.
 */
/** The poll schemas' messages in English: the keys every translation has. */
export const pollSchemaEn = {
  'question.required': 'Enter a question',
  'question.tooLong': 'Enter a question of 200 characters or fewer',
  'question.invalid': 'Enter a question',
  'options.tooFew': 'Give at least 2 answers to choose from',
  'options.tooMany': 'Give 10 answers or fewer',
  'options.textRequired': 'Enter the text of every answer, or remove the empty one',
  'options.textTooLong': 'Shorten every answer to 100 characters or fewer',
  'options.duplicate': 'Give every answer a different text',
  'options.invalid': 'Give a list of 2 to 10 answers',
  'multiple.invalid': 'Choose whether people may pick several answers',
  'resultsBeforeVote.invalid': 'Choose whether people may see the results before they vote',
  'closesAt.invalid': 'Enter a closing time like 2025-01-31T18:00:00Z, or leave it empty',
  'closesAt.past': 'Choose a closing time in the future, or leave it empty',
  'vote.required': 'Choose an answer, then vote',
  'vote.single': 'Choose only one answer',
  'vote.unknown': 'This answer is no longer in the poll: reload the poll and choose again',
  'voter.invalid': 'Reload the page and vote again',
  'text.controlCharacters': 'Remove the invisible control characters from this text',
  invalid: 'Check this answer',
};

export const pollStrings = defineStrings('poll-schema', {
  en: pollSchemaEn,
  es: {
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
  },
});
