// French words of the story schema’s field messages. Pure data: fetched only by pages in French.
import type { Translation } from '../shared/locale.ts';
import type { schemaEn } from './schema.strings.ts';

const fr: Translation<typeof schemaEn> = {
  'kind.invalid': 'Choisissez le type de cette histoire',
  'title.required': 'Saisissez un titre',
  'title.tooLong': 'Saisissez un titre de 120 caractères maximum',
  'title.invalid': 'Saisissez un titre',
  'body.required': 'Rédigez votre histoire',
  'body.tooLong': 'Raccourcissez votre histoire à 20 000 caractères maximum',
  'body.boostTooLong': 'Raccourcissez votre message à 500 caractères maximum, ou choisissez un autre type d’histoire',
  'body.invalid': 'Rédigez votre histoire',
  'link.required': 'Saisissez le lien vers la publication que vous voulez que nous partagions',
  'link.invalid': 'Saisissez un lien qui commence par https:// ou http://',
  'link.tooLong': 'Saisissez un lien de 2 048 caractères maximum',
  'tags.tooMany': 'Choisissez 5 étiquettes maximum',
  'tags.invalid': 'Utilisez des étiquettes de 1 à 32 lettres minuscules, chiffres ou traits d’union',
  'authorName.required': 'Saisissez votre nom',
  'authorName.tooLong': 'Saisissez un nom de 80 caractères maximum',
  'authorName.invalid': 'Saisissez votre nom',
  'authorEmail.invalid': 'Saisissez une adresse e-mail comme nom@example.org, ou laissez le champ vide',
  'authorEmail.tooLong': 'Saisissez une adresse e-mail de 254 caractères maximum',
  'region.tooLong': 'Saisissez une région de 80 caractères maximum',
  'region.invalid': 'Saisissez une région de 80 caractères maximum, ou laissez le champ vide',
  'language.invalid': 'Saisissez un code de langue comme fr ou pt-BR, ou laissez le champ vide',
  'consent.required': 'Cochez la case pour accepter que l’équipe de la communauté publie votre histoire',
  'text.controlCharacters': 'Supprimez les caractères de contrôle invisibles de ce texte',
  'startedAt.invalid': 'Rechargez la page et envoyez à nouveau le formulaire',
  invalid: 'Vérifiez cette réponse',
};

export default fr;
