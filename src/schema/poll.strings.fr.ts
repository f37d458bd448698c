// French words of the poll schemas’ messages. Pure data: fetched only by pages in French.
import type { Translation } from '../shared/locale.ts';
import type { pollSchemaEn } from './poll.strings.ts';

const fr: Translation<typeof pollSchemaEn> = {
  'question.required': 'Saisissez une question',
  'question.tooLong': 'Saisissez une question de 200 caractères maximum',
  'question.invalid': 'Saisissez une question',
  'options.tooFew': 'Proposez au moins 2 réponses au choix',
  'options.tooMany': 'Proposez 10 réponses maximum',
  'options.textRequired': 'Saisissez le texte de chaque réponse, ou supprimez la réponse vide',
  'options.textTooLong': 'Raccourcissez chaque réponse à 100 caractères maximum',
  'options.duplicate': 'Donnez un texte différent à chaque réponse',
  'options.invalid': 'Proposez une liste de 2 à 10 réponses',
  'multiple.invalid': 'Indiquez si l’on peut choisir plusieurs réponses',
  'resultsBeforeVote.invalid': 'Indiquez si l’on peut voir les résultats avant de voter',
  'closesAt.invalid': 'Saisissez une heure de clôture comme 2025-01-31T18:00:00Z, ou laissez le champ vide',
  'closesAt.past': 'Choisissez une heure de clôture dans le futur, ou laissez le champ vide',
  'vote.required': 'Choisissez une réponse, puis votez',
  'vote.single': 'Choisissez une seule réponse',
  'vote.unknown': 'Cette réponse ne fait plus partie du sondage : rechargez le sondage et choisissez à nouveau',
  'voter.invalid': 'Rechargez la page et votez à nouveau',
  'text.controlCharacters': 'Supprimez les caractères de contrôle invisibles de ce texte',
  invalid: 'Vérifiez cette réponse',
};

export default fr;
