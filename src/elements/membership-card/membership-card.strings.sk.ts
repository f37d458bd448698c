// Slovak words of <chorus-membership-card>. Pure data: fetched only by pages in Slovak.
import type { Translation } from '../../shared/locale.ts';
import type { membershipCardEn } from './membership-card.strings.ts';

const sk: Translation<typeof membershipCardEn> = {
  heading: 'Členstvo',
  free: 'Zadarmo',
  perYear: '{price} ročne',
  once: '{price} jednorazovo',
  included: 'Zahrnuté',
  notIncluded: 'Nezahrnuté',
  votes: 'Člen s hlasovacím právom',
  noVotes: 'Bez hlasovacieho práva',
  eligibility: 'Kto sa môže pridať',
  join: 'Pridať sa',
  joinTier: 'Pridať sa: {tier}',
  highlight: 'Odporúčané',
  caption: 'Porovnanie úrovní členstva',
  benefit: 'Výhoda',
  price: 'Cena',
  loading: 'Načítavajú sa úrovne členstva…',
  loadFailed: 'Úrovne členstva sa nepodarilo načítať.',
  retry: 'Skúsiť znova',
};

export default sk;
