// Russian words of the server’s story pages. Pure data: fetched only by pages in Russian.
import type { Translation } from '../src/shared/locale.ts';
import type { pageEn } from './messages.ts';

const ru: Translation<typeof pageEn> = {
  siteName: 'Истории сообщества',
  documentTitle: '{title} · {site}',
  by: 'Автор: {author}',
  kind_boost: 'Стоит внимания',
  kind_news: 'Новость',
  kind_story: 'История',
  kind_event: 'Мероприятие',
  readMore: 'Читать дальше на {host}',
  firstPublished: 'Впервые опубликовано на {host}',
  sharedOn: 'Также на',
  link_github: 'GitHub',
  link_discourse: 'форуме',
  link_mastodon: 'Mastodon',
  link_bluesky: 'Bluesky',
  tags: 'Теги',
  follow: 'Следите за новыми историями:',
  atomFeed: 'Лента Atom',
  jsonFeed: 'JSON Feed',
  backTo: 'Другие истории на {site}',
  notFoundTitle: 'История не найдена',
  notFoundText: 'По этому адресу нет опубликованной истории. Возможно, она ещё ждёт проверки модератором или была снята с публикации.',
  pageNotFoundTitle: 'Страница не найдена',
  pageNotFoundText: 'По этому адресу ничего нет.',
};

export default ru;
