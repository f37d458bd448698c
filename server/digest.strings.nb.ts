// Norwegian Bokmål: the newsletter digest's words. Terms as in page.strings.nb.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { digestEn } from './digest.strings.ts';

const nb: Translation<typeof digestEn> = {
  title: 'Historier fra fellesskapet, {first} til {last}',
  empty: 'Ingen historier ble publisert i denne perioden.',
  kind_news: 'Nyheter',
  kind_story: 'Historier',
  kind_event: 'Arrangementer',
  kind_boost: 'Innlegg som er verdt å dele',
  by: 'av {author}',
};

export default nb;
