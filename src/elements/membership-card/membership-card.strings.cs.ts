// Czech words of <chorus-membership-card>. Pure data: fetched only by pages in Czech.
import type { Translation } from '../../shared/locale.ts';
import type { membershipCardEn } from './membership-card.strings.ts';

const cs: Translation<typeof membershipCardEn> = {
  heading: 'Členství',
  free: 'Zdarma',
  perYear: '{price} ročně',
  once: '{price} jednorázově',
  included: 'Zahrnuto',
  notIncluded: 'Nezahrnuto',
  votes: 'Člen s hlasovacím právem',
  noVotes: 'Bez hlasovacího práva',
  eligibility: 'Kdo se může přidat',
  join: 'Přidat se',
  joinTier: 'Přidat se: {tier}',
  highlight: 'Doporučeno',
  caption: 'Srovnání úrovní členství',
  benefit: 'Výhoda',
  price: 'Cena',
  loading: 'Načítání úrovní členství…',
  loadFailed: 'Úrovně členství se nepodařilo načíst.',
  retry: 'Zkusit znovu',
};

export default cs;
