// French failure messages. Pure data: fetched only by pages in French.
import type { Translation } from './locale.ts';
import type { errorMessagesEn } from './error-messages.strings.ts';

const fr: Translation<typeof errorMessagesEn> = {
  'read.network': 'Impossible de charger les histoires. Vérifiez votre connexion, puis réessayez.',
  'read.timeout': 'Les histoires ont mis trop de temps à arriver. Réessayez dans un instant.',
  'read.rate-limited': 'Trop de demandes d’histoires. Réessayez dans quelques minutes.',
  'read.rateLimitedUntil': 'La limite horaire de GitHub pour ce réseau est atteinte. Réessayez après {time}.',
  'read.cors':
    'Le forum {forum} n’autorise pas ce site à lire ses histoires. Une personne administrant le forum doit activer « enable cors » et ajouter {origin} à « cors origins ».',
  'read.not-found': 'Histoires introuvables. Vérifiez l’adresse de la source du fil.',
  'read.forbidden': 'Les histoires ne sont pas publiques, ou ce site n’est pas autorisé à les lire.',
  'read.unauthorized': 'Les histoires ne sont pas publiques, ou ce site n’est pas autorisé à les lire.',
  'read.unsupported': 'Ce fil n’a aucune source qu’il sache lire. Définissez sa source ou son endpoint.',
  'read.invalid-response': 'Les histoires sont arrivées dans un format que ce fil ne sait pas lire.',
  'read.server': 'Le serveur d’histoires rencontre un problème. Réessayez dans quelques minutes.',
  'read.other': 'Impossible de charger les histoires. Réessayez.',
  'reason.network': 'le serveur est injoignable.',
  'reason.timeout': 'le serveur n’a pas répondu à temps.',
  'reason.server': 'le serveur a rencontré un problème.',
  'reason.not-found': 'introuvable sur le serveur.',
  'reason.forbidden': 'ce jeton n’autorise pas cette action.',
  'reason.rate-limited': 'trop de requêtes ; patientez un instant.',
  'reason.other': 'le serveur a envoyé une réponse que Chorus n’a pas comprise.',
  'send.other': 'Nous n’avons pas pu envoyer votre histoire. Elle est enregistrée sur cet appareil. Réessayez dans un instant.',
  'send.payload-too-large': 'Votre histoire est trop volumineuse pour être envoyée. Raccourcissez-la, puis réessayez.',
  'send.rate-limited': 'Vous avez envoyé beaucoup d’histoires en peu de temps. Réessayez plus tard.',
  'send.rateLimitedSeconds_one': 'Vous avez envoyé beaucoup d’histoires en peu de temps. Réessayez dans {count} seconde.',
  'send.rateLimitedSeconds_other': 'Vous avez envoyé beaucoup d’histoires en peu de temps. Réessayez dans {count} secondes.',
  'send.rateLimitedSeconds_many': 'Vous avez envoyé beaucoup d’histoires en peu de temps. Réessayez dans {count} secondes.',
  'send.rateLimitedAt': 'Vous avez envoyé beaucoup d’histoires en peu de temps. Réessayez après {time}.',
};

export default fr;
