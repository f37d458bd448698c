// French: the read-through's messages. Terms as in messages.strings.fr.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { sourcesEn } from './sources.strings.ts';

const fr: Translation<typeof sourcesEn> = {
  notAllowed: 'Ce serveur ne lit pas cette source. Son propriétaire peut l’ajouter à CHORUS_SOURCE_ALLOWLIST',
  repo: 'Indiquez le dépôt sous la forme repo=PROPRIÉTAIRE/DÉPÔT',
  url: 'Indiquez la liste du forum sous la forme url=https://forum.example.org/c/SLUG/ID',
  cursor: 'Ce curseur n’est pas valide ici : recommencez depuis la première page',
  kind: 'Choisissez un type : boost, news, story ou event',
  upstream: 'La source n’a pas répondu comme prévu. Réessayez dans un instant',
  upstreamNotFound: 'La source ne contient pas ce dépôt ou cette liste',
  upstreamLimited: 'La source refuse les requêtes pour le moment. Réessayez plus tard',
};

export default fr;
