// Catalan words of <chorus-story-feed>. Pure data: fetched only by pages in Catalan.
import type { Translation } from '../../shared/locale.ts';
import type { storyFeedEn } from './story-feed.strings.ts';

const ca: Translation<typeof storyFeedEn> = {
  feedLabel: 'Històries de la comunitat',
  loading: 'S’estan carregant les històries…',
  empty: 'Encara no hi ha cap història.',
  emptyFiltered: 'Cap història no coincideix amb aquest filtre.',
  noMatchYet: "Encara no hi ha cap història coincident entre les més recents. Carrega'n més per buscar més enrere.",
  'kind.boost': 'Difusió',
  'kind.news': 'Notícia',
  'kind.story': 'Història',
  'kind.event': 'Esdeveniment',
  by: 'per {author}',
  tags: 'Etiquetes',
  readMore: 'Llegeix-ne més',
  readLess: 'Mostra’n menys',
  loadMore: 'Carrega més històries',
  loadingMore: 'S’estan carregant més històries…',
  added_one: 'S’ha carregat {count} història més.',
  added_other: 'S’han carregat {count} històries més.',
  added_many: 'S’han carregat {count} històries més.',
  allShown: 'Es mostren totes les històries.',
  filters: 'Filtra les històries',
  filterAll: 'Totes',
  retry: 'Torna-ho a provar',
  offline: 'No s’han pogut carregar les històries. Comproveu la connexió i torneu-ho a provar.',
  stale: 'Aquestes històries es van desar abans i potser no estan actualitzades.',
  staleRateLimited:
    'S’ha esgotat el límit per hora de GitHub per a aquesta xarxa, així que aquestes històries desades potser no estan actualitzades. Se’n podran carregar de noves després de les {time}.',
};

export default ca;
