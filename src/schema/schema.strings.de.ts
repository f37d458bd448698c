// German words of the story schema’s field messages. Pure data: fetched only by pages in German.
import type { Translation } from '../shared/locale.ts';
import type { schemaEn } from './schema.strings.ts';

const de: Translation<typeof schemaEn> = {
  'kind.invalid': 'Wähle aus, welche Art von Geschichte das ist',
  'title.required': 'Gib einen Titel ein',
  'title.tooLong': 'Gib einen Titel mit höchstens 120 Zeichen ein',
  'title.invalid': 'Gib einen Titel ein',
  'body.required': 'Schreib deine Geschichte',
  'body.tooLong': 'Kürze deine Geschichte auf höchstens 20.000 Zeichen',
  'body.boostTooLong': 'Kürze deine Nachricht auf höchstens 500 Zeichen oder wähle eine andere Art von Geschichte',
  'body.invalid': 'Schreib deine Geschichte',
  'link.required': 'Gib den Link zu dem Beitrag ein, den wir teilen sollen',
  'link.invalid': 'Gib einen Link ein, der mit https:// oder http:// beginnt',
  'link.tooLong': 'Gib einen Link mit höchstens 2.048 Zeichen ein',
  'tags.tooMany': 'Wähle höchstens 5 Schlagwörter',
  'tags.invalid': 'Verwende Schlagwörter aus 1 bis 32 Kleinbuchstaben, Ziffern oder Bindestrichen',
  'authorName.required': 'Gib deinen Namen ein',
  'authorName.tooLong': 'Gib einen Namen mit höchstens 80 Zeichen ein',
  'authorName.invalid': 'Gib deinen Namen ein',
  'authorEmail.invalid': 'Gib eine E-Mail-Adresse wie name@example.org ein oder lass das Feld leer',
  'authorEmail.tooLong': 'Gib eine E-Mail-Adresse mit höchstens 254 Zeichen ein',
  'region.tooLong': 'Gib eine Region mit höchstens 80 Zeichen ein',
  'region.invalid': 'Gib eine Region mit höchstens 80 Zeichen ein oder lass das Feld leer',
  'language.invalid': 'Gib einen Sprachcode wie de oder pt-BR ein oder lass das Feld leer',
  'consent.required': 'Setze das Häkchen, um zuzustimmen, dass das Community-Team deine Geschichte veröffentlichen darf',
  'text.controlCharacters': 'Entferne die unsichtbaren Steuerzeichen aus diesem Text',
  'startedAt.invalid': 'Lade die Seite neu und sende das Formular erneut',
  invalid: 'Prüfe diese Antwort',
};

export default de;
