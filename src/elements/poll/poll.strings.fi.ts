// Finnish words of <chorus-poll>. Pure data: fetched only by pages in Finnish.
import type { Translation } from '../../shared/locale.ts';
import type { pollEn } from './poll.strings.ts';

const fi: Translation<typeof pollEn> = {
  loading: 'Ladataan kyselyä…',
  loadFailed: 'Kyselyä ei voitu ladata: {reason}',
  noEndpoint: 'Tällä kyselyllä ei ole palvelinta, jolta lukea. Määritä sen endpoint.',
  retry: 'Yritä uudelleen',
  chooseOne: 'Valitse yksi vastaus.',
  chooseMany: 'Valitse yksi tai useampi vastaus.',
  vote: 'Äänestä',
  changeVote: 'Muuta ääntäsi',
  voting: 'Lähetetään ääntäsi…',
  showResults: 'Näytä tulokset',
  hideResults: 'Takaisin äänestykseen',
  resultsLater: 'Tulokset näkyvät, kun olet äänestänyt.',
  results: 'Tulokset',
  votes_one: '{count} ääni',
  votes_other: '{count} ääntä',
  share: '{percent}, {votes}',
  total_one: '{count} henkilö äänesti',
  total_other: '{count} henkilöä äänesti',
  yourChoice: 'valintasi',
  counted: 'Äänesi on laskettu.',
  closed: 'Tämä kysely on päättynyt. Nämä ovat lopulliset tulokset.',
  closesAt: 'Päättyy {time}',
  closedBeforeVote: 'Kysely päättyi ennen kuin äänesi saapui. Ääntäsi ei laskettu.',
  voteFailed: 'Ääntäsi ei laskettu: {reason} Valintasi on tallessa; yritä uudelleen.',
  rateLimited_one: 'Verkostasi tuli liikaa ääniä. Valintasi on tallessa; yritä uudelleen {count} minuutin kuluttua.',
  rateLimited_other: 'Verkostasi tuli liikaa ääniä. Valintasi on tallessa; yritä uudelleen {count} minuutin kuluttua.',
  required: 'Valitse vastaus ja äänestä sitten.',
  deleted: 'Tämä kysely on poistettu.',
  liveLeader: 'Reaaliaikaiset tulokset: {option} johtaa, {percent}, {total}.',
  liveTotal: 'Reaaliaikaiset tulokset: {total}.',
  finalLeader: 'Kysely on päättynyt. Voittaja: {option}, {percent}, {total}.',
};

export default fi;
