// Italian words of <chorus-story-feed>. Pure data: fetched only by pages in Italian.
import type { Translation } from '../../shared/locale.ts';
import type { storyFeedEn } from './story-feed.strings.ts';

const it: Translation<typeof storyFeedEn> = {
  feedLabel: 'Storie della community',
  loading: 'Caricamento delle storie…',
  empty: 'Ancora nessuna storia.',
  emptyFiltered: 'Nessuna storia corrisponde a questo filtro.',
  noMatchYet: 'Ancora nessuna storia corrispondente tra le più recenti. Caricane altre per cercare più indietro.',
  'kind.boost': 'Rilancio',
  'kind.news': 'Notizia',
  'kind.story': 'Storia',
  'kind.event': 'Evento',
  by: 'di {author}',
  tags: 'Tag',
  readMore: 'Leggi tutto',
  readLess: 'Mostra meno',
  loadMore: 'Carica altre storie',
  loadingMore: 'Caricamento di altre storie…',
  added_one: 'Caricata {count} altra storia.',
  added_other: 'Caricate altre {count} storie.',
  added_many: 'Caricate altre {count} storie.',
  allShown: 'Sono visualizzate tutte le storie.',
  filters: 'Filtra le storie',
  filterAll: 'Tutte',
  retry: 'Riprova',
  offline: 'Impossibile caricare le storie. Controlla la connessione e riprova.',
  stale: 'Queste storie sono state salvate in precedenza e potrebbero non essere aggiornate.',
  staleRateLimited:
    'Il limite orario di GitHub per questa rete è esaurito, quindi queste storie salvate potrebbero non essere aggiornate. Se ne potranno caricare di nuove dopo le {time}.',
};

export default it;
