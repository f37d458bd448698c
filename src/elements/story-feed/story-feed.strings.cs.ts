// Czech words of <chorus-story-feed>. Pure data: fetched only by pages in Czech.
import type { Translation } from '../../shared/locale.ts';
import type { storyFeedEn } from './story-feed.strings.ts';

const cs: Translation<typeof storyFeedEn> = {
  feedLabel: 'Příběhy komunity',
  loading: 'Načítání příběhů…',
  empty: 'Zatím žádné příběhy.',
  emptyFiltered: 'Tomuto filtru neodpovídají žádné příběhy.',
  noMatchYet: 'Mezi nejnovějšími zatím není žádný odpovídající příběh. Načtěte další a hledejte dál do minulosti.',
  'kind.boost': 'Propagace',
  'kind.news': 'Novinka',
  'kind.story': 'Příběh',
  'kind.event': 'Akce',
  by: 'autor: {author}',
  tags: 'Štítky',
  readMore: 'Číst dál',
  readLess: 'Zobrazit méně',
  loadMore: 'Načíst další příběhy',
  loadingMore: 'Načítání dalších příběhů…',
  added_one: 'Načten {count} další příběh.',
  added_few: 'Načteny {count} další příběhy.',
  added_many: 'Načteno {count} dalšího příběhu.',
  added_other: 'Načteno {count} dalších příběhů.',
  allShown: 'Zobrazeny jsou všechny příběhy.',
  filters: 'Filtrovat příběhy',
  filterAll: 'Vše',
  retry: 'Zkusit znovu',
  offline: 'Příběhy se nepodařilo načíst. Zkontrolujte připojení a zkuste to znovu.',
  stale: 'Tyto příběhy byly uloženy dříve a nemusí být aktuální.',
  staleRateLimited: 'Hodinový limit GitHubu pro tuto síť je vyčerpaný, takže uložené příběhy nemusí být aktuální. Nové půjde načíst po {time}.',
};

export default cs;
