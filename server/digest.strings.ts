import { defineStrings } from '../src/shared/locale.ts';

/** The newsletter digest's own words in English: the keys every translation has. */
export const digestEn = {
  title: 'Community stories, {first} to {last}',
  empty: 'No stories were published in this period.',
  kind_news: 'News',
  kind_story: 'Stories',
  kind_event: 'Events',
  kind_boost: 'Posts to share',
  by: 'by {author}',
};

/** The digest's words, in the language of the moderator who asks for it (`Accept-Language`). */
export const digestStrings = defineStrings('server-digest', {
  en: digestEn,
  // Each language is its own chunk, fetched only by pages in it. Written by `npm run i18n:wire` from the files on disk.
  es: () => import('./digest.strings.es.ts'),
});
