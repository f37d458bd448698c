// Czech failure messages. Pure data: fetched only by pages in Czech.
import type { Translation } from './locale.ts';
import type { errorMessagesEn } from './error-messages.strings.ts';

const cs: Translation<typeof errorMessagesEn> = {
  'read.network': 'Příběhy se nepodařilo načíst. Zkontrolujte připojení a zkuste to znovu.',
  'read.timeout': 'Načítání příběhů trvalo příliš dlouho. Zkuste to znovu za chvíli.',
  'read.rate-limited': 'Příliš mnoho požadavků na příběhy. Zkuste to znovu za několik minut.',
  'read.rateLimitedUntil': 'Hodinový limit GitHubu pro tuto síť je vyčerpaný. Zkuste to znovu po {time}.',
  'read.cors': 'Fórum {forum} tomuto webu nedovoluje číst své příběhy. Správce fóra musí zapnout „enable cors“ a přidat {origin} do „cors origins“.',
  'read.not-found': 'Příběhy nebyly nalezeny. Zkontrolujte adresu zdroje přehledu.',
  'read.forbidden': 'Příběhy nejsou veřejné, nebo je tento web nesmí číst.',
  'read.unauthorized': 'Příběhy nejsou veřejné, nebo je tento web nesmí číst.',
  'read.unsupported': 'Tento přehled nemá zdroj, který by dokázal číst. Nastavte jeho source nebo endpoint.',
  'read.invalid-response': 'Příběhy dorazily ve formě, kterou tento přehled neumí přečíst.',
  'read.server': 'Server s příběhy má problém. Zkuste to znovu za několik minut.',
  'read.other': 'Příběhy se nepodařilo načíst. Zkuste to znovu.',
  'reason.network': 'server není dostupný.',
  'reason.timeout': 'server neodpověděl včas.',
  'reason.server': 'na serveru došlo k problému.',
  'reason.not-found': 'na serveru nebyl nalezen.',
  'reason.forbidden': 'tento token to nesmí.',
  'reason.rate-limited': 'příliš mnoho požadavků; chvíli počkejte.',
  'reason.other': 'server poslal odpověď, které Chorus nerozumí.',
  'send.other': 'Váš příběh se nepodařilo odeslat. Je uložený v tomto zařízení. Zkuste to znovu za chvíli.',
  'send.payload-too-large': 'Váš příběh je na odeslání příliš velký. Zkraťte ho a zkuste to znovu.',
  'send.rate-limited': 'Během krátké doby jste odeslali mnoho příběhů. Zkuste to znovu později.',
  'send.rateLimitedSeconds_one': 'Během krátké doby jste odeslali mnoho příběhů. Zkuste to znovu za {count} sekundu.',
  'send.rateLimitedSeconds_few': 'Během krátké doby jste odeslali mnoho příběhů. Zkuste to znovu za {count} sekundy.',
  'send.rateLimitedSeconds_many': 'Během krátké doby jste odeslali mnoho příběhů. Zkuste to znovu za {count} sekundy.',
  'send.rateLimitedSeconds_other': 'Během krátké doby jste odeslali mnoho příběhů. Zkuste to znovu za {count} sekund.',
  'send.rateLimitedAt': 'Během krátké doby jste odeslali mnoho příběhů. Zkuste to znovu po {time}.',
};

export default cs;
