// Spanish words of <chorus-membership-card>. Pure data: fetched only by pages in Spanish.
import type { membershipCardEn } from './membership-card.strings.ts';

const es: Partial<typeof membershipCardEn> = {
  heading: 'Membresía',
  free: 'Gratis',
  perYear: '{price} al año',
  once: '{price} en un pago único',
  included: 'Incluido',
  notIncluded: 'No incluido',
  votes: 'Miembro con derecho a voto',
  noVotes: 'Sin derecho a voto',
  eligibility: 'Quién puede unirse',
  join: 'Unirse',
  joinTier: 'Unirse: {tier}',
  highlight: 'Recomendado',
  caption: 'Comparación de los tipos de membresía',
  benefit: 'Beneficio',
  price: 'Precio',
  loading: 'Cargando los tipos de membresía…',
  loadFailed: 'No se pudieron cargar los tipos de membresía.',
  nominate: 'Cómo funciona la nominación',
  nominateTier: 'Cómo funciona la nominación: {tier}',
  unavailable: 'Los detalles de la membresía no están disponibles.',
  retry: 'Reintentar',
};
export default es;
