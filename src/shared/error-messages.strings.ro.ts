// Romanian failure messages. Pure data: fetched only by pages in Romanian.
import type { Translation } from './locale.ts';
import type { errorMessagesEn } from './error-messages.strings.ts';

const ro: Translation<typeof errorMessagesEn> = {
  'read.network': 'Poveștile nu au putut fi încărcate. Verificați conexiunea, apoi încercați din nou.',
  'read.timeout': 'Poveștile au întârziat prea mult. Încercați din nou peste câteva momente.',
  'read.rate-limited': 'Prea multe solicitări de povești. Încercați din nou peste câteva minute.',
  'read.rateLimitedUntil': 'Limita orară GitHub pentru această rețea a fost atinsă. Încercați din nou după ora {time}.',
  'read.cors':
    'Forumul {forum} nu permite acestui site să-i citească poveștile. Un administrator al forumului trebuie să activeze „enable cors” și să adauge {origin} la „cors origins”.',
  'read.not-found': 'Poveștile nu au fost găsite. Verificați adresa sursei fluxului.',
  'read.forbidden': 'Poveștile nu sunt publice sau acest site nu are voie să le citească.',
  'read.unauthorized': 'Poveștile nu sunt publice sau acest site nu are voie să le citească.',
  'read.unsupported': 'Acest flux nu are o sursă pe care să o poată citi. Setați-i sursa (source) sau endpointul.',
  'read.invalid-response': 'Poveștile au sosit într-un format pe care acest flux nu îl poate citi.',
  'read.server': 'Serverul de povești are o problemă. Încercați din nou peste câteva minute.',
  'read.other': 'Poveștile nu au putut fi încărcate. Încercați din nou.',
  'reason.network': 'serverul nu a putut fi contactat.',
  'reason.timeout': 'serverul nu a răspuns la timp.',
  'reason.server': 'serverul a avut o problemă.',
  'reason.not-found': 'nu a fost găsită pe server.',
  'reason.forbidden': 'acest token nu are voie să facă asta.',
  'reason.rate-limited': 'prea multe solicitări; așteptați puțin.',
  'reason.other': 'serverul a trimis un răspuns pe care Chorus nu l-a înțeles.',
  'send.other': 'Nu am putut trimite povestea dvs. Este salvată pe acest dispozitiv. Încercați din nou peste câteva momente.',
  'send.payload-too-large': 'Povestea dvs. este prea mare pentru a fi trimisă. Scurtați-o, apoi încercați din nou.',
  'send.rate-limited': 'Ați trimis multe povești într-un timp scurt. Încercați din nou mai târziu.',
  'send.rateLimitedSeconds_one': 'Ați trimis multe povești într-un timp scurt. Încercați din nou peste {count} secundă.',
  'send.rateLimitedSeconds_other': 'Ați trimis multe povești într-un timp scurt. Încercați din nou peste {count} de secunde.',
  'send.rateLimitedSeconds_few': 'Ați trimis multe povești într-un timp scurt. Încercați din nou peste {count} secunde.',
  'send.rateLimitedAt': 'Ați trimis multe povești într-un timp scurt. Încercați din nou după ora {time}.',
};

export default ro;
