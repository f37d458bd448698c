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
  ar: () => import('./digest.strings.ar.ts'),
  bn: () => import('./digest.strings.bn.ts'),
  ca: () => import('./digest.strings.ca.ts'),
  cs: () => import('./digest.strings.cs.ts'),
  da: () => import('./digest.strings.da.ts'),
  de: () => import('./digest.strings.de.ts'),
  el: () => import('./digest.strings.el.ts'),
  es: () => import('./digest.strings.es.ts'),
  fa: () => import('./digest.strings.fa.ts'),
  fi: () => import('./digest.strings.fi.ts'),
  fr: () => import('./digest.strings.fr.ts'),
  he: () => import('./digest.strings.he.ts'),
  hi: () => import('./digest.strings.hi.ts'),
  hu: () => import('./digest.strings.hu.ts'),
  id: () => import('./digest.strings.id.ts'),
  it: () => import('./digest.strings.it.ts'),
  ja: () => import('./digest.strings.ja.ts'),
  ko: () => import('./digest.strings.ko.ts'),
  nb: () => import('./digest.strings.nb.ts'),
  nl: () => import('./digest.strings.nl.ts'),
  pl: () => import('./digest.strings.pl.ts'),
  'pt-BR': () => import('./digest.strings.pt-BR.ts'),
  'pt-PT': () => import('./digest.strings.pt-PT.ts'),
  ro: () => import('./digest.strings.ro.ts'),
  ru: () => import('./digest.strings.ru.ts'),
  sk: () => import('./digest.strings.sk.ts'),
  sv: () => import('./digest.strings.sv.ts'),
  sw: () => import('./digest.strings.sw.ts'),
  th: () => import('./digest.strings.th.ts'),
  tr: () => import('./digest.strings.tr.ts'),
  uk: () => import('./digest.strings.uk.ts'),
  ur: () => import('./digest.strings.ur.ts'),
  vi: () => import('./digest.strings.vi.ts'),
  yo: () => import('./digest.strings.yo.ts'),
  'zh-CN': () => import('./digest.strings.zh-CN.ts'),
  'zh-TW': () => import('./digest.strings.zh-TW.ts'),
});
