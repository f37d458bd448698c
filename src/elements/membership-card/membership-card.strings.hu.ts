// Hungarian words of <chorus-membership-card>. Pure data: fetched only by pages in Hungarian.
import type { Translation } from '../../shared/locale.ts';
import type { membershipCardEn } from './membership-card.strings.ts';

const hu: Translation<typeof membershipCardEn> = {
  heading: 'Tagság',
  free: 'Ingyenes',
  perYear: '{price} évente',
  once: '{price} egyszeri díj',
  included: 'Benne van',
  notIncluded: 'Nincs benne',
  votes: 'Szavazati joggal rendelkező tag',
  noVotes: 'Nincs szavazati joga',
  eligibility: 'Ki csatlakozhat',
  join: 'Csatlakozás',
  joinTier: 'Csatlakozás: {tier}',
  highlight: 'Ajánlott',
  caption: 'A tagsági szintek összehasonlítása',
  benefit: 'Előny',
  price: 'Ár',
  loading: 'Tagsági szintek betöltése…',
  loadFailed: 'Nem sikerült betölteni a tagsági szinteket.',
  retry: 'Újrapróbálás',
};

export default hu;
