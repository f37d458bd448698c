// Ukrainian: the newsletter digest's words. Terms as in page.strings.uk.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { digestEn } from './digest.strings.ts';

const uk: Translation<typeof digestEn> = {
  title: 'Історії спільноти, з {first} по {last}',
  empty: 'За цей період не опубліковано жодної історії.',
  kind_news: 'Новини',
  kind_story: 'Історії',
  kind_event: 'Події',
  kind_boost: 'Дописи, якими варто поділитися',
  by: 'автор: {author}',
};

export default uk;
