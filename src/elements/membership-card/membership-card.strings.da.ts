// Danish words of <chorus-membership-card>. Pure data: fetched only by pages in Danish.
import type { Translation } from '../../shared/locale.ts';
import type { membershipCardEn } from './membership-card.strings.ts';

const da: Translation<typeof membershipCardEn> = {
  heading: 'Medlemskab',
  free: 'Gratis',
  perYear: '{price} om året',
  once: '{price} én gang',
  included: 'Inkluderet',
  notIncluded: 'Ikke inkluderet',
  votes: 'Stemmeberettiget medlem',
  noVotes: 'Ikke stemmeberettiget',
  eligibility: 'Hvem kan blive medlem',
  join: 'Bliv medlem',
  joinTier: 'Bliv medlem: {tier}',
  highlight: 'Anbefalet',
  caption: 'Sammenligning af medlemskabstyper',
  benefit: 'Fordel',
  price: 'Pris',
  loading: 'Indlæser medlemskabstyper…',
  loadFailed: 'Medlemskabstyperne kunne ikke indlæses.',
  retry: 'Prøv igen',
};

export default da;
