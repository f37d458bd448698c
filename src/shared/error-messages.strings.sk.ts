// Slovak failure messages. Pure data: fetched only by pages in Slovak.
import type { Translation } from './locale.ts';
import type { errorMessagesEn } from './error-messages.strings.ts';

const sk: Translation<typeof errorMessagesEn> = {
  'read.network': 'Príbehy sa nepodarilo načítať. Skontrolujte pripojenie a skúste to znova.',
  'read.timeout': 'Načítanie príbehov trvalo príliš dlho. Skúste to znova o chvíľu.',
  'read.rate-limited': 'Príliš veľa požiadaviek na príbehy. Skúste to znova o niekoľko minút.',
  'read.rateLimitedUntil': 'Hodinový limit GitHubu pre túto sieť je vyčerpaný. Skúste to znova po {time}.',
  'read.cors': 'Fórum {forum} tejto stránke nedovoľuje čítať svoje príbehy. Správca fóra musí zapnúť „enable cors“ a pridať {origin} do „cors origins“.',
  'read.not-found': 'Príbehy sa nenašli. Skontrolujte adresu zdroja prehľadu.',
  'read.forbidden': 'Príbehy nie sú verejné alebo ich táto stránka nesmie čítať.',
  'read.unauthorized': 'Príbehy nie sú verejné alebo ich táto stránka nesmie čítať.',
  'read.unsupported': 'Tento prehľad nemá zdroj, ktorý by dokázal čítať. Nastavte jeho source alebo endpoint.',
  'read.invalid-response': 'Príbehy prišli vo forme, ktorú tento prehľad nedokáže prečítať.',
  'read.server': 'Server s príbehmi má problém. Skúste to znova o niekoľko minút.',
  'read.other': 'Príbehy sa nepodarilo načítať. Skúste to znova.',
  'reason.network': 'server nie je dostupný.',
  'reason.timeout': 'server neodpovedal včas.',
  'reason.server': 'na serveri sa vyskytol problém.',
  'reason.not-found': 'na serveri sa nenašiel.',
  'reason.forbidden': 'tento token to nesmie.',
  'reason.rate-limited': 'príliš veľa požiadaviek; chvíľu počkajte.',
  'reason.other': 'server poslal odpoveď, ktorej Chorus nerozumie.',
  'send.other': 'Váš príbeh sa nepodarilo odoslať. Je uložený v tomto zariadení. Skúste to znova o chvíľu.',
  'send.payload-too-large': 'Váš príbeh je na odoslanie príliš veľký. Skráťte ho a skúste to znova.',
  'send.rate-limited': 'V krátkom čase ste odoslali veľa príbehov. Skúste to znova neskôr.',
  'send.rateLimitedSeconds_one': 'V krátkom čase ste odoslali veľa príbehov. Skúste to znova o {count} sekundu.',
  'send.rateLimitedSeconds_few': 'V krátkom čase ste odoslali veľa príbehov. Skúste to znova o {count} sekundy.',
  'send.rateLimitedSeconds_many': 'V krátkom čase ste odoslali veľa príbehov. Skúste to znova o {count} sekundy.',
  'send.rateLimitedSeconds_other': 'V krátkom čase ste odoslali veľa príbehov. Skúste to znova o {count} sekúnd.',
  'send.rateLimitedAt': 'V krátkom čase ste odoslali veľa príbehov. Skúste to znova po {time}.',
};

export default sk;
