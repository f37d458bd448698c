import { defineStrings } from '../src/shared/locale.ts';

/** The story page's words in English. */
export const pageEn = {
  siteName: 'Community stories',
  documentTitle: '{title} · {site}',
  by: 'By {author}',
  kind_boost: 'Worth sharing',
  kind_news: 'News',
  kind_story: 'Story',
  kind_event: 'Event',
  readMore: 'Read more on {host}',
  firstPublished: 'First published on {host}',
  sharedOn: 'Also on',
  link_github: 'GitHub',
  link_discourse: 'the forum',
  link_mastodon: 'Mastodon',
  link_bluesky: 'Bluesky',
  tags: 'Tags',
  follow: 'Follow new stories:',
  atomFeed: 'Atom feed',
  jsonFeed: 'JSON Feed',
  backTo: 'More stories on {site}',
  notFoundTitle: 'Story not found',
  notFoundText: 'There is no published story at this address. It may still be waiting for a moderator, or it was taken down.',
  pageNotFoundTitle: 'Page not found',
  pageNotFoundText: 'There is nothing at this address.',
};

/** What the server's own HTML pages (a story's page, their 404) say around the stories. Every language has every key. */
export const pageMessages = defineStrings('server-page', {
  en: pageEn,
  // Each language is its own chunk, fetched only by pages in it. Written by `npm run i18n:wire` from the files on disk.
  es: () => import('./page.strings.es.ts'),
});
