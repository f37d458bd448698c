// Danish words of <chorus-poll>. Pure data: fetched only by pages in Danish.
import type { Translation } from '../../shared/locale.ts';
import type { pollEn } from './poll.strings.ts';

const da: Translation<typeof pollEn> = {
  loading: 'Indlæser afstemningen…',
  loadFailed: 'Afstemningen kunne ikke indlæses: {reason}',
  noEndpoint: 'Denne afstemning har ingen server at læse fra. Angiv dens endpoint.',
  retry: 'Prøv igen',
  chooseOne: 'Vælg ét svar.',
  chooseMany: 'Vælg et eller flere svar.',
  vote: 'Stem',
  changeVote: 'Skift din stemme',
  voting: 'Sender din stemme…',
  showResults: 'Vis resultater',
  hideResults: 'Tilbage til afstemningen',
  resultsLater: 'Resultaterne vises, når du har stemt.',
  results: 'Resultater',
  votes_one: '{count} stemme',
  votes_other: '{count} stemmer',
  share: '{percent}, {votes}',
  total_one: '{count} person har stemt',
  total_other: '{count} personer har stemt',
  yourChoice: 'dit valg',
  counted: 'Din stemme er talt med.',
  closed: 'Afstemningen er lukket. Dette er de endelige resultater.',
  closesAt: 'Lukker {time}',
  closedBeforeVote: 'Afstemningen lukkede, før din stemme nåede frem. Din stemme er ikke talt med.',
  voteFailed: 'Din stemme blev ikke talt med: {reason} Dit valg er bevaret; prøv igen.',
  rateLimited_one: 'Der kom for mange stemmer fra dit netværk. Dit valg er bevaret; prøv igen om {count} minut.',
  rateLimited_other: 'Der kom for mange stemmer fra dit netværk. Dit valg er bevaret; prøv igen om {count} minutter.',
  required: 'Vælg et svar, og stem derefter.',
  deleted: 'Denne afstemning er fjernet.',
  liveLeader: 'Live-resultater: {option} fører med {percent}, {total}.',
  liveTotal: 'Live-resultater: {total}.',
  finalLeader: 'Afstemningen er lukket. {option} vandt med {percent}, {total}.',
};

export default da;
