// Yoruba words of the server’s story pages. Pure data: fetched only by pages in Yoruba.
import type { Translation } from '../src/shared/locale.ts';
import type { pageEn } from './messages.ts';

const yo: Translation<typeof pageEn> = {
  siteName: 'Àwọn ìtàn àwùjọ',
  documentTitle: '{title} · {site}',
  by: 'Láti ọwọ́ {author}',
  kind_boost: 'Ó yẹ ní pínpín',
  kind_news: 'Ìròyìn',
  kind_story: 'Ìtàn',
  kind_event: 'Ìṣẹ̀lẹ̀',
  readMore: 'Ka síwájú lórí {host}',
  firstPublished: 'A kọ́kọ́ tẹ̀ ẹ́ jáde lórí {host}',
  sharedOn: 'Ó tún wà lórí',
  link_github: 'GitHub',
  link_discourse: 'fọ́rọ̀mù',
  link_mastodon: 'Mastodon',
  link_bluesky: 'Bluesky',
  tags: 'Àwọn àmì',
  follow: 'Tẹ̀lé àwọn ìtàn tuntun:',
  atomFeed: 'Fídì Atom',
  jsonFeed: 'JSON Feed',
  backTo: 'Àwọn ìtàn míì lórí {site}',
  notFoundTitle: 'A kò rí ìtàn náà',
  notFoundText: 'Kò sí ìtàn tí a tẹ̀ jáde ní àdírẹ́sì yìí. Ó lè jẹ́ pé ó ṣì ń dúró de alábòójútó, tàbí pé a ti yọ ọ́ kúrò.',
  pageNotFoundTitle: 'A kò rí ojú-ìwé náà',
  pageNotFoundText: 'Kò sí nǹkan kankan ní àdírẹ́sì yìí.',
};

export default yo;
