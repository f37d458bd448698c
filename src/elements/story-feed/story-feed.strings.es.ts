// Spanish words of <chorus-story-feed>. Pure data: fetched only by pages in Spanish.
import type { storyFeedEn } from './story-feed.strings.ts';

const es: Record<keyof typeof storyFeedEn, string> = {
  feedLabel: 'Historias de la comunidad',
  loading: 'Cargando historias…',
  empty: 'Todavía no hay historias.',
  emptyFiltered: 'Ninguna historia coincide con este filtro.',
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
  allShown: 'Se muestran todas las historias.',
  filters: 'Filtrar historias',
  filterAll: 'Todas',
  retry: 'Reintentar',
  stale: 'Estas historias se guardaron antes y pueden estar desactualizadas.',
  staleRateLimited:
    'Se agotó el límite por hora de GitHub para esta red, así que estas historias guardadas pueden estar desactualizadas. Podrán cargarse nuevas después de las {time}.',
  'error.network': 'No se pudieron cargar las historias. Revisa tu conexión y vuelve a intentarlo.',
  'error.timeout': 'Las historias tardaron demasiado en llegar. Vuelve a intentarlo en un momento.',
  'error.rate-limited': 'Demasiadas solicitudes de historias. Vuelve a intentarlo en unos minutos.',
  'error.rateLimitedUntil': 'Se agotó el límite por hora de GitHub para esta red. Vuelve a intentarlo después de las {time}.',
  'error.cors':
    'El foro {forum} no permite que este sitio lea sus historias. Un administrador del foro debe activar «enable cors» y añadir {origin} a «cors origins».',
  'error.not-found': 'No se encontraron las historias. Revisa la dirección de la fuente del listado.',
  'error.forbidden': 'Las historias no son públicas o este sitio no puede leerlas.',
  'error.unauthorized': 'Las historias no son públicas o este sitio no puede leerlas.',
  'error.unsupported': 'Este listado no tiene una fuente que pueda leer. Indica su fuente o su endpoint.',
  'error.invalid-response': 'Las historias llegaron en un formato que este listado no puede leer.',
  'error.server': 'El servidor de historias tiene un problema. Vuelve a intentarlo en unos minutos.',
  'error.other': 'No se pudieron cargar las historias. Vuelve a intentarlo.',
};

export default es;
