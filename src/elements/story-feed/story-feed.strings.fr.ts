// French words of <chorus-story-feed>. Pure data: fetched only by pages in French.
import type { Translation } from '../../shared/locale.ts';
import type { storyFeedEn } from './story-feed.strings.ts';

const fr: Translation<typeof storyFeedEn> = {
  feedLabel: 'Histoires de la communauté',
  loading: 'Chargement des histoires…',
  empty: 'Aucune histoire pour l’instant.',
  emptyFiltered: 'Aucune histoire ne correspond à ce filtre.',
  noMatchYet: 'Aucune histoire correspondante parmi les plus récentes pour l’instant. Chargez-en plus pour remonter plus loin.',
  'kind.boost': 'Relais',
  'kind.news': 'Actualité',
  'kind.story': 'Histoire',
  'kind.event': 'Événement',
  by: 'par {author}',
  tags: 'Étiquettes',
  readMore: 'Lire la suite',
  readLess: 'Afficher moins',
  loadMore: 'Charger plus d’histoires',
  loadingMore: 'Chargement d’autres histoires…',
  added_one: '{count} histoire de plus chargée.',
  added_other: '{count} histoires de plus chargées.',
  added_many: '{count} histoires de plus chargées.',
  allShown: 'Toutes les histoires sont affichées.',
  filters: 'Filtrer les histoires',
  filterAll: 'Toutes',
  retry: 'Réessayer',
  offline: 'Impossible de charger les histoires. Vérifiez votre connexion, puis réessayez.',
  stale: 'Ces histoires ont été enregistrées plus tôt et ne sont peut-être plus à jour.',
  staleRateLimited:
    'La limite horaire de GitHub pour ce réseau est atteinte : ces histoires enregistrées ne sont peut-être plus à jour. De nouvelles histoires pourront être chargées après {time}.',
};

export default fr;
