// Finnish words of <chorus-membership-card>. Pure data: fetched only by pages in Finnish.
import type { Translation } from '../../shared/locale.ts';
import type { membershipCardEn } from './membership-card.strings.ts';

const fi: Translation<typeof membershipCardEn> = {
  heading: 'Jäsenyys',
  free: 'Maksuton',
  perYear: '{price} vuodessa',
  once: '{price} kertamaksu',
  included: 'Sisältyy',
  notIncluded: 'Ei sisälly',
  votes: 'Äänioikeutettu jäsen',
  noVotes: 'Ei äänioikeutta',
  eligibility: 'Kuka voi liittyä',
  join: 'Liity',
  joinTier: 'Liity: {tier}',
  highlight: 'Suositeltu',
  caption: 'Jäsenyystasojen vertailu',
  benefit: 'Etu',
  price: 'Hinta',
  loading: 'Ladataan jäsenyystasoja…',
  loadFailed: 'Jäsenyystasoja ei voitu ladata.',
  retry: 'Yritä uudelleen',
};

export default fi;
