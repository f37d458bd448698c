// Swahili words of <chorus-membership-card>. Pure data: fetched only by pages in Swahili.
import type { Translation } from '../../shared/locale.ts';
import type { membershipCardEn } from './membership-card.strings.ts';

const sw: Translation<typeof membershipCardEn> = {
  heading: 'Uanachama',
  free: 'Bure',
  perYear: '{price} kwa mwaka',
  once: '{price} mara moja',
  included: 'Imejumuishwa',
  notIncluded: 'Haijajumuishwa',
  votes: 'Mwanachama mwenye haki ya kupiga kura',
  noVotes: 'Si mwanachama mwenye haki ya kupiga kura',
  eligibility: 'Nani anaweza kujiunga',
  join: 'Jiunge',
  joinTier: 'Jiunge: {tier}',
  highlight: 'Inapendekezwa',
  caption: 'Ulinganisho wa ngazi za uanachama',
  benefit: 'Faida',
  price: 'Bei',
  loading: 'Inapakia ngazi za uanachama…',
  loadFailed: 'Imeshindwa kupakia ngazi za uanachama.',
  retry: 'Jaribu tena',
};

export default sw;
