// Polish: the read-through's messages. Terms as in messages.strings.pl.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { sourcesEn } from './sources.strings.ts';

const pl: Translation<typeof sourcesEn> = {
  notAllowed: 'Ten serwer nie odczytuje tego źródła. Jego właściciel może je dodać do CHORUS_SOURCE_ALLOWLIST',
  repo: 'Podaj repozytorium jako repo=WŁAŚCICIEL/REPO',
  url: 'Podaj listę tematów forum jako url=https://forum.example.org/c/SLUG/ID',
  cursor: 'Ten kursor jest tu nieprawidłowy: zacznij od pierwszej strony',
  kind: 'Wybierz rodzaj: boost, news, story lub event',
  upstream: 'Źródło nie odpowiedziało zgodnie z oczekiwaniami. Spróbuj ponownie za chwilę',
  upstreamNotFound: 'Źródło nie ma takiego repozytorium ani listy tematów',
  upstreamLimited: 'Źródło na razie odrzuca żądania. Spróbuj ponownie później',
};

export default pl;
