// Danish words of the server’s story pages. Pure data: fetched only by pages in Danish.
import type { Translation } from '../src/shared/locale.ts';
import type { pageEn } from './messages.ts';

const da: Translation<typeof pageEn> = {
  siteName: 'Historier fra fællesskabet',
  documentTitle: '{title} · {site}',
  by: 'Af {author}',
  kind_boost: 'Værd at dele',
  kind_news: 'Nyhed',
  kind_story: 'Historie',
  kind_event: 'Begivenhed',
  readMore: 'Læs mere på {host}',
  firstPublished: 'Først udgivet på {host}',
  sharedOn: 'Også på',
  link_github: 'GitHub',
  link_discourse: 'forummet',
  link_mastodon: 'Mastodon',
  link_bluesky: 'Bluesky',
  tags: 'Tags',
  follow: 'Følg nye historier:',
  atomFeed: 'Atom-feed',
  jsonFeed: 'JSON Feed',
  backTo: 'Flere historier på {site}',
  notFoundTitle: 'Historien blev ikke fundet',
  notFoundText: 'Der er ingen udgivet historie på denne adresse. Den venter måske stadig på en moderator, eller den er blevet fjernet.',
  pageNotFoundTitle: 'Siden blev ikke fundet',
  pageNotFoundText: 'Der er intet på denne adresse.',
};

export default da;
