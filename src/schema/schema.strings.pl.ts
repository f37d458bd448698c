// Polish words of the story schema’s field messages. Pure data: fetched only by pages in Polish.
import type { Translation } from '../shared/locale.ts';
import type { schemaEn } from './schema.strings.ts';

const pl: Translation<typeof schemaEn> = {
  'kind.invalid': 'Wybierz rodzaj historii',
  'title.required': 'Wpisz tytuł',
  'title.tooLong': 'Wpisz tytuł o długości maksymalnie 120 znaków',
  'title.invalid': 'Wpisz tytuł',
  'body.required': 'Napisz swoją historię',
  'body.tooLong': 'Skróć historię do maksymalnie 20 000 znaków',
  'body.boostTooLong': 'Skróć wiadomość do maksymalnie 500 znaków lub wybierz inny rodzaj historii',
  'body.invalid': 'Napisz swoją historię',
  'link.required': 'Wpisz link do wpisu, który mamy udostępnić',
  'link.invalid': 'Wpisz link zaczynający się od https:// lub http://',
  'link.tooLong': 'Wpisz link o długości maksymalnie 2048 znaków',
  'tags.tooMany': 'Wybierz maksymalnie 5 tagów',
  'tags.invalid': 'Używaj tagów złożonych z 1–32 małych liter (a–z), cyfr lub łączników',
  'authorName.required': 'Wpisz swoje imię i nazwisko',
  'authorName.tooLong': 'Wpisz imię i nazwisko o długości maksymalnie 80 znaków',
  'authorName.invalid': 'Wpisz swoje imię i nazwisko',
  'authorEmail.invalid': 'Wpisz adres e-mail w postaci nazwa@example.org lub pozostaw pole puste',
  'authorEmail.tooLong': 'Wpisz adres e-mail o długości maksymalnie 254 znaków',
  'region.tooLong': 'Wpisz region o długości maksymalnie 80 znaków',
  'region.invalid': 'Wpisz region o długości maksymalnie 80 znaków lub pozostaw pole puste',
  'language.invalid': 'Wpisz kod języka, np. pl lub pt-BR, lub pozostaw pole puste',
  'consent.required': 'Zaznacz pole, aby wyrazić zgodę na opublikowanie Twojej historii przez zespół społeczności',
  'text.controlCharacters': 'Usuń z tekstu niewidoczne znaki sterujące',
  'startedAt.invalid': 'Odśwież stronę i wyślij formularz ponownie',
  invalid: 'Sprawdź tę odpowiedź',
};

export default pl;
