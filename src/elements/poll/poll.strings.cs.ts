// Czech words of <chorus-poll>. Pure data: fetched only by pages in Czech.
import type { Translation } from '../../shared/locale.ts';
import type { pollEn } from './poll.strings.ts';

const cs: Translation<typeof pollEn> = {
  loading: 'Načítání ankety…',
  loadFailed: 'Anketu se nepodařilo načíst: {reason}',
  noEndpoint: 'Tato anketa nemá server, ze kterého by četla data. Nastavte její endpoint.',
  retry: 'Zkusit znovu',
  chooseOne: 'Vyberte jednu odpověď.',
  chooseMany: 'Vyberte jednu nebo více odpovědí.',
  vote: 'Hlasovat',
  changeVote: 'Změnit hlas',
  voting: 'Odesílání hlasu…',
  showResults: 'Zobrazit výsledky',
  hideResults: 'Zpět k hlasování',
  resultsLater: 'Výsledky se zobrazí, až budete hlasovat.',
  results: 'Výsledky',
  votes_one: '{count} hlas',
  votes_few: '{count} hlasy',
  votes_many: '{count} hlasu',
  votes_other: '{count} hlasů',
  share: '{percent}, {votes}',
  total_one: 'Hlasoval {count} člověk',
  total_few: 'Hlasovali {count} lidé',
  total_many: 'Hlasovalo {count} člověka',
  total_other: 'Hlasovalo {count} lidí',
  yourChoice: 'vaše volba',
  counted: 'Váš hlas byl započítán.',
  closed: 'Tato anketa je uzavřena. Toto jsou konečné výsledky.',
  closesAt: 'Uzavření: {time}',
  closedBeforeVote: 'Anketa byla uzavřena dřív, než dorazil váš hlas. Váš hlas nebyl započítán.',
  voteFailed: 'Váš hlas nebyl započítán: {reason} Vaše volba zůstala zachována; zkuste to znovu.',
  rateLimited: 'Z vaší sítě přišlo příliš mnoho hlasů. Vaše volba zůstala zachována; zkuste to znovu za {minutes} min.',
  required: 'Vyberte odpověď a pak hlasujte.',
  deleted: 'Tato anketa byla odstraněna.',
  liveLeader: 'Průběžné výsledky: vede „{option}“ s {percent}, {total}.',
  liveTotal: 'Průběžné výsledky: {total}.',
  finalLeader: 'Anketa je uzavřena. Zvítězila odpověď „{option}“ s {percent}, {total}.',
};

export default cs;
