// Finnish words of the poll schemas’ messages. Pure data: fetched only by pages in Finnish.
import type { Translation } from '../shared/locale.ts';
import type { pollSchemaEn } from './poll.strings.ts';

const fi: Translation<typeof pollSchemaEn> = {
  'question.required': 'Anna kysymys',
  'question.tooLong': 'Anna enintään 200 merkin pituinen kysymys',
  'question.invalid': 'Anna kysymys',
  'options.tooFew': 'Anna vähintään 2 vastausvaihtoehtoa',
  'options.tooMany': 'Anna enintään 10 vastausvaihtoehtoa',
  'options.textRequired': 'Anna jokaisen vastauksen teksti tai poista tyhjä vastaus',
  'options.textTooLong': 'Lyhennä jokainen vastaus enintään 100 merkkiin',
  'options.duplicate': 'Anna jokaiselle vastaukselle eri teksti',
  'options.invalid': 'Anna 2–10 vastauksen luettelo',
  'multiple.invalid': 'Valitse, saako useita vastauksia valita',
  'resultsBeforeVote.invalid': 'Valitse, saako tulokset nähdä ennen äänestämistä',
  'closesAt.invalid': 'Anna päättymisaika, kuten 2025-01-31T18:00:00Z, tai jätä kenttä tyhjäksi',
  'closesAt.past': 'Valitse tulevaisuudessa oleva päättymisaika tai jätä kenttä tyhjäksi',
  'vote.required': 'Valitse vastaus ja äänestä sitten',
  'vote.single': 'Valitse vain yksi vastaus',
  'vote.unknown': 'Tätä vastausta ei ole enää kyselyssä: lataa kysely uudelleen ja valitse uudelleen',
  'voter.invalid': 'Lataa sivu uudelleen ja äänestä uudelleen',
  'text.controlCharacters': 'Poista näkymättömät ohjausmerkit tästä tekstistä',
  invalid: 'Tarkista tämä vastaus',
};

export default fi;
