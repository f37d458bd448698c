// Romanian words of <chorus-membership-card>. Pure data: fetched only by pages in Romanian.
import type { Translation } from '../../shared/locale.ts';
import type { membershipCardEn } from './membership-card.strings.ts';

const ro: Translation<typeof membershipCardEn> = {
  heading: 'Calitatea de membru',
  free: 'Gratuit',
  perYear: '{price} pe an',
  once: '{price} o singură dată',
  included: 'Inclus',
  notIncluded: 'Neinclus',
  votes: 'Membru cu drept de vot',
  noVotes: 'Fără drept de vot',
  eligibility: 'Cine poate deveni membru',
  join: 'Înscrieți-vă',
  joinTier: 'Înscrieți-vă: {tier}',
  highlight: 'Recomandat',
  caption: 'Comparație între categoriile de membri',
  benefit: 'Beneficiu',
  price: 'Preț',
  loading: 'Se încarcă categoriile de membri…',
  loadFailed: 'Categoriile de membri nu au putut fi încărcate.',
  retry: 'Încercați din nou',
};

export default ro;
