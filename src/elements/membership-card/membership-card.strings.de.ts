// German words of <chorus-membership-card>. Pure data: fetched only by pages in German.
import type { Translation } from '../../shared/locale.ts';
import type { membershipCardEn } from './membership-card.strings.ts';

const de: Translation<typeof membershipCardEn> = {
  heading: 'Mitgliedschaft',
  free: 'Kostenlos',
  perYear: '{price} pro Jahr',
  once: '{price} einmalig',
  included: 'Enthalten',
  notIncluded: 'Nicht enthalten',
  votes: 'Stimmberechtigtes Mitglied',
  noVotes: 'Nicht stimmberechtigt',
  eligibility: 'Wer beitreten kann',
  join: 'Beitreten',
  joinTier: 'Beitreten: {tier}',
  highlight: 'Empfohlen',
  caption: 'Mitgliedschaftsstufen im Vergleich',
  benefit: 'Leistung',
  price: 'Preis',
  loading: 'Mitgliedschaftsstufen werden geladen …',
  loadFailed: 'Die Mitgliedschaftsstufen konnten nicht geladen werden.',
  retry: 'Erneut versuchen',
};

export default de;
