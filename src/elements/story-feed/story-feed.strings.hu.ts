// Hungarian words of <chorus-story-feed>. Pure data: fetched only by pages in Hungarian.
import type { Translation } from '../../shared/locale.ts';
import type { storyFeedEn } from './story-feed.strings.ts';

const hu: Translation<typeof storyFeedEn> = {
  feedLabel: 'A közösség történetei',
  loading: 'Történetek betöltése…',
  empty: 'Még nincsenek történetek.',
  emptyFiltered: 'Egy történet sem felel meg ennek a szűrőnek.',
  noMatchYet: 'A legújabbak között még nincs egyező történet. Tölts be többet, hogy régebbre is keress.',
  'kind.boost': 'Ajánló',
  'kind.news': 'Hír',
  'kind.story': 'Történet',
  'kind.event': 'Esemény',
  by: 'szerző: {author}',
  tags: 'Címkék',
  readMore: 'Tovább',
  readLess: 'Kevesebb',
  loadMore: 'További történetek betöltése',
  loadingMore: 'További történetek betöltése…',
  added_one: 'További {count} történet betöltve.',
  added_other: 'További {count} történet betöltve.',
  allShown: 'Minden történet látható.',
  filters: 'Történetek szűrése',
  filterAll: 'Mind',
  retry: 'Újrapróbálás',
  offline: 'Nem sikerült betölteni a történeteket. Ellenőrizze a kapcsolatot, majd próbálja újra.',
  stale: 'Ezek a történetek korábban lettek mentve, ezért elavultak lehetnek.',
  staleRateLimited: 'A GitHub óránkénti korlátja ennél a hálózatnál elfogyott, ezért a mentett történetek elavultak lehetnek. Újak {time} után tölthetők be.',
};

export default hu;
