// Ukrainian words of the server’s story pages. Pure data: fetched only by pages in Ukrainian.
import type { Translation } from '../src/shared/locale.ts';
import type { pageEn } from './messages.ts';

const uk: Translation<typeof pageEn> = {
  siteName: 'Історії спільноти',
  documentTitle: '{title} · {site}',
  by: 'Автор: {author}',
  kind_boost: 'Варто уваги',
  kind_news: 'Новина',
  kind_story: 'Історія',
  kind_event: 'Подія',
  readMore: 'Читати далі на {host}',
  firstPublished: 'Уперше опубліковано на {host}',
  sharedOn: 'Також на',
  link_github: 'GitHub',
  link_discourse: 'форумі',
  link_mastodon: 'Mastodon',
  link_bluesky: 'Bluesky',
  tags: 'Теги',
  follow: 'Стежте за новими історіями:',
  atomFeed: 'Стрічка Atom',
  jsonFeed: 'JSON Feed',
  backTo: 'Інші історії на {site}',
  notFoundTitle: 'Історію не знайдено',
  notFoundText: 'За цією адресою немає опублікованої історії. Можливо, вона ще чекає на модератора або її знято з публікації.',
  pageNotFoundTitle: 'Сторінку не знайдено',
  pageNotFoundText: 'За цією адресою нічого немає.',
};

export default uk;
