// Italian words of <chorus-membership-card>. Pure data: fetched only by pages in Italian.
import type { Translation } from '../../shared/locale.ts';
import type { membershipCardEn } from './membership-card.strings.ts';

const it: Translation<typeof membershipCardEn> = {
  heading: 'Iscrizione',
  free: 'Gratuita',
  perYear: '{price} all’anno',
  once: '{price} una tantum',
  included: 'Incluso',
  notIncluded: 'Non incluso',
  votes: 'Membro con diritto di voto',
  noVotes: 'Senza diritto di voto',
  eligibility: 'Chi può iscriversi',
  join: 'Iscriviti',
  joinTier: 'Iscriviti: {tier}',
  highlight: 'Consigliata',
  caption: 'Confronto tra le categorie di iscrizione',
  benefit: 'Vantaggio',
  price: 'Prezzo',
  loading: 'Caricamento delle categorie di iscrizione…',
  loadFailed: 'Impossibile caricare le categorie di iscrizione.',
  retry: 'Riprova',
};

export default it;
