import type { MembershipTier } from '../schema/membership.ts';
import { defineStrings } from '../shared/locale.ts';

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

/** How Fellows are nominated, and by whom. */
export const PSF_FELLOWS_URL = 'https://www.python.org/psf/fellows/';

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
    joinUrl: PSF_FELLOWS_URL,
    join: 'nominate',
  },
];

/** The tiers' words in English as a strings table (`basic.name`, `basic.benefit0`, …), so a translation is data loaded on demand. */
export const psfEn = Object.fromEntries(
  PSF_TIERS.flatMap((tier) => [
    [`${tier.id}.name`, tier.name],
    [`${tier.id}.summary`, tier.summary],
    [`${tier.id}.eligibility`, tier.eligibility],
    [`${tier.id}.note`, tier.price.note ?? ''],
    ...tier.benefits.map((benefit, index) => [`${tier.id}.benefit${index}`, benefit.text]),
  ]),
) as Record<string, string>;

psfEn['psf.heading'] = 'Become a member of the Python Software Foundation';
psfEn['psf.votingNote'] = PSF_VOTING_NOTE;

const psfStrings = defineStrings('psf-membership', {
  en: psfEn,
  // Each language is its own chunk, fetched only by pages in it. Written by `npm run i18n:wire` from the files on disk.
  ar: () => import('./psf-membership.ar.ts'),
  bn: () => import('./psf-membership.bn.ts'),
  ca: () => import('./psf-membership.ca.ts'),
  cs: () => import('./psf-membership.cs.ts'),
  da: () => import('./psf-membership.da.ts'),
  de: () => import('./psf-membership.de.ts'),
  el: () => import('./psf-membership.el.ts'),
  es: () => import('./psf-membership.es.ts'),
  fa: () => import('./psf-membership.fa.ts'),
  fi: () => import('./psf-membership.fi.ts'),
  fr: () => import('./psf-membership.fr.ts'),
  he: () => import('./psf-membership.he.ts'),
  hi: () => import('./psf-membership.hi.ts'),
  hu: () => import('./psf-membership.hu.ts'),
  id: () => import('./psf-membership.id.ts'),
  it: () => import('./psf-membership.it.ts'),
  ja: () => import('./psf-membership.ja.ts'),
  ko: () => import('./psf-membership.ko.ts'),
  nb: () => import('./psf-membership.nb.ts'),
  nl: () => import('./psf-membership.nl.ts'),
  pl: () => import('./psf-membership.pl.ts'),
  'pt-BR': () => import('./psf-membership.pt-BR.ts'),
  'pt-PT': () => import('./psf-membership.pt-PT.ts'),
  ro: () => import('./psf-membership.ro.ts'),
  ru: () => import('./psf-membership.ru.ts'),
  sk: () => import('./psf-membership.sk.ts'),
  sv: () => import('./psf-membership.sv.ts'),
  sw: () => import('./psf-membership.sw.ts'),
  th: () => import('./psf-membership.th.ts'),
  tr: () => import('./psf-membership.tr.ts'),
  uk: () => import('./psf-membership.uk.ts'),
  ur: () => import('./psf-membership.ur.ts'),
  vi: () => import('./psf-membership.vi.ts'),
  yo: () => import('./psf-membership.yo.ts'),
  'zh-CN': () => import('./psf-membership.zh-CN.ts'),
  'zh-TW': () => import('./psf-membership.zh-TW.ts'),
});

/** The languages the PSF content is in. */
export const psfLocales = (): string[] => [...psfStrings.locales];

/** The heading and the voting note shown with the PSF tiers, in a language. */
export function psfText(locale: string): { heading: string; votingNote: string } {
  const t = psfStrings(locale);
  return { heading: t('psf.heading'), votingNote: t('psf.votingNote') };
}

/** The PSF tiers in a language (`es`, `es-MX` → Spanish); English for any language without a translation. */
export function psfTiers(locale: string): MembershipTier[] {
  const t = psfStrings(locale);
  return PSF_TIERS.map((tier) => ({
    ...tier,
    name: t(`${tier.id}.name`),
    summary: t(`${tier.id}.summary`),
    eligibility: t(`${tier.id}.eligibility`),
    price: { ...tier.price, ...(tier.price.note ? { note: t(`${tier.id}.note`) } : {}) },
    benefits: tier.benefits.map((benefit, index) => ({ ...benefit, text: t(`${tier.id}.benefit${index}`) })),
  }));
}
