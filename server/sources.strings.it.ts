// Italian: the read-through's messages. Terms as in messages.strings.it.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { sourcesEn } from './sources.strings.ts';

const it: Translation<typeof sourcesEn> = {
  notAllowed: 'Questo server non legge quella fonte. Il proprietario può aggiungerla a CHORUS_SOURCE_ALLOWLIST',
  repo: 'Indica il repository come repo=PROPRIETARIO/REPO',
  url: 'Indica l’elenco del forum come url=https://forum.example.org/c/SLUG/ID',
  cursor: 'Questo cursore non è valido qui: ricomincia dalla prima pagina',
  kind: 'Scegli un tipo: boost, news, story o event',
  upstream: 'La fonte non ha risposto come previsto. Riprova tra poco',
  upstreamNotFound: 'La fonte non ha questo repository o elenco',
  upstreamLimited: 'Per ora la fonte rifiuta le richieste. Riprova più tardi',
};

export default it;
