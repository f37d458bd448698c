// Yoruba: the newsletter digest's words. Terms as in page.strings.yo.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { digestEn } from './digest.strings.ts';

const yo: Translation<typeof digestEn> = {
  title: 'Àwọn ìtàn àwùjọ, láti {first} sí {last}',
  empty: 'Kò sí ìtàn kankan tí a tẹ̀ jáde ní àkókò yìí.',
  kind_news: 'Ìròyìn',
  kind_story: 'Àwọn ìtàn',
  kind_event: 'Àwọn ìṣẹ̀lẹ̀',
  kind_boost: 'Àwọn ìfiránṣẹ́ láti pín',
  by: 'láti ọwọ́ {author}',
};

export default yo;
