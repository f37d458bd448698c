// Swedish words of <chorus-poll>. Pure data: fetched only by pages in Swedish.
import type { Translation } from '../../shared/locale.ts';
import type { pollEn } from './poll.strings.ts';

const sv: Translation<typeof pollEn> = {
  loading: 'Läser in omröstningen …',
  loadFailed: 'Omröstningen kunde inte läsas in: {reason}',
  noEndpoint: 'Den här omröstningen har ingen server att läsa från. Ange dess endpoint.',
  retry: 'Försök igen',
  chooseOne: 'Välj ett svar.',
  chooseMany: 'Välj ett eller flera svar.',
  vote: 'Rösta',
  changeVote: 'Ändra din röst',
  voting: 'Skickar din röst …',
  showResults: 'Visa resultat',
  hideResults: 'Tillbaka till omröstningen',
  resultsLater: 'Resultaten visas när du har röstat.',
  results: 'Resultat',
  votes_one: '{count} röst',
  votes_other: '{count} röster',
  share: '{percent}, {votes}',
  total_one: '{count} person har röstat',
  total_other: '{count} personer har röstat',
  yourChoice: 'ditt val',
  counted: 'Din röst har räknats.',
  closed: 'Omröstningen är stängd. Det här är slutresultatet.',
  closesAt: 'Stänger {time}',
  closedBeforeVote: 'Omröstningen stängdes innan din röst kom fram. Din röst har inte räknats.',
  voteFailed: 'Din röst räknades inte: {reason} Ditt val finns kvar; försök igen.',
  rateLimited_one: 'För många röster kom från ditt nätverk. Ditt val finns kvar; försök igen om {count} minut.',
  rateLimited_other: 'För många röster kom från ditt nätverk. Ditt val finns kvar; försök igen om {count} minuter.',
  required: 'Välj ett svar och rösta sedan.',
  deleted: 'Den här omröstningen har tagits bort.',
  liveLeader: 'Resultat i realtid: {option} leder med {percent}, {total}.',
  liveTotal: 'Resultat i realtid: {total}.',
  finalLeader: 'Omröstningen har stängt. {option} vann med {percent}, {total}.',
};

export default sv;
