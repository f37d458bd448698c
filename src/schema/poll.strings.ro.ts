// Romanian words of the poll schemas’ messages. Pure data: fetched only by pages in Romanian.
import type { Translation } from '../shared/locale.ts';
import type { pollSchemaEn } from './poll.strings.ts';

const ro: Translation<typeof pollSchemaEn> = {
  'question.required': 'Introduceți o întrebare',
  'question.tooLong': 'Introduceți o întrebare de cel mult 200 de caractere',
  'question.invalid': 'Introduceți o întrebare',
  'options.tooFew': 'Oferiți cel puțin 2 răspunsuri din care să se aleagă',
  'options.tooMany': 'Oferiți cel mult 10 răspunsuri',
  'options.textRequired': 'Introduceți textul fiecărui răspuns sau eliminați răspunsul gol',
  'options.textTooLong': 'Scurtați fiecare răspuns la cel mult 100 de caractere',
  'options.duplicate': 'Dați fiecărui răspuns un text diferit',
  'options.invalid': 'Oferiți o listă de 2–10 răspunsuri',
  'multiple.invalid': 'Alegeți dacă se pot bifa mai multe răspunsuri',
  'resultsBeforeVote.invalid': 'Alegeți dacă rezultatele se pot vedea înainte de vot',
  'closesAt.invalid': 'Introduceți o oră de închidere de forma 2025-01-31T18:00:00Z sau lăsați câmpul gol',
  'closesAt.past': 'Alegeți o oră de închidere în viitor sau lăsați câmpul gol',
  'vote.required': 'Alegeți un răspuns, apoi votați',
  'vote.single': 'Alegeți un singur răspuns',
  'vote.unknown': 'Acest răspuns nu mai face parte din sondaj: reîncărcați sondajul și alegeți din nou',
  'voter.invalid': 'Reîncărcați pagina și votați din nou',
  'text.controlCharacters': 'Eliminați caracterele de control invizibile din acest text',
  invalid: 'Verificați acest răspuns',
};

export default ro;
