// Hindi messages of the poll schemas. Pure data: fetched only by pages in Hindi.
import type { Translation } from '../shared/locale.ts';
import type { pollSchemaEn } from './poll.strings.ts';

const hi: Translation<typeof pollSchemaEn> = {
  'question.required': 'प्रश्न दर्ज करें',
  'question.tooLong': 'अधिकतम 200 वर्णों का प्रश्न दर्ज करें',
  'question.invalid': 'प्रश्न दर्ज करें',
  'options.tooFew': 'चुनने के लिए कम से कम 2 जवाब दें',
  'options.tooMany': 'अधिकतम 10 जवाब दें',
  'options.textRequired': 'हर जवाब का टेक्स्ट दर्ज करें, या खाली जवाब हटाएँ',
  'options.textTooLong': 'हर जवाब को अधिकतम 100 वर्णों तक छोटा करें',
  'options.duplicate': 'हर जवाब को अलग टेक्स्ट दें',
  'options.invalid': '2 से 10 जवाबों की सूची दें',
  'multiple.invalid': 'चुनें कि लोग कई जवाब चुन सकते हैं या नहीं',
  'resultsBeforeVote.invalid': 'चुनें कि लोग मतदान से पहले परिणाम देख सकते हैं या नहीं',
  'closesAt.invalid': '2025-01-31T18:00:00Z जैसा समापन समय दर्ज करें, या इसे खाली छोड़ दें',
  'closesAt.past': 'भविष्य का कोई समापन समय चुनें, या इसे खाली छोड़ दें',
  'vote.required': 'एक जवाब चुनें, फिर मतदान करें',
  'vote.single': 'केवल एक जवाब चुनें',
  'vote.unknown': 'यह जवाब अब पोल में नहीं है: पोल को फिर से लोड करें और दोबारा चुनें',
  'voter.invalid': 'पेज को फिर से लोड करें और दोबारा मतदान करें',
  'text.controlCharacters': 'इस टेक्स्ट से अदृश्य नियंत्रण वर्ण हटाएँ',
  invalid: 'यह जवाब जाँचें',
};

export default hi;
