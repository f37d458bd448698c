// Spanish: the read-through's messages. Terms as in messages.strings.es.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { sourcesEn } from './sources.strings.ts';

const es: Translation<typeof sourcesEn> = {
  notAllowed: 'Este servidor no lee esa fuente. Su responsable puede añadirla a CHORUS_SOURCE_ALLOWLIST',
  repo: 'Indica el repositorio como repo=PROPIETARIO/REPO',
  url: 'Indica el listado del foro como url=https://foro.example.org/c/SLUG/ID',
  cursor: 'Este cursor no es válido aquí: vuelve a empezar desde la primera página',
  kind: 'Elige un tipo: boost, news, story o event',
  upstream: 'La fuente no respondió como se esperaba. Vuelve a intentarlo en un momento',
  upstreamNotFound: 'La fuente no tiene ese repositorio o listado',
  upstreamLimited: 'La fuente rechaza peticiones por ahora. Vuelve a intentarlo más tarde',
};

export default es;
