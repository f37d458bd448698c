// Polish words of the poll schema’s messages. Pure data: fetched only by pages in Polish.
import type { Translation } from '../shared/locale.ts';
import type { pollSchemaEn } from './poll.strings.ts';

const pl: Translation<typeof pollSchemaEn> = {
  'question.required': 'Wpisz pytanie',
  'question.tooLong': 'Wpisz pytanie o długości maksymalnie 200 znaków',
  'question.invalid': 'Wpisz pytanie',
  'options.tooFew': 'Podaj co najmniej 2 odpowiedzi do wyboru',
  'options.tooMany': 'Podaj maksymalnie 10 odpowiedzi',
  'options.textRequired': 'Wpisz tekst każdej odpowiedzi lub usuń pustą',
  'options.textTooLong': 'Skróć każdą odpowiedź do maksymalnie 100 znaków',
  'options.duplicate': 'Każda odpowiedź musi mieć inny tekst',
  'options.invalid': 'Podaj listę od 2 do 10 odpowiedzi',
  'multiple.invalid': 'Określ, czy można wybrać kilka odpowiedzi',
  'resultsBeforeVote.invalid': 'Określ, czy wyniki mają być widoczne przed głosowaniem',
  'closesAt.invalid': 'Wpisz godzinę zamknięcia w postaci 2025-01-31T18:00:00Z lub pozostaw pole puste',
  'closesAt.past': 'Wybierz godzinę zamknięcia w przyszłości lub pozostaw pole puste',
  'vote.required': 'Wybierz odpowiedź, a potem zagłosuj',
  'vote.single': 'Wybierz tylko jedną odpowiedź',
  'vote.unknown': 'Tej odpowiedzi nie ma już w ankiecie: odśwież ankietę i wybierz ponownie',
  'voter.invalid': 'Odśwież stronę i zagłosuj ponownie',
  'text.controlCharacters': 'Usuń z tekstu niewidoczne znaki sterujące',
  invalid: 'Sprawdź tę odpowiedź',
};

export default pl;
