// Slovak words of the story schema’s field messages. Pure data: fetched only by pages in Slovak.
import type { Translation } from '../shared/locale.ts';
import type { schemaEn } from './schema.strings.ts';

const sk: Translation<typeof schemaEn> = {
  'kind.invalid': 'Vyberte, o aký typ príbehu ide',
  'title.required': 'Zadajte názov',
  'title.tooLong': 'Zadajte názov s najviac 120 znakmi',
  'title.invalid': 'Zadajte názov',
  'body.required': 'Napíšte svoj príbeh',
  'body.tooLong': 'Skráťte príbeh na najviac 20 000 znakov',
  'body.boostTooLong': 'Skráťte správu na najviac 500 znakov alebo vyberte iný typ príbehu',
  'body.invalid': 'Napíšte svoj príbeh',
  'link.required': 'Zadajte odkaz na príspevok, ktorý máme zdieľať',
  'link.invalid': 'Zadajte odkaz začínajúci sa https:// alebo http://',
  'link.tooLong': 'Zadajte odkaz s najviac 2048 znakmi',
  'tags.tooMany': 'Vyberte najviac 5 štítkov',
  'tags.invalid': 'Používajte štítky s 1 až 32 malými písmenami bez diakritiky, číslicami alebo spojovníkmi',
  'authorName.required': 'Zadajte svoje meno',
  'authorName.tooLong': 'Zadajte meno s najviac 80 znakmi',
  'authorName.invalid': 'Zadajte svoje meno',
  'authorEmail.invalid': 'Zadajte e-mailovú adresu v tvare meno@example.org alebo pole nechajte prázdne',
  'authorEmail.tooLong': 'Zadajte e-mailovú adresu s najviac 254 znakmi',
  'region.tooLong': 'Zadajte región s najviac 80 znakmi',
  'region.invalid': 'Zadajte región s najviac 80 znakmi alebo pole nechajte prázdne',
  'language.invalid': 'Zadajte kód jazyka, napríklad sk alebo pt-BR, alebo pole nechajte prázdne',
  'consent.required': 'Začiarknutím políčka súhlasíte, aby komunitný tím zverejnil váš príbeh',
  'text.controlCharacters': 'Odstráňte z textu neviditeľné riadiace znaky',
  'startedAt.invalid': 'Znova načítajte stránku a odošlite formulár znova',
  invalid: 'Skontrolujte túto odpoveď',
};

export default sk;
