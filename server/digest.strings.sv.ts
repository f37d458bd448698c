// Swedish: the newsletter digest's words. Terms as in page.strings.sv.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { digestEn } from './digest.strings.ts';

const sv: Translation<typeof digestEn> = {
  title: 'Berättelser från communityn, {first} till {last}',
  empty: 'Inga berättelser publicerades under den här perioden.',
  kind_news: 'Nyheter',
  kind_story: 'Berättelser',
  kind_event: 'Evenemang',
  kind_boost: 'Inlägg värda att dela',
  by: 'av {author}',
};

export default sv;
