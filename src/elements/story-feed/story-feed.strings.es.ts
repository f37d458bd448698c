// Spanish words of <chorus-story-feed>. Pure data: fetched only by pages in Spanish.
import type { Translation } from '../../shared/locale.ts';
import type { storyFeedEn } from './story-feed.strings.ts';

const es: Translation<typeof storyFeedEn> = {
  feedLabel: 'Historias de la comunidad',
  loading: 'Cargando historias…',
  empty: 'Todavía no hay historias.',
  emptyFiltered: 'Ninguna historia coincide con este filtro.',
  noMatchYet: 'Todavía no hay historias que coincidan entre las más recientes. Carga más para buscar más atrás.',
  'kind.boost': 'Difusión',
  'kind.news': 'Noticia',
  'kind.story': 'Historia',
  'kind.event': 'Evento',
  by: 'por {author}',
  tags: 'Etiquetas',
  readMore: 'Leer más',
  readLess: 'Mostrar menos',
  loadMore: 'Cargar más historias',
  loadingMore: 'Cargando más historias…',
  added_one: 'Se cargó {count} historia más.',
  added_other: 'Se cargaron {count} historias más.',
  added_many: 'Se cargaron {count} historias más.',
  allShown: 'Se muestran todas las historias.',
  filters: 'Filtrar historias',
  filterAll: 'Todas',
  retry: 'Reintentar',
  offline: 'No se pudieron cargar las historias. Revisa tu conexión y vuelve a intentarlo.',
  stale: 'Estas historias se guardaron antes y pueden estar desactualizadas.',
  staleRateLimited:
    'Se agotó el límite por hora de GitHub para esta red, así que estas historias guardadas pueden estar desactualizadas. Podrán cargarse nuevas después de las {time}.',
};

export default es;
