// Finnish: the newsletter digest's words. Terms as in page.strings.fi.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { digestEn } from './digest.strings.ts';

const fi: Translation<typeof digestEn> = {
  title: 'Yhteisön tarinat {first}–{last}',
  empty: 'Tänä aikana ei julkaistu yhtään tarinaa.',
  kind_news: 'Uutiset',
  kind_story: 'Tarinat',
  kind_event: 'Tapahtumat',
  kind_boost: 'Jakamisen arvoiset julkaisut',
  by: 'kirjoittanut {author}',
};

export default fi;
