// Romanian words of <chorus-poll>. Pure data: fetched only by pages in Romanian.
import type { Translation } from '../../shared/locale.ts';
import type { pollEn } from './poll.strings.ts';

const ro: Translation<typeof pollEn> = {
  loading: 'Se încarcă sondajul…',
  loadFailed: 'Sondajul nu a putut fi încărcat: {reason}',
  noEndpoint: 'Acest sondaj nu are un server de la care să citească. Setați-i endpointul.',
  retry: 'Încercați din nou',
  chooseOne: 'Alegeți un răspuns.',
  chooseMany: 'Alegeți unul sau mai multe răspunsuri.',
  vote: 'Votați',
  changeVote: 'Schimbați votul',
  voting: 'Se trimite votul…',
  showResults: 'Afișați rezultatele',
  hideResults: 'Înapoi la vot',
  resultsLater: 'Rezultatele apar după ce votați.',
  results: 'Rezultate',
  votes_one: '{count} vot',
  votes_few: '{count} voturi',
  votes_other: '{count} de voturi',
  share: '{percent}, {votes}',
  total_one: 'A votat {count} persoană',
  total_few: 'Au votat {count} persoane',
  total_other: 'Au votat {count} de persoane',
  yourChoice: 'alegerea dvs.',
  counted: 'Votul dvs. a fost numărat.',
  closed: 'Acest sondaj este închis. Acestea sunt rezultatele finale.',
  closesAt: 'Se închide {time}',
  closedBeforeVote: 'Sondajul s-a închis înainte să ajungă votul dvs. Votul nu a fost numărat.',
  voteFailed: 'Votul dvs. nu a fost numărat: {reason} Alegerea dvs. se păstrează; încercați din nou.',
  rateLimited_one: 'Au venit prea multe voturi din rețeaua dvs. Alegerea dvs. se păstrează; încercați din nou peste {count} minut.',
  rateLimited_few: 'Au venit prea multe voturi din rețeaua dvs. Alegerea dvs. se păstrează; încercați din nou peste {count} minute.',
  rateLimited_other: 'Au venit prea multe voturi din rețeaua dvs. Alegerea dvs. se păstrează; încercați din nou peste {count} de minute.',
  required: 'Alegeți un răspuns, apoi votați.',
  deleted: 'Acest sondaj a fost eliminat.',
  liveLeader: 'Rezultate în timp real: {option} conduce cu {percent}, {total}.',
  liveTotal: 'Rezultate în timp real: {total}.',
  finalLeader: 'Sondajul s-a închis. A câștigat {option} cu {percent}, {total}.',
};

export default ro;
