// Norwegian Bokmål words of <chorus-poll>. Pure data: fetched only by pages in Norwegian Bokmål.
import type { Translation } from '../../shared/locale.ts';
import type { pollEn } from './poll.strings.ts';

const nb: Translation<typeof pollEn> = {
  loading: 'Laster inn avstemningen …',
  loadFailed: 'Kunne ikke laste inn avstemningen: {reason}',
  noEndpoint: 'Denne avstemningen har ingen server å lese fra. Angi endpoint for den.',
  retry: 'Prøv igjen',
  chooseOne: 'Velg ett svar.',
  chooseMany: 'Velg ett eller flere svar.',
  vote: 'Stem',
  changeVote: 'Endre stemmen din',
  voting: 'Sender stemmen din …',
  showResults: 'Vis resultater',
  hideResults: 'Tilbake til avstemningen',
  resultsLater: 'Resultatene vises når du har stemt.',
  results: 'Resultater',
  votes_one: '{count} stemme',
  votes_other: '{count} stemmer',
  share: '{percent}, {votes}',
  total_one: '{count} person har stemt',
  total_other: '{count} personer har stemt',
  yourChoice: 'ditt valg',
  counted: 'Stemmen din er telt.',
  closed: 'Denne avstemningen er avsluttet. Dette er de endelige resultatene.',
  closesAt: 'Avsluttes {time}',
  closedBeforeVote: 'Avstemningen ble avsluttet før stemmen din kom fram. Stemmen din er ikke telt.',
  voteFailed: 'Stemmen din ble ikke telt: {reason} Valget ditt er tatt vare på; prøv igjen.',
  rateLimited_one: 'Det kom for mange stemmer fra nettverket ditt. Valget ditt er tatt vare på; prøv igjen om {count} minutt.',
  rateLimited_other: 'Det kom for mange stemmer fra nettverket ditt. Valget ditt er tatt vare på; prøv igjen om {count} minutter.',
  required: 'Velg et svar, og stem deretter.',
  deleted: 'Denne avstemningen er fjernet.',
  liveLeader: 'Direkteresultater: {option} leder med {percent}, {total}.',
  liveTotal: 'Direkteresultater: {total}.',
  finalLeader: 'Avstemningen er avsluttet. {option} vant med {percent}, {total}.',
};

export default nb;
