// Finnish words of <chorus-story-feed>. Pure data: fetched only by pages in Finnish.
import type { Translation } from '../../shared/locale.ts';
import type { storyFeedEn } from './story-feed.strings.ts';

const fi: Translation<typeof storyFeedEn> = {
  feedLabel: 'Yhteisön tarinat',
  loading: 'Ladataan tarinoita…',
  empty: 'Ei vielä tarinoita.',
  emptyFiltered: 'Mikään tarina ei vastaa tätä suodatinta.',
  noMatchYet: 'Uusimpien joukossa ei vielä ole vastaavia tarinoita. Lataa lisää etsiäksesi kauempaa.',
  'kind.boost': 'Suositus',
  'kind.news': 'Uutinen',
  'kind.story': 'Tarina',
  'kind.event': 'Tapahtuma',
  by: 'kirjoittanut {author}',
  tags: 'Tunnisteet',
  readMore: 'Lue lisää',
  readLess: 'Näytä vähemmän',
  loadMore: 'Lataa lisää tarinoita',
  loadingMore: 'Ladataan lisää tarinoita…',
  added_one: '{count} tarina lisää ladattu.',
  added_other: '{count} tarinaa lisää ladattu.',
  allShown: 'Kaikki tarinat näytetään.',
  filters: 'Suodata tarinoita',
  filterAll: 'Kaikki',
  retry: 'Yritä uudelleen',
  offline: 'Tarinoita ei voitu ladata. Tarkista verkkoyhteytesi ja yritä uudelleen.',
  stale: 'Nämä tarinat on tallennettu aiemmin, ja ne voivat olla vanhentuneita.',
  staleRateLimited:
    'GitHubin tuntikohtainen raja tälle verkolle on käytetty, joten nämä tallennetut tarinat voivat olla vanhentuneita. Uusia voi ladata klo {time} jälkeen.',
};

export default fi;
