// Swahili words of <chorus-story-feed>. Pure data: fetched only by pages in Swahili.
import type { Translation } from '../../shared/locale.ts';
import type { storyFeedEn } from './story-feed.strings.ts';

const sw: Translation<typeof storyFeedEn> = {
  feedLabel: 'Hadithi za jumuiya',
  loading: 'Inapakia hadithi…',
  empty: 'Bado hakuna hadithi.',
  emptyFiltered: 'Hakuna hadithi zinazolingana na kichujio hiki.',
  noMatchYet: 'Bado hakuna hadithi zinazolingana kati ya zile za hivi karibuni. Pakia zaidi ili kutafuta nyuma zaidi.',
  'kind.boost': 'Tangazo',
  'kind.news': 'Habari',
  'kind.story': 'Hadithi',
  'kind.event': 'Tukio',
  by: 'na {author}',
  tags: 'Lebo',
  readMore: 'Soma zaidi',
  readLess: 'Onyesha kidogo',
  loadMore: 'Pakia hadithi zaidi',
  loadingMore: 'Inapakia hadithi zaidi…',
  added_one: 'Hadithi {count} zaidi imepakiwa.',
  added_other: 'Hadithi {count} zaidi zimepakiwa.',
  allShown: 'Hadithi zote zinaonyeshwa.',
  filters: 'Chuja hadithi',
  filterAll: 'Zote',
  retry: 'Jaribu tena',
  offline: 'Imeshindwa kupakia hadithi. Kagua muunganisho wako, kisha ujaribu tena.',
  stale: 'Hadithi hizi zilihifadhiwa awali na huenda zimepitwa na wakati.',
  staleRateLimited:
    'Kikomo cha GitHub cha kila saa kwa mtandao huu kimekwisha, kwa hiyo hadithi hizi zilizohifadhiwa huenda zimepitwa na wakati. Hadithi mpya zinaweza kupakiwa baada ya {time}.',
};

export default sw;
