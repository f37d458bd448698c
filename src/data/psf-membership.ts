import type { MembershipTier } from '../schema/membership.ts';

/**
 * The Python Software Foundation's membership classes: the default content of
 * `<chorus-membership-card>` and of `GET /api/v1/membership`.
 *
 * Source: the PSF bylaws as amended in 2024, sections 4.1–4.11 ("Members"), and
 * https://www.python.org/psf/membership/. In 2024 the Managing class was merged
 * into Contributing; there are four classes:
 * - Basic: free; sign up and agree to the Code of Conduct; may attend, may not vote, not counted for quorum.
 * - Supporting: a yearly donation (suggested $99, sliding scale from $25) or a lifetime fee;
 *   a voting member for the twelve months after payment.
 * - Contributing: at least five hours a month of volunteer work that advances the PSF's mission
 *   (work released under an open source license), certified each year; a voting member.
 * - Fellow: nominated by a voting member or a working group for extraordinary contributions,
 *   and approved; for life; always a voting member.
 * Voting members affirm each year that they intend to vote.
 *
 * Update this file when the bylaws or the suggested donation change — nothing else needs to.
 * The Spanish text below must say the same things; change both together.
 */
export const PSF_MEMBERSHIP_URL = 'https://www.python.org/psf/membership/';
/** Where Supporting members donate: the PSF membership site (python/pythondotorg#2348: "Sign up at https://psfmember.org/"). */
export const PSF_SUPPORTING_URL = 'https://psfmember.org/';

/** Said once beside the tiers: the bylaws ask voting members to affirm their intent each year. */
export const PSF_VOTING_NOTE = 'Voting members affirm each year that they intend to vote in PSF elections.';

export const PSF_TIERS: MembershipTier[] = [
  {
    id: 'basic',
    name: 'Basic',
    price: { amount: 0, currency: 'USD', period: 'none' },
    summary: 'Join the PSF for free and be part of its community.',
    benefits: [
      { text: 'Attend PSF members’ meetings', included: true },
      { text: 'Counted toward the quorum of members’ meetings', included: false },
    ],
    eligibility: 'Sign up and agree to the PSF Code of Conduct.',
    votes: false,
    joinUrl: PSF_MEMBERSHIP_URL,
  },
  {
    id: 'supporting',
    name: 'Supporting',
    price: { amount: 99, currency: 'USD', period: 'year', note: 'Suggested; sliding scale from $25, or a lifetime fee.' },
    summary: 'Fund the PSF’s work with a yearly donation; vote in PSF elections for the twelve months after each payment.',
    benefits: [
      { text: 'Attend PSF members’ meetings', included: true },
      { text: 'Counted toward the quorum of members’ meetings', included: true },
    ],
    eligibility: 'Make a yearly donation (suggested $99, sliding scale from $25) or pay the lifetime fee.',
    votes: true,
    joinUrl: PSF_SUPPORTING_URL,
    highlight: true,
  },
  {
    id: 'contributing',
    name: 'Contributing',
    price: { amount: 0, currency: 'USD', period: 'none', note: 'Your time: at least five hours a month.' },
    summary: 'Volunteer for the Python community and vote in PSF elections.',
    benefits: [
      { text: 'Attend PSF members’ meetings', included: true },
      { text: 'Counted toward the quorum of members’ meetings', included: true },
    ],
    eligibility:
      'Volunteer at least five hours a month on work that advances the PSF’s mission (work released under an open source license), and certify it each year.',
    votes: true,
    joinUrl: PSF_MEMBERSHIP_URL,
  },
  {
    id: 'fellow',
    name: 'Fellow',
    price: { amount: 0, currency: 'USD', period: 'none', note: 'By nomination; for life.' },
    summary: 'Recognition for extraordinary contributions to Python; a voting member for life.',
    benefits: [
      { text: 'Attend PSF members’ meetings', included: true },
      { text: 'Counted toward the quorum of members’ meetings', included: true },
    ],
    eligibility: 'Nominated by a voting member or a PSF working group for extraordinary contributions, and approved. Fellowship is for life.',
    votes: true,
    joinUrl: PSF_MEMBERSHIP_URL,
  },
];

/** The words of a tier in another language; prices, links and marks come from `PSF_TIERS`. */
interface TierText {
  name: string;
  summary: string;
  eligibility: string;
  note?: string;
  benefits: string[];
}

const MEETINGS_ES = 'Asistir a las reuniones de miembros de la PSF';
const QUORUM_ES = 'Contar para el quórum de las reuniones de miembros';

/** The same facts in Spanish, in the order of `PSF_TIERS`. */
const PSF_TIERS_ES: TierText[] = [
  {
    name: 'Básico',
    summary: 'Únete gratis a la PSF y forma parte de su comunidad.',
    eligibility: 'Regístrate y acepta el Código de Conducta de la PSF.',
    benefits: [MEETINGS_ES, QUORUM_ES],
  },
  {
    name: 'De apoyo',
    summary: 'Financia el trabajo de la PSF con una donación anual; vota en las elecciones de la PSF durante los doce meses posteriores a cada pago.',
    eligibility: 'Haz una donación anual (sugerida de 99 US$, con escala móvil desde 25 US$) o paga la cuota vitalicia.',
    note: 'Sugerido; escala móvil desde 25 US$, o una cuota vitalicia.',
    benefits: [MEETINGS_ES, QUORUM_ES],
  },
  {
    name: 'Colaborador',
    summary: 'Colabora como voluntario con la comunidad de Python y vota en las elecciones de la PSF.',
    eligibility:
      'Dedica como voluntario al menos cinco horas al mes a trabajo que impulse la misión de la PSF (publicado con una licencia de código abierto) y certifícalo cada año.',
    note: 'Tu tiempo: al menos cinco horas al mes.',
    benefits: [MEETINGS_ES, QUORUM_ES],
  },
  {
    name: 'Fellow',
    summary: 'Reconocimiento por contribuciones extraordinarias a Python; miembro con derecho a voto de por vida.',
    eligibility:
      'Nominado por un miembro con derecho a voto o por un grupo de trabajo de la PSF por contribuciones extraordinarias, y aprobado. La condición de Fellow es vitalicia.',
    note: 'Por nominación; de por vida.',
    benefits: [MEETINGS_ES, QUORUM_ES],
  },
];

/** The voting note in Spanish (the element's strings table uses it). */
export const PSF_VOTING_NOTE_ES = 'Los miembros con derecho a voto confirman cada año que tienen intención de votar en las elecciones de la PSF.';

const TRANSLATIONS: Record<string, TierText[]> = { es: PSF_TIERS_ES };

/** The PSF tiers in a language (`es`, `es-MX` → Spanish); English for any language without a translation. */
export function psfTiers(locale: string): MembershipTier[] {
  const text = TRANSLATIONS[locale.toLowerCase().split('-')[0] ?? 'en'];
  if (!text) return PSF_TIERS;
  return PSF_TIERS.map((tier, index) => {
    const words = text[index];
    if (!words) return tier;
    return {
      ...tier,
      name: words.name,
      summary: words.summary,
      eligibility: words.eligibility,
      price: { ...tier.price, ...(words.note ? { note: words.note } : {}) },
      benefits: tier.benefits.map((benefit, at) => ({ ...benefit, text: words.benefits[at] ?? benefit.text })),
    };
  });
}
