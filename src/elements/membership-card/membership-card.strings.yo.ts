// Yoruba words of <chorus-membership-card>. Pure data: fetched only by pages in Yoruba.
import type { Translation } from '../../shared/locale.ts';
import type { membershipCardEn } from './membership-card.strings.ts';

const yo: Translation<typeof membershipCardEn> = {
  heading: 'Ọmọ ẹgbẹ́',
  free: 'Ọ̀fẹ́',
  perYear: '{price} lọ́dún',
  once: '{price} lẹ́ẹ̀kan ṣoṣo',
  included: 'Ó wà nínú rẹ̀',
  notIncluded: 'Kò sí nínú rẹ̀',
  votes: 'Ọmọ ẹgbẹ́ tó ní ẹ̀tọ́ ìdìbò',
  noVotes: 'Kò ní ẹ̀tọ́ ìdìbò',
  eligibility: 'Ta ló lè darapọ̀',
  join: 'Darapọ̀',
  joinTier: 'Darapọ̀: {tier}',
  highlight: 'A dámọ̀ràn rẹ̀',
  caption: 'Àfiwé àwọn ìpele ọmọ ẹgbẹ́',
  benefit: 'Àǹfààní',
  price: 'Iye owó',
  loading: 'A ń gbé àwọn ìpele ọmọ ẹgbẹ́ wọlé…',
  loadFailed: 'A kò lè gbé àwọn ìpele ọmọ ẹgbẹ́ wọlé.',
  retry: 'Gbìyànjú lẹ́ẹ̀kan sí i',
};

export default yo;
