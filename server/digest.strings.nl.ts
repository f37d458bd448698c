// Dutch: the newsletter digest's words. Terms as in page.strings.nl.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { digestEn } from './digest.strings.ts';

const nl: Translation<typeof digestEn> = {
  title: 'Verhalen uit de community, {first} tot en met {last}',
  empty: 'In deze periode zijn geen verhalen gepubliceerd.',
  kind_news: 'Nieuws',
  kind_story: 'Verhalen',
  kind_event: 'Evenementen',
  kind_boost: 'Berichten om te delen',
  by: 'door {author}',
};

export default nl;
