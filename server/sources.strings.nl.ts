// Dutch: the read-through's messages. Terms as in messages.strings.nl.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { sourcesEn } from './sources.strings.ts';

const nl: Translation<typeof sourcesEn> = {
  notAllowed: 'Deze server leest die bron niet. De eigenaar kan de bron toevoegen aan CHORUS_SOURCE_ALLOWLIST',
  repo: 'Geef de repository op als repo=EIGENAAR/REPO',
  url: 'Geef de forumlijst op als url=https://forum.example.org/c/SLUG/ID',
  cursor: 'Deze cursor is hier niet geldig: begin opnieuw bij de eerste pagina',
  kind: 'Kies een soort: boost, news, story of event',
  upstream: 'De bron antwoordde niet zoals verwacht. Probeer het zo opnieuw',
  upstreamNotFound: 'Die repository of lijst bestaat niet bij de bron',
  upstreamLimited: 'De bron weigert voorlopig verzoeken. Probeer het later opnieuw',
};

export default nl;
