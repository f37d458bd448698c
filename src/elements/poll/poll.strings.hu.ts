// Hungarian words of <chorus-poll>. Pure data: fetched only by pages in Hungarian.
import type { Translation } from '../../shared/locale.ts';
import type { pollEn } from './poll.strings.ts';

const hu: Translation<typeof pollEn> = {
  loading: 'Szavazás betöltése…',
  loadFailed: 'Nem sikerült betölteni a szavazást: {reason}',
  noEndpoint: 'Ennek a szavazásnak nincs kiszolgálója, ahonnan olvashatna. Állítsa be az endpoint értékét.',
  retry: 'Újrapróbálás',
  chooseOne: 'Válasszon egy választ.',
  chooseMany: 'Válasszon egy vagy több választ.',
  vote: 'Szavazok',
  changeVote: 'Szavazat módosítása',
  voting: 'Szavazat küldése…',
  showResults: 'Eredmények megjelenítése',
  hideResults: 'Vissza a szavazáshoz',
  resultsLater: 'Az eredmények a szavazás után jelennek meg.',
  results: 'Eredmények',
  votes_one: '{count} szavazat',
  votes_other: '{count} szavazat',
  share: '{percent}, {votes}',
  total_one: '{count} fő szavazott',
  total_other: '{count} fő szavazott',
  yourChoice: 'az Ön választása',
  counted: 'Szavazatát beszámítottuk.',
  closed: 'Ez a szavazás lezárult. Ezek a végleges eredmények.',
  closesAt: 'Lezárul: {time}',
  closedBeforeVote: 'A szavazás lezárult, mielőtt a szavazata megérkezett. A szavazatot nem számítottuk be.',
  voteFailed: 'Szavazatát nem számítottuk be: {reason} A választását megőriztük; próbálja újra.',
  rateLimited_one: 'Túl sok szavazat érkezett a hálózatáról. A választását megőriztük; próbálja újra {count} perc múlva.',
  rateLimited_other: 'Túl sok szavazat érkezett a hálózatáról. A választását megőriztük; próbálja újra {count} perc múlva.',
  required: 'Válasszon egy választ, majd szavazzon.',
  deleted: 'Ezt a szavazást eltávolították.',
  liveLeader: 'Élő eredmények: „{option}” vezet {percent} eredménnyel, {total}.',
  liveTotal: 'Élő eredmények: {total}.',
  finalLeader: 'A szavazás lezárult. „{option}” nyert {percent} eredménnyel, {total}.',
};

export default hu;
