// Slovak words of the poll schema’s messages. Pure data: fetched only by pages in Slovak.
import type { Translation } from '../shared/locale.ts';
import type { pollSchemaEn } from './poll.strings.ts';

const sk: Translation<typeof pollSchemaEn> = {
  'question.required': 'Zadajte otázku',
  'question.tooLong': 'Zadajte otázku s najviac 200 znakmi',
  'question.invalid': 'Zadajte otázku',
  'options.tooFew': 'Uveďte aspoň 2 odpovede na výber',
  'options.tooMany': 'Uveďte najviac 10 odpovedí',
  'options.textRequired': 'Zadajte text každej odpovede alebo prázdnu odpoveď odstráňte',
  'options.textTooLong': 'Skráťte každú odpoveď na najviac 100 znakov',
  'options.duplicate': 'Každá odpoveď musí mať iný text',
  'options.invalid': 'Uveďte zoznam 2 až 10 odpovedí',
  'multiple.invalid': 'Zvoľte, či možno vybrať viac odpovedí',
  'resultsBeforeVote.invalid': 'Zvoľte, či možno vidieť výsledky pred hlasovaním',
  'closesAt.invalid': 'Zadajte čas uzavretia v tvare 2025-01-31T18:00:00Z alebo pole nechajte prázdne',
  'closesAt.past': 'Zvoľte čas uzavretia v budúcnosti alebo pole nechajte prázdne',
  'vote.required': 'Vyberte odpoveď a potom hlasujte',
  'vote.single': 'Vyberte iba jednu odpoveď',
  'vote.unknown': 'Táto odpoveď už v ankete nie je: znova načítajte anketu a vyberte znova',
  'voter.invalid': 'Znova načítajte stránku a hlasujte znova',
  'text.controlCharacters': 'Odstráňte z textu neviditeľné riadiace znaky',
  invalid: 'Skontrolujte túto odpoveď',
};

export default sk;
