// Polish: the newsletter digest's words. Terms as in page.strings.pl.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { digestEn } from './digest.strings.ts';

const pl: Translation<typeof digestEn> = {
  title: 'Historie społeczności, od {first} do {last}',
  empty: 'W tym okresie nie opublikowano żadnej historii.',
  kind_news: 'Aktualności',
  kind_story: 'Historie',
  kind_event: 'Wydarzenia',
  kind_boost: 'Posty do udostępnienia',
  by: 'autor: {author}',
};

export default pl;
