// Czech words of the story schema’s field messages. Pure data: fetched only by pages in Czech.
import type { Translation } from '../shared/locale.ts';
import type { schemaEn } from './schema.strings.ts';

const cs: Translation<typeof schemaEn> = {
  'kind.invalid': 'Vyberte, o jaký typ příběhu jde',
  'title.required': 'Zadejte název',
  'title.tooLong': 'Zadejte název o nejvýše 120 znacích',
  'title.invalid': 'Zadejte název',
  'body.required': 'Napište svůj příběh',
  'body.tooLong': 'Zkraťte příběh na nejvýše 20 000 znaků',
  'body.boostTooLong': 'Zkraťte zprávu na nejvýše 500 znaků, nebo vyberte jiný typ příběhu',
  'body.invalid': 'Napište svůj příběh',
  'link.required': 'Zadejte odkaz na příspěvek, který máme sdílet',
  'link.invalid': 'Zadejte odkaz začínající https:// nebo http://',
  'link.tooLong': 'Zadejte odkaz o nejvýše 2048 znacích',
  'tags.tooMany': 'Vyberte nejvýše 5 štítků',
  'tags.invalid': 'Používejte štítky o 1 až 32 malých písmenech bez diakritiky, číslicích nebo spojovnících',
  'authorName.required': 'Zadejte své jméno',
  'authorName.tooLong': 'Zadejte jméno o nejvýše 80 znacích',
  'authorName.invalid': 'Zadejte své jméno',
  'authorEmail.invalid': 'Zadejte e-mailovou adresu ve tvaru jmeno@example.org, nebo pole nechte prázdné',
  'authorEmail.tooLong': 'Zadejte e-mailovou adresu o nejvýše 254 znacích',
  'region.tooLong': 'Zadejte region o nejvýše 80 znacích',
  'region.invalid': 'Zadejte region o nejvýše 80 znacích, nebo pole nechte prázdné',
  'language.invalid': 'Zadejte kód jazyka, například cs nebo pt-BR, nebo pole nechte prázdné',
  'consent.required': 'Zaškrtnutím políčka souhlasíte, že komunitní tým může váš příběh zveřejnit',
  'text.controlCharacters': 'Odstraňte z textu neviditelné řídicí znaky',
  'startedAt.invalid': 'Znovu načtěte stránku a odešlete formulář znovu',
  invalid: 'Zkontrolujte tuto odpověď',
};

export default cs;
