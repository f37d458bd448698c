// German: the newsletter digest's words. Terms as in page.strings.de.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { digestEn } from './digest.strings.ts';

const de: Translation<typeof digestEn> = {
  title: 'Geschichten aus der Community, {first} bis {last}',
  empty: 'In diesem Zeitraum wurden keine Geschichten veröffentlicht.',
  kind_news: 'Neuigkeiten',
  kind_story: 'Geschichten',
  kind_event: 'Veranstaltungen',
  kind_boost: 'Beiträge zum Teilen',
  by: 'von {author}',
};

export default de;
