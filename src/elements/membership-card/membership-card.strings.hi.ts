// Hindi words of <chorus-membership-card>. Pure data: fetched only by pages in Hindi.
import type { Translation } from '../../shared/locale.ts';
import type { membershipCardEn } from './membership-card.strings.ts';

const hi: Translation<typeof membershipCardEn> = {
  heading: 'सदस्यता',
  free: 'निःशुल्क',
  perYear: '{price} प्रति वर्ष',
  once: '{price} एक बार',
  included: 'शामिल',
  notIncluded: 'शामिल नहीं',
  votes: 'मतदान करने वाले सदस्य',
  noVotes: 'मतदान का अधिकार नहीं',
  eligibility: 'कौन जुड़ सकता है',
  join: 'जुड़ें',
  joinTier: 'जुड़ें: {tier}',
  highlight: 'अनुशंसित',
  caption: 'सदस्यता श्रेणियों की तुलना',
  benefit: 'लाभ',
  price: 'मूल्य',
  loading: 'सदस्यता श्रेणियाँ लोड हो रही हैं…',
  loadFailed: 'सदस्यता श्रेणियाँ लोड नहीं हो सकीं।',
  retry: 'फिर से कोशिश करें',
};

export default hi;
