// Russian: the newsletter digest's words. Terms as in page.strings.ru.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { digestEn } from './digest.strings.ts';

const ru: Translation<typeof digestEn> = {
  title: 'Истории сообщества, с {first} по {last}',
  empty: 'За этот период не опубликовано ни одной истории.',
  kind_news: 'Новости',
  kind_story: 'Истории',
  kind_event: 'События',
  kind_boost: 'Посты, которыми стоит поделиться',
  by: 'автор: {author}',
};

export default ru;
