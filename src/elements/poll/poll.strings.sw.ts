// Swahili words of <chorus-poll>. Pure data: fetched only by pages in Swahili.
import type { Translation } from '../../shared/locale.ts';
import type { pollEn } from './poll.strings.ts';

const sw: Translation<typeof pollEn> = {
  loading: 'Inapakia kura ya maoni…',
  loadFailed: 'Imeshindwa kupakia kura ya maoni: {reason}',
  noEndpoint: 'Kura hii ya maoni haina seva ya kusoma kutoka kwayo. Weka endpoint yake.',
  retry: 'Jaribu tena',
  chooseOne: 'Chagua jibu moja.',
  chooseMany: 'Chagua jibu moja au zaidi.',
  vote: 'Piga kura',
  changeVote: 'Badilisha kura yako',
  voting: 'Inatuma kura yako…',
  showResults: 'Onyesha matokeo',
  hideResults: 'Rudi kwenye upigaji kura',
  resultsLater: 'Matokeo yataonekana baada ya kupiga kura.',
  results: 'Matokeo',
  votes_one: 'Kura {count}',
  votes_other: 'Kura {count}',
  share: '{percent}, {votes}',
  total_one: 'Mtu {count} amepiga kura',
  total_other: 'Watu {count} wamepiga kura',
  yourChoice: 'chaguo lako',
  counted: 'Kura yako imehesabiwa.',
  closed: 'Kura hii ya maoni imefungwa. Haya ndiyo matokeo ya mwisho.',
  closesAt: 'Inafungwa {time}',
  closedBeforeVote: 'Kura hii ya maoni ilifungwa kabla kura yako haijafika. Kura yako haikuhesabiwa.',
  voteFailed: 'Kura yako haikuhesabiwa: {reason} Chaguo lako limehifadhiwa; jaribu tena.',
  rateLimited_one: 'Kura nyingi mno zimetoka kwenye mtandao wako. Chaguo lako limehifadhiwa; jaribu tena baada ya dakika {count}.',
  rateLimited_other: 'Kura nyingi mno zimetoka kwenye mtandao wako. Chaguo lako limehifadhiwa; jaribu tena baada ya dakika {count}.',
  required: 'Chagua jibu, kisha upige kura.',
  deleted: 'Kura hii ya maoni imeondolewa.',
  liveLeader: 'Matokeo ya moja kwa moja: {option} inaongoza kwa {percent}, {total}.',
  liveTotal: 'Matokeo ya moja kwa moja: {total}.',
  finalLeader: 'Kura ya maoni imefungwa. {option} imeshinda kwa {percent}, {total}.',
};

export default sw;
