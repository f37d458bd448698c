// Hindi field messages of the story schema. Pure data: fetched only by pages in Hindi.
import type { Translation } from '../shared/locale.ts';
import type { schemaEn } from './schema.strings.ts';

const hi: Translation<typeof schemaEn> = {
  'kind.invalid': 'चुनें कि यह किस प्रकार की कहानी है',
  'title.required': 'शीर्षक दर्ज करें',
  'title.tooLong': 'अधिकतम 120 वर्णों का शीर्षक दर्ज करें',
  'title.invalid': 'शीर्षक दर्ज करें',
  'body.required': 'अपनी कहानी लिखें',
  'body.tooLong': 'अपनी कहानी को अधिकतम 20,000 वर्णों तक छोटा करें',
  'body.boostTooLong': 'अपने संदेश को अधिकतम 500 वर्णों तक छोटा करें, या कहानी का कोई दूसरा प्रकार चुनें',
  'body.invalid': 'अपनी कहानी लिखें',
  'link.required': 'उस पोस्ट का लिंक दर्ज करें जिसे आप चाहते हैं कि हम साझा करें',
  'link.invalid': 'ऐसा लिंक दर्ज करें जो https:// या http:// से शुरू हो',
  'link.tooLong': 'अधिकतम 2,048 वर्णों का लिंक दर्ज करें',
  'tags.tooMany': 'अधिकतम 5 टैग चुनें',
  'tags.invalid': '1 से 32 छोटे अंग्रेज़ी अक्षरों, अंकों या हाइफ़न वाले टैग इस्तेमाल करें',
  'authorName.required': 'अपना नाम दर्ज करें',
  'authorName.tooLong': 'अधिकतम 80 वर्णों का नाम दर्ज करें',
  'authorName.invalid': 'अपना नाम दर्ज करें',
  'authorEmail.invalid': 'name@example.org जैसा ईमेल पता दर्ज करें, या इसे खाली छोड़ दें',
  'authorEmail.tooLong': 'अधिकतम 254 वर्णों का ईमेल पता दर्ज करें',
  'region.tooLong': 'अधिकतम 80 वर्णों का क्षेत्र दर्ज करें',
  'region.invalid': 'अधिकतम 80 वर्णों का क्षेत्र दर्ज करें, या इसे खाली छोड़ दें',
  'language.invalid': 'hi या pt-BR जैसा भाषा कोड दर्ज करें, या इसे खाली छोड़ दें',
  'consent.required': 'इस बात से सहमत होने के लिए बॉक्स पर सही का निशान लगाएँ कि समुदाय टीम आपकी कहानी प्रकाशित कर सकती है',
  'text.controlCharacters': 'इस टेक्स्ट से अदृश्य नियंत्रण वर्ण हटाएँ',
  'startedAt.invalid': 'पेज को फिर से लोड करें और फ़ॉर्म दोबारा सबमिट करें',
  invalid: 'यह जवाब जाँचें',
};

export default hi;
