// Romanian words of the story schema’s field messages. Pure data: fetched only by pages in Romanian.
import type { Translation } from '../shared/locale.ts';
import type { schemaEn } from './schema.strings.ts';

const ro: Translation<typeof schemaEn> = {
  'kind.invalid': 'Alegeți ce tip de poveste este',
  'title.required': 'Introduceți un titlu',
  'title.tooLong': 'Introduceți un titlu de cel mult 120 de caractere',
  'title.invalid': 'Introduceți un titlu',
  'body.required': 'Scrieți povestea',
  'body.tooLong': 'Scurtați povestea la cel mult 20.000 de caractere',
  'body.boostTooLong': 'Scurtați mesajul la cel mult 500 de caractere sau alegeți alt tip de poveste',
  'body.invalid': 'Scrieți povestea',
  'link.required': 'Introduceți linkul către postarea pe care doriți să o distribuim',
  'link.invalid': 'Introduceți un link care începe cu https:// sau http://',
  'link.tooLong': 'Introduceți un link de cel mult 2.048 de caractere',
  'tags.tooMany': 'Alegeți cel mult 5 etichete',
  'tags.invalid': 'Folosiți etichete de 1–32 de litere mici, cifre sau cratime',
  'authorName.required': 'Introduceți numele dvs.',
  'authorName.tooLong': 'Introduceți un nume de cel mult 80 de caractere',
  'authorName.invalid': 'Introduceți numele dvs.',
  'authorEmail.invalid': 'Introduceți o adresă de e-mail de forma nume@example.org sau lăsați câmpul gol',
  'authorEmail.tooLong': 'Introduceți o adresă de e-mail de cel mult 254 de caractere',
  'region.tooLong': 'Introduceți o regiune de cel mult 80 de caractere',
  'region.invalid': 'Introduceți o regiune de cel mult 80 de caractere sau lăsați câmpul gol',
  'language.invalid': 'Introduceți un cod de limbă, de exemplu ro sau pt-BR, sau lăsați câmpul gol',
  'consent.required': 'Bifați caseta pentru a accepta ca echipa comunității să publice povestea dvs.',
  'text.controlCharacters': 'Eliminați caracterele de control invizibile din acest text',
  'startedAt.invalid': 'Reîncărcați pagina și trimiteți din nou formularul',
  invalid: 'Verificați acest răspuns',
};

export default ro;
