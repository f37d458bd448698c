// Catalan: the read-through's messages. Terms as in messages.strings.ca.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { sourcesEn } from './sources.strings.ts';

const ca: Translation<typeof sourcesEn> = {
  notAllowed: 'Aquest servidor no llegeix aquesta font. El propietari la pot afegir a CHORUS_SOURCE_ALLOWLIST',
  repo: 'Indiqueu el repositori com a repo=PROPIETARI/REPO',
  url: 'Indiqueu el llistat del fòrum com a url=https://forum.example.org/c/SLUG/ID',
  cursor: 'Aquest cursor no és vàlid aquí: torneu a començar des de la primera pàgina',
  kind: 'Trieu un tipus: boost, news, story o event',
  upstream: 'La font no ha respost com s’esperava. Torneu-ho a provar d’aquí a una estona',
  upstreamNotFound: 'La font no té aquest repositori o llistat',
  upstreamLimited: 'Ara com ara la font rebutja les sol·licituds. Torneu-ho a provar més tard',
};

export default ca;
