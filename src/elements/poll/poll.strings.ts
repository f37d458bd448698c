import { defineStrings } from '../../shared/locale.ts';

/** Every word `<chorus-poll>` shows besides the poll's own question and answers. */
export const pollEn = {
  loading: 'Loading the poll…',
  loadFailed: 'The poll could not be loaded: {reason}',
  noEndpoint: 'This poll has no server to read from. Set its endpoint.',
  retry: 'Try again',
  chooseOne: 'Choose one answer.',
  chooseMany: 'Choose one or more answers.',
  vote: 'Vote',
  changeVote: 'Change your vote',
  voting: 'Sending your vote…',
  showResults: 'Show results',
  hideResults: 'Back to voting',
  resultsLater: 'Results appear once you vote.',
  results: 'Results',
  votes_one: '{count} vote',
  votes_other: '{count} votes',
  share: '{percent}, {votes}',
  total_one: '{count} person voted',
  total_other: '{count} people voted',
  yourChoice: 'your choice',
  counted: 'Your vote was counted.',
  closed: 'This poll is closed. These are the final results.',
  closesAt: 'Closes {time}',
  closedBeforeVote: 'This poll closed before your vote arrived. Your vote was not counted.',
  voteFailed: 'Your vote was not counted: {reason} Your choice is kept; try again.',
  rateLimited: 'Too many votes came from your network. Your choice is kept; try again in {minutes} minutes.',
  required: 'Choose an answer, then vote.',
  deleted: 'This poll was removed.',
  liveLeader: 'Live results: {option} leads with {percent}, {total}.',
  liveTotal: 'Live results: {total}.',
  finalLeader: 'The poll closed. {option} won with {percent}, {total}.',
};

export const pollElementStrings = defineStrings('poll', {
  en: pollEn,
  // Each language is its own chunk, fetched only by pages in it. Written by `npm run i18n:wire` from the files on disk.
  es: () => import('./poll.strings.es.ts'),
});
