// Polish words of <chorus-membership-card>. Pure data: fetched only by pages in Polish.
import type { Translation } from '../../shared/locale.ts';
import type { membershipCardEn } from './membership-card.strings.ts';

const pl: Translation<typeof membershipCardEn> = {
  heading: 'Członkostwo',
  free: 'Bezpłatnie',
  perYear: '{price} rocznie',
  once: '{price} jednorazowo',
  included: 'W pakiecie',
  notIncluded: 'Brak',
  votes: 'Członek z prawem głosu',
  noVotes: 'Bez prawa głosu',
  eligibility: 'Kto może dołączyć',
  join: 'Dołącz',
  joinTier: 'Dołącz: {tier}',
  highlight: 'Polecane',
  caption: 'Porównanie rodzajów członkostwa',
  benefit: 'Korzyść',
  price: 'Cena',
  loading: 'Wczytywanie rodzajów członkostwa…',
  loadFailed: 'Nie udało się wczytać rodzajów członkostwa.',
  retry: 'Spróbuj ponownie',
};

export default pl;
