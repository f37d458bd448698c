// Hindi failure messages. Pure data: fetched only by pages in Hindi.
import type { Translation } from './locale.ts';
import type { errorMessagesEn } from './error-messages.strings.ts';

const hi: Translation<typeof errorMessagesEn> = {
  'read.network': 'कहानियाँ लोड नहीं हो सकीं। अपना कनेक्शन जाँचें, फिर से कोशिश करें।',
  'read.timeout': 'कहानियाँ आने में बहुत समय लगा। थोड़ी देर बाद फिर से कोशिश करें।',
  'read.rate-limited': 'कहानियों के लिए बहुत ज़्यादा अनुरोध। कुछ मिनट बाद फिर से कोशिश करें।',
  'read.rateLimitedUntil': 'इस नेटवर्क के लिए GitHub की प्रति घंटे की सीमा खत्म हो गई है। {time} के बाद फिर से कोशिश करें।',
  'read.cors':
    'फ़ोरम {forum} इस साइट को अपनी कहानियाँ पढ़ने की अनुमति नहीं देता। फ़ोरम के किसी एडमिन को “enable cors” चालू करना होगा और {origin} को “cors origins” में जोड़ना होगा।',
  'read.not-found': 'कहानियाँ नहीं मिलीं। फ़ीड के स्रोत का पता जाँचें।',
  'read.forbidden': 'कहानियाँ सार्वजनिक नहीं हैं, या इस साइट को उन्हें पढ़ने की अनुमति नहीं है।',
  'read.unauthorized': 'कहानियाँ सार्वजनिक नहीं हैं, या इस साइट को उन्हें पढ़ने की अनुमति नहीं है।',
  'read.unsupported': 'इस फ़ीड का कोई ऐसा स्रोत नहीं है जिसे यह पढ़ सके। इसका source या endpoint सेट करें।',
  'read.invalid-response': 'कहानियाँ ऐसे रूप में आईं जिसे यह फ़ीड नहीं पढ़ सकती।',
  'read.server': 'कहानियों के सर्वर में समस्या है। कुछ मिनट बाद फिर से कोशिश करें।',
  'read.other': 'कहानियाँ लोड नहीं हो सकीं। फिर से कोशिश करें।',
  'reason.network': 'सर्वर तक नहीं पहुँचा जा सका।',
  'reason.timeout': 'सर्वर ने समय पर जवाब नहीं दिया।',
  'reason.server': 'सर्वर में कोई समस्या आई।',
  'reason.not-found': 'यह सर्वर पर नहीं मिली।',
  'reason.forbidden': 'यह टोकन ऐसा करने की अनुमति नहीं देता।',
  'reason.rate-limited': 'बहुत ज़्यादा अनुरोध; थोड़ा इंतज़ार करें।',
  'reason.other': 'सर्वर ने ऐसा जवाब भेजा जिसे Chorus समझ नहीं पाया।',
  'send.other': 'हम आपकी कहानी नहीं भेज सके। यह इस डिवाइस पर सहेजी गई है। थोड़ी देर बाद फिर से कोशिश करें।',
  'send.payload-too-large': 'आपकी कहानी भेजने के लिए बहुत बड़ी है। इसे छोटा करें, फिर से कोशिश करें।',
  'send.rate-limited': 'आपने कम समय में बहुत सारी कहानियाँ भेजी हैं। बाद में फिर से कोशिश करें।',
  'send.rateLimitedSeconds_one': 'आपने कम समय में बहुत सारी कहानियाँ भेजी हैं। {count} सेकंड बाद फिर से कोशिश करें।',
  'send.rateLimitedSeconds_other': 'आपने कम समय में बहुत सारी कहानियाँ भेजी हैं। {count} सेकंड बाद फिर से कोशिश करें।',
  'send.rateLimitedAt': 'आपने कम समय में बहुत सारी कहानियाँ भेजी हैं। {time} के बाद फिर से कोशिश करें।',
};

export default hi;
