// Dutch words of <chorus-poll>. Pure data: fetched only by pages in Dutch.
import type { Translation } from '../../shared/locale.ts';
import type { pollEn } from './poll.strings.ts';

const nl: Translation<typeof pollEn> = {
  loading: 'Peiling laden…',
  loadFailed: 'De peiling kon niet worden geladen: {reason}',
  noEndpoint: 'Deze peiling heeft geen server om van te lezen. Stel het endpoint in.',
  retry: 'Opnieuw proberen',
  chooseOne: 'Kies één antwoord.',
  chooseMany: 'Kies een of meer antwoorden.',
  vote: 'Stemmen',
  changeVote: 'Je stem wijzigen',
  voting: 'Je stem wordt verzonden…',
  showResults: 'Resultaten tonen',
  hideResults: 'Terug naar stemmen',
  resultsLater: 'De resultaten verschijnen zodra je hebt gestemd.',
  results: 'Resultaten',
  votes_one: '{count} stem',
  votes_other: '{count} stemmen',
  share: '{percent}, {votes}',
  total_one: '{count} persoon heeft gestemd',
  total_other: '{count} mensen hebben gestemd',
  yourChoice: 'jouw keuze',
  counted: 'Je stem is geteld.',
  closed: 'Deze peiling is gesloten. Dit zijn de definitieve resultaten.',
  closesAt: 'Sluit {time}',
  closedBeforeVote: 'Deze peiling werd gesloten voordat je stem binnenkwam. Je stem is niet geteld.',
  voteFailed: 'Je stem is niet geteld: {reason} Je keuze blijft bewaard; probeer het opnieuw.',
  rateLimited_one: 'Er kwamen te veel stemmen van je netwerk. Je keuze blijft bewaard; probeer het over {count} minuut opnieuw.',
  rateLimited_other: 'Er kwamen te veel stemmen van je netwerk. Je keuze blijft bewaard; probeer het over {count} minuten opnieuw.',
  required: 'Kies een antwoord en stem dan.',
  deleted: 'Deze peiling is verwijderd.',
  liveLeader: 'Live resultaten: {option} staat voor met {percent}, {total}.',
  liveTotal: 'Live resultaten: {total}.',
  finalLeader: 'De peiling is gesloten. {option} heeft gewonnen met {percent}, {total}.',
};

export default nl;
