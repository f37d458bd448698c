// The PSF membership classes in Hindi: the same facts as PSF_TIERS in psf-membership.ts
// (PSF bylaws, sections 4.1–4.11). Pure data, fetched only by pages in Hindi.
import type { Translation } from '../shared/locale.ts';
import type { psfEn } from './psf-membership.ts';

const hi: Translation<typeof psfEn> = {
  'basic.name': 'बुनियादी',
  'basic.summary': 'PSF से निःशुल्क जुड़ें और इसके समुदाय का हिस्सा बनें।',
  'basic.eligibility': 'साइन अप करें और PSF की आचार संहिता से सहमत हों।',
  'basic.note': '',
  'basic.benefit0': 'PSF सदस्यों की बैठकों में भाग लेना',
  'basic.benefit1': 'सदस्यों की बैठकों के कोरम में गिना जाना',
  'supporting.name': 'सहयोगी',
  'supporting.summary': 'सालाना दान से PSF के काम में आर्थिक सहयोग करें; हर भुगतान के बाद बारह महीनों तक PSF के चुनावों में मतदान करें।',
  'supporting.eligibility': 'सालाना दान करें (सुझाया गया 99 अमेरिकी डॉलर, 25 अमेरिकी डॉलर से शुरू होने वाले लचीले पैमाने पर) या आजीवन शुल्क चुकाएँ।',
  'supporting.note': 'सुझाई गई राशि; 25 अमेरिकी डॉलर से लचीला पैमाना, या आजीवन शुल्क।',
  'supporting.benefit0': 'PSF सदस्यों की बैठकों में भाग लेना',
  'supporting.benefit1': 'सदस्यों की बैठकों के कोरम में गिना जाना',
  'contributing.name': 'योगदानकर्ता',
  'contributing.summary': 'Python समुदाय के लिए स्वयंसेवा करें और PSF के चुनावों में मतदान करें।',
  'contributing.eligibility':
    'हर महीने कम से कम पाँच घंटे ऐसे काम में स्वयंसेवा करें जो PSF के मिशन को आगे बढ़ाए (ओपन सोर्स लाइसेंस के तहत जारी किया गया काम), और हर साल इसकी पुष्टि करें।',
  'contributing.note': 'आपका समय: हर महीने कम से कम पाँच घंटे।',
  'contributing.benefit0': 'PSF सदस्यों की बैठकों में भाग लेना',
  'contributing.benefit1': 'सदस्यों की बैठकों के कोरम में गिना जाना',
  'fellow.name': 'Fellow',
  'fellow.summary': 'Python में असाधारण योगदान के लिए सम्मान; आजीवन मतदान करने वाले सदस्य।',
  'fellow.eligibility': 'असाधारण योगदान के लिए किसी मतदान करने वाले सदस्य या PSF के किसी कार्य समूह द्वारा नामांकित, और स्वीकृत। Fellow का दर्जा आजीवन होता है।',
  'fellow.note': 'नामांकन द्वारा; आजीवन।',
  'fellow.benefit0': 'PSF सदस्यों की बैठकों में भाग लेना',
  'fellow.benefit1': 'सदस्यों की बैठकों के कोरम में गिना जाना',
  'psf.heading': 'Python Software Foundation के सदस्य बनें',
  'psf.votingNote': 'मतदान करने वाले सदस्य हर साल पुष्टि करते हैं कि वे PSF के चुनावों में मतदान करना चाहते हैं।',
};

export default hi;
