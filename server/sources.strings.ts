import { defineStrings } from '../src/shared/locale.ts';

/** What the GitHub and Discourse read-through (`GET /api/v1/sources/…`) says when it cannot answer, in English: the keys every translation has. */
export const sourcesEn = {
  notAllowed: 'This server does not read that source. Its owner can add it to CHORUS_SOURCE_ALLOWLIST',
  repo: 'Give the repository as repo=OWNER/REPO',
  url: 'Give the forum listing as url=https://forum.example.org/c/SLUG/ID',
  cursor: 'This cursor is not valid here: start again from the first page',
  kind: 'Choose a kind: boost, news, story or event',
  upstream: 'The source did not answer as expected. Try again in a moment',
  upstreamNotFound: 'The source has no such repository or listing',
  upstreamLimited: 'The source is refusing requests for now. Try again later',
};

/** The read-through's messages, in the language of the request (`Accept-Language`). */
export const sourcesStrings = defineStrings('server-sources', {
  en: sourcesEn,
  // Each language is its own chunk, fetched only by pages in it. Written by `npm run i18n:wire` from the files on disk.
  es: () => import('./sources.strings.es.ts'),
});
