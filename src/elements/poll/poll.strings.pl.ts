// Polish words of <chorus-poll>. Pure data: fetched only by pages in Polish.
import type { Translation } from '../../shared/locale.ts';
import type { pollEn } from './poll.strings.ts';

const pl: Translation<typeof pollEn> = {
  loading: 'Wczytywanie ankiety…',
  loadFailed: 'Nie udało się wczytać ankiety: {reason}',
  noEndpoint: 'Ta ankieta nie ma serwera, z którego mogłaby czytać dane. Ustaw jej endpoint.',
  retry: 'Spróbuj ponownie',
  chooseOne: 'Wybierz jedną odpowiedź.',
  chooseMany: 'Wybierz co najmniej jedną odpowiedź.',
  vote: 'Zagłosuj',
  changeVote: 'Zmień swój głos',
  voting: 'Wysyłanie głosu…',
  showResults: 'Pokaż wyniki',
  hideResults: 'Wróć do głosowania',
  resultsLater: 'Wyniki pojawią się po oddaniu głosu.',
  results: 'Wyniki',
  votes_one: '{count} głos',
  votes_few: '{count} głosy',
  votes_many: '{count} głosów',
  votes_other: '{count} głosu',
  share: '{percent}, {votes}',
  total_one: 'Zagłosowała {count} osoba',
  total_few: 'Zagłosowały {count} osoby',
  total_many: 'Zagłosowało {count} osób',
  total_other: 'Zagłosowało {count} osoby',
  yourChoice: 'Twój wybór',
  counted: 'Twój głos został policzony.',
  closed: 'Ta ankieta jest zamknięta. Oto wyniki końcowe.',
  closesAt: 'Zamknięcie: {time}',
  closedBeforeVote: 'Ankieta została zamknięta, zanim dotarł Twój głos. Głos nie został policzony.',
  voteFailed: 'Twój głos nie został policzony: {reason} Twój wybór został zachowany; spróbuj ponownie.',
  rateLimited: 'Z Twojej sieci przyszło zbyt wiele głosów. Twój wybór został zachowany; spróbuj ponownie za {minutes} min.',
  required: 'Wybierz odpowiedź, a potem zagłosuj.',
  deleted: 'Ta ankieta została usunięta.',
  liveLeader: 'Wyniki na żywo: prowadzi „{option}” z wynikiem {percent}, {total}.',
  liveTotal: 'Wyniki na żywo: {total}.',
  finalLeader: 'Ankieta została zamknięta. Wygrała odpowiedź „{option}” z wynikiem {percent}, {total}.',
};

export default pl;
