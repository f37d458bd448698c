// Finnish words of the story schema’s field messages. Pure data: fetched only by pages in Finnish.
import type { Translation } from '../shared/locale.ts';
import type { schemaEn } from './schema.strings.ts';

const fi: Translation<typeof schemaEn> = {
  'kind.invalid': 'Valitse, minkä tyyppinen tarina tämä on',
  'title.required': 'Anna otsikko',
  'title.tooLong': 'Anna enintään 120 merkin pituinen otsikko',
  'title.invalid': 'Anna otsikko',
  'body.required': 'Kirjoita tarinasi',
  'body.tooLong': 'Lyhennä tarinasi enintään 20 000 merkkiin',
  'body.boostTooLong': 'Lyhennä viestisi enintään 500 merkkiin tai valitse toinen tarinatyyppi',
  'body.invalid': 'Kirjoita tarinasi',
  'link.required': 'Anna linkki julkaisuun, jonka haluat meidän jakavan',
  'link.invalid': 'Anna linkki, joka alkaa https:// tai http://',
  'link.tooLong': 'Anna enintään 2 048 merkin pituinen linkki',
  'tags.tooMany': 'Valitse enintään 5 tunnistetta',
  'tags.invalid': 'Käytä tunnisteita, joissa on 1–32 pientä kirjainta, numeroa tai yhdysmerkkiä',
  'authorName.required': 'Anna nimesi',
  'authorName.tooLong': 'Anna enintään 80 merkin pituinen nimi',
  'authorName.invalid': 'Anna nimesi',
  'authorEmail.invalid': 'Anna sähköpostiosoite, kuten nimi@example.org, tai jätä kenttä tyhjäksi',
  'authorEmail.tooLong': 'Anna enintään 254 merkin pituinen sähköpostiosoite',
  'region.tooLong': 'Anna enintään 80 merkin pituinen alue',
  'region.invalid': 'Anna enintään 80 merkin pituinen alue tai jätä kenttä tyhjäksi',
  'language.invalid': 'Anna kielikoodi, kuten fi tai pt-BR, tai jätä kenttä tyhjäksi',
  'consent.required': 'Valitse ruutu hyväksyäksesi, että yhteisötiimi julkaisee tarinasi',
  'text.controlCharacters': 'Poista näkymättömät ohjausmerkit tästä tekstistä',
  'startedAt.invalid': 'Lataa sivu uudelleen ja lähetä lomake uudelleen',
  invalid: 'Tarkista tämä vastaus',
};

export default fi;
