// Slovak words of <chorus-poll>. Pure data: fetched only by pages in Slovak.
import type { Translation } from '../../shared/locale.ts';
import type { pollEn } from './poll.strings.ts';

const sk: Translation<typeof pollEn> = {
  loading: 'Načítava sa anketa…',
  loadFailed: 'Anketu sa nepodarilo načítať: {reason}',
  noEndpoint: 'Táto anketa nemá server, z ktorého by čítala údaje. Nastavte jej endpoint.',
  retry: 'Skúsiť znova',
  chooseOne: 'Vyberte jednu odpoveď.',
  chooseMany: 'Vyberte jednu alebo viac odpovedí.',
  vote: 'Hlasovať',
  changeVote: 'Zmeniť hlas',
  voting: 'Odosiela sa váš hlas…',
  showResults: 'Zobraziť výsledky',
  hideResults: 'Späť na hlasovanie',
  resultsLater: 'Výsledky sa zobrazia, keď zahlasujete.',
  results: 'Výsledky',
  votes_one: '{count} hlas',
  votes_few: '{count} hlasy',
  votes_many: '{count} hlasu',
  votes_other: '{count} hlasov',
  share: '{percent}, {votes}',
  total_one: 'Hlasoval {count} človek',
  total_few: 'Hlasovali {count} ľudia',
  total_many: 'Hlasovalo {count} človeka',
  total_other: 'Hlasovalo {count} ľudí',
  yourChoice: 'vaša voľba',
  counted: 'Váš hlas bol započítaný.',
  closed: 'Táto anketa je uzavretá. Toto sú konečné výsledky.',
  closesAt: 'Uzavretie: {time}',
  closedBeforeVote: 'Anketa sa uzavrela skôr, ako prišiel váš hlas. Váš hlas nebol započítaný.',
  voteFailed: 'Váš hlas nebol započítaný: {reason} Vaša voľba zostala zachovaná; skúste to znova.',
  rateLimited: 'Z vašej siete prišlo príliš veľa hlasov. Vaša voľba zostala zachovaná; skúste to znova o {minutes} min.',
  required: 'Vyberte odpoveď a potom hlasujte.',
  deleted: 'Táto anketa bola odstránená.',
  liveLeader: 'Priebežné výsledky: vedie „{option}“ s {percent}, {total}.',
  liveTotal: 'Priebežné výsledky: {total}.',
  finalLeader: 'Anketa je uzavretá. Zvíťazila odpoveď „{option}“ s {percent}, {total}.',
};

export default sk;
