import * as z from 'zod/mini';
import { isHttpUrl } from './rules.ts';

/** What a tier costs. `amount` is in the currency's major unit (99 = $99). */
export const TierPrice = z.object({
  amount: z.number().check(z.nonnegative()),
  /** ISO 4217 code, e.g. `USD`. */
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
  /** `year` (yearly), `once` (lifetime or one-off), `none` (free or not paid in money). */
  period: z.enum(['year', 'once', 'none']),
  note: z.optional(z.string()),
});
export type TierPrice = z.infer<typeof TierPrice>;

export const TierBenefit = z.object({
  text: z.string().check(z.minLength(1)),
  included: z.boolean(),
});
export type TierBenefit = z.infer<typeof TierBenefit>;

/** One membership class, as `<chorus-membership-card>` shows it and `GET /api/v1/membership` serves it. */
export const MembershipTier = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)),
  name: z.string().check(z.minLength(1), z.maxLength(80)),
  price: TierPrice,
  summary: z.string().check(z.minLength(1)),
  benefits: z.array(TierBenefit),
  eligibility: z.string(),
  /** Whether members of this tier may vote. */
  votes: z.boolean(),
  joinUrl: z.string().check(z.refine(isHttpUrl, 'Enter a join link that starts with https://')),
  /**
   * How people become members: `apply` (the default) shows a Join button to `joinUrl`;
   * `nominate` is a class people are nominated to (no Join button): `joinUrl` is then the page
   * that explains how nomination works, linked as such.
   */
  join: z.optional(z.enum(['apply', 'nominate'])),
  highlight: z.optional(z.boolean()),
});
export type MembershipTier = z.infer<typeof MembershipTier>;

export const MembershipTiers = z.object({ tiers: z.array(MembershipTier).check(z.minLength(1)) });
export type MembershipTiers = z.infer<typeof MembershipTiers>;
