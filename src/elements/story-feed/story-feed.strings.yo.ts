// Yoruba words of <chorus-story-feed>. Pure data: fetched only by pages in Yoruba.
import type { Translation } from '../../shared/locale.ts';
import type { storyFeedEn } from './story-feed.strings.ts';

const yo: Translation<typeof storyFeedEn> = {
  feedLabel: 'Àwọn ìtàn àwùjọ',
  loading: 'A ń gbé àwọn ìtàn wọlé…',
  empty: 'Kò sí ìtàn kankan síbẹ̀.',
  emptyFiltered: 'Kò sí ìtàn tó bá àlẹ̀mọ́ yìí mu.',
  noMatchYet: 'Kò tíì sí ìtàn tó bá a mu láàrin àwọn tuntun jùlọ. Gbé púpọ̀ sí i láti wá sẹ́yìn.',
  'kind.boost': 'Ìgbéga',
  'kind.news': 'Ìròyìn',
  'kind.story': 'Ìtàn',
  'kind.event': 'Ìṣẹ̀lẹ̀',
  by: 'láti ọwọ́ {author}',
  tags: 'Àwọn àmì',
  readMore: 'Ka síwájú',
  readLess: 'Fi díẹ̀ hàn',
  loadMore: 'Gbé àwọn ìtàn míì wọlé',
  loadingMore: 'A ń gbé àwọn ìtàn míì wọlé…',
  added_one: 'A ti gbé ìtàn {count} míì wọlé.',
  added_other: 'A ti gbé ìtàn {count} míì wọlé.',
  allShown: 'Gbogbo ìtàn ló ti hàn.',
  filters: 'Ṣe àlẹ̀mọ́ àwọn ìtàn',
  filterAll: 'Gbogbo',
  retry: 'Gbìyànjú lẹ́ẹ̀kan sí i',
  offline: 'A kò lè gbé àwọn ìtàn wọlé. Ṣàyẹ̀wò ìsopọ̀ rẹ, lẹ́yìn náà gbìyànjú lẹ́ẹ̀kan sí i.',
  stale: 'A ti fi àwọn ìtàn yìí pamọ́ tẹ́lẹ̀, wọ́n sì lè ti pẹ́.',
  staleRateLimited: 'Ààlà wákàtí GitHub fún nẹ́tíwọ̀ọ̀kì yìí ti tán, nítorí náà àwọn ìtàn tí a fi pamọ́ yìí lè ti pẹ́. Àwọn tuntun lè wọlé lẹ́yìn {time}.',
};

export default yo;
