// Hungarian words of the poll schema’s messages. Pure data: fetched only by pages in Hungarian.
import type { Translation } from '../shared/locale.ts';
import type { pollSchemaEn } from './poll.strings.ts';

const hu: Translation<typeof pollSchemaEn> = {
  'question.required': 'Adjon meg egy kérdést',
  'question.tooLong': 'Legfeljebb 200 karakteres kérdést adjon meg',
  'question.invalid': 'Adjon meg egy kérdést',
  'options.tooFew': 'Adjon meg legalább 2 választható választ',
  'options.tooMany': 'Legfeljebb 10 választ adjon meg',
  'options.textRequired': 'Adja meg minden válasz szövegét, vagy távolítsa el az üreset',
  'options.textTooLong': 'Rövidítsen minden választ legfeljebb 100 karakterre',
  'options.duplicate': 'Minden válasznak eltérő szöveget adjon',
  'options.invalid': '2–10 válaszból álló listát adjon meg',
  'multiple.invalid': 'Adja meg, hogy több válasz is választható-e',
  'resultsBeforeVote.invalid': 'Adja meg, hogy az eredmények láthatók-e szavazás előtt',
  'closesAt.invalid': 'Adjon meg egy lezárási időpontot (például 2025-01-31T18:00:00Z), vagy hagyja üresen',
  'closesAt.past': 'Jövőbeli lezárási időpontot válasszon, vagy hagyja üresen',
  'vote.required': 'Válasszon egy választ, majd szavazzon',
  'vote.single': 'Csak egy választ válasszon',
  'vote.unknown': 'Ez a válasz már nem szerepel a szavazásban: töltse újra a szavazást, és válasszon újra',
  'voter.invalid': 'Töltse újra az oldalt, és szavazzon újra',
  'text.controlCharacters': 'Távolítsa el a láthatatlan vezérlőkaraktereket ebből a szövegből',
  invalid: 'Ellenőrizze ezt a választ',
};

export default hu;
