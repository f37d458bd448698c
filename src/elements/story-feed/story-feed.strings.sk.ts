// Slovak words of <chorus-story-feed>. Pure data: fetched only by pages in Slovak.
import type { Translation } from '../../shared/locale.ts';
import type { storyFeedEn } from './story-feed.strings.ts';

const sk: Translation<typeof storyFeedEn> = {
  feedLabel: 'Príbehy komunity',
  loading: 'Načítavajú sa príbehy…',
  empty: 'Zatiaľ žiadne príbehy.',
  emptyFiltered: 'Tomuto filtru nezodpovedajú žiadne príbehy.',
  noMatchYet: 'Medzi najnovšími zatiaľ nie je žiadny zodpovedajúci príbeh. Načítajte ďalšie a hľadajte ďalej do minulosti.',
  'kind.boost': 'Propagácia',
  'kind.news': 'Novinka',
  'kind.story': 'Príbeh',
  'kind.event': 'Podujatie',
  by: 'autor: {author}',
  tags: 'Štítky',
  readMore: 'Čítať ďalej',
  readLess: 'Zobraziť menej',
  loadMore: 'Načítať ďalšie príbehy',
  loadingMore: 'Načítavajú sa ďalšie príbehy…',
  added_one: 'Načítal sa {count} ďalší príbeh.',
  added_few: 'Načítali sa {count} ďalšie príbehy.',
  added_many: 'Načítalo sa {count} ďalšieho príbehu.',
  added_other: 'Načítalo sa {count} ďalších príbehov.',
  allShown: 'Zobrazujú sa všetky príbehy.',
  filters: 'Filtrovať príbehy',
  filterAll: 'Všetky',
  retry: 'Skúsiť znova',
  offline: 'Príbehy sa nepodarilo načítať. Skontrolujte pripojenie a skúste to znova.',
  stale: 'Tieto príbehy boli uložené skôr a nemusia byť aktuálne.',
  staleRateLimited: 'Hodinový limit GitHubu pre túto sieť je vyčerpaný, preto uložené príbehy nemusia byť aktuálne. Nové bude možné načítať po {time}.',
};

export default sk;
