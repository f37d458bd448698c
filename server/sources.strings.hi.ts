// Hindi: the read-through's messages. Terms as in messages.strings.hi.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { sourcesEn } from './sources.strings.ts';

const hi: Translation<typeof sourcesEn> = {
  notAllowed: 'यह सर्वर वह स्रोत नहीं पढ़ता। इसके मालिक उसे CHORUS_SOURCE_ALLOWLIST में जोड़ सकते हैं',
  repo: 'रिपॉज़िटरी को repo=OWNER/REPO के रूप में दें',
  url: 'फ़ोरम की सूची को url=https://forum.example.org/c/SLUG/ID के रूप में दें',
  cursor: 'यह कर्सर यहाँ मान्य नहीं है: पहले पेज से फिर से शुरू करें',
  kind: 'एक प्रकार चुनें: boost, news, story या event',
  upstream: 'स्रोत ने अपेक्षा के अनुसार जवाब नहीं दिया। थोड़ी देर बाद फिर से कोशिश करें',
  upstreamNotFound: 'स्रोत में ऐसी कोई रिपॉज़िटरी या सूची नहीं है',
  upstreamLimited: 'स्रोत अभी अनुरोध अस्वीकार कर रहा है। बाद में फिर से कोशिश करें',
};

export default hi;
