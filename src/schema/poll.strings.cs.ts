// Czech words of the poll schema’s messages. Pure data: fetched only by pages in Czech.
import type { Translation } from '../shared/locale.ts';
import type { pollSchemaEn } from './poll.strings.ts';

const cs: Translation<typeof pollSchemaEn> = {
  'question.required': 'Zadejte otázku',
  'question.tooLong': 'Zadejte otázku o nejvýše 200 znacích',
  'question.invalid': 'Zadejte otázku',
  'options.tooFew': 'Uveďte alespoň 2 odpovědi na výběr',
  'options.tooMany': 'Uveďte nejvýše 10 odpovědí',
  'options.textRequired': 'Zadejte text každé odpovědi, nebo prázdnou odpověď odstraňte',
  'options.textTooLong': 'Zkraťte každou odpověď na nejvýše 100 znaků',
  'options.duplicate': 'Každá odpověď musí mít jiný text',
  'options.invalid': 'Uveďte seznam 2 až 10 odpovědí',
  'multiple.invalid': 'Zvolte, zda lze vybrat více odpovědí',
  'resultsBeforeVote.invalid': 'Zvolte, zda lze vidět výsledky před hlasováním',
  'closesAt.invalid': 'Zadejte čas uzavření ve tvaru 2025-01-31T18:00:00Z, nebo pole nechte prázdné',
  'closesAt.past': 'Zvolte čas uzavření v budoucnosti, nebo pole nechte prázdné',
  'vote.required': 'Vyberte odpověď a pak hlasujte',
  'vote.single': 'Vyberte jen jednu odpověď',
  'vote.unknown': 'Tato odpověď už v anketě není: znovu načtěte anketu a vyberte znovu',
  'voter.invalid': 'Znovu načtěte stránku a hlasujte znovu',
  'text.controlCharacters': 'Odstraňte z textu neviditelné řídicí znaky',
  invalid: 'Zkontrolujte tuto odpověď',
};

export default cs;
