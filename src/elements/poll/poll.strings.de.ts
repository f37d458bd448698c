// German words of <chorus-poll>. Pure data: fetched only by pages in German.
import type { Translation } from '../../shared/locale.ts';
import type { pollEn } from './poll.strings.ts';

const de: Translation<typeof pollEn> = {
  loading: 'Umfrage wird geladen …',
  loadFailed: 'Die Umfrage konnte nicht geladen werden: {reason}',
  noEndpoint: 'Diese Umfrage hat keinen Server, von dem sie lesen kann. Setze ihren Endpoint.',
  retry: 'Erneut versuchen',
  chooseOne: 'Wähle eine Antwort.',
  chooseMany: 'Wähle eine oder mehrere Antworten.',
  vote: 'Abstimmen',
  changeVote: 'Stimme ändern',
  voting: 'Deine Stimme wird gesendet …',
  showResults: 'Ergebnisse anzeigen',
  hideResults: 'Zurück zur Abstimmung',
  resultsLater: 'Die Ergebnisse erscheinen, sobald du abgestimmt hast.',
  results: 'Ergebnisse',
  votes_one: '{count} Stimme',
  votes_other: '{count} Stimmen',
  share: '{percent}, {votes}',
  total_one: '{count} Person hat abgestimmt',
  total_other: '{count} Personen haben abgestimmt',
  yourChoice: 'deine Wahl',
  counted: 'Deine Stimme wurde gezählt.',
  closed: 'Diese Umfrage ist beendet. Das sind die endgültigen Ergebnisse.',
  closesAt: 'Endet {time}',
  closedBeforeVote: 'Diese Umfrage wurde beendet, bevor deine Stimme ankam. Deine Stimme wurde nicht gezählt.',
  voteFailed: 'Deine Stimme wurde nicht gezählt: {reason} Deine Auswahl bleibt erhalten; versuche es erneut.',
  rateLimited_one: 'Aus deinem Netzwerk kamen zu viele Stimmen. Deine Auswahl bleibt erhalten; versuche es in {count} Minute erneut.',
  rateLimited_other: 'Aus deinem Netzwerk kamen zu viele Stimmen. Deine Auswahl bleibt erhalten; versuche es in {count} Minuten erneut.',
  required: 'Wähle eine Antwort und stimme dann ab.',
  deleted: 'Diese Umfrage wurde entfernt.',
  liveLeader: 'Live-Ergebnisse: {option} führt mit {percent}, {total}.',
  liveTotal: 'Live-Ergebnisse: {total}.',
  finalLeader: 'Die Umfrage ist beendet. {option} hat mit {percent} gewonnen, {total}.',
};

export default de;
