import * as shapes from '../../client/schema-checks.ts';
import type { MembershipTier } from '../../schema/index.ts';
import { tierListOf } from '../../schema/rules.ts';

const LOG = '<chorus-membership-card>';

/**
 * Keeps the valid tiers of a site's own content and says, in the console, which tier
 * and field were wrong (a site owner's mistake, not the reader's); null when nothing
 * valid is left. The card then says membership details are unavailable: it never shows
 * another organisation's tiers (the PSF's defaults) in place of a site's own.
 */
export function validTiers(raw: unknown, origin: string): MembershipTier[] | null {
  let data = raw;
  if (typeof raw === 'string') {
    try {
      data = JSON.parse(raw) as unknown;
    } catch {
      console.error(`${LOG} ${origin} is not valid JSON; no tiers are shown.`);
      return null;
    }
  }
  const list = tierListOf(data);
  if (!list) {
    console.error(`${LOG} ${origin} must be an array of tiers or {"tiers": […]}; no tiers are shown.`);
    return null;
  }
  const tiers: MembershipTier[] = [];
  list.forEach((item, index) => {
    const id = item && typeof item === 'object' && 'id' in item && typeof item.id === 'string' ? `"${item.id}"` : `at index ${index}`;
    const result = shapes.MembershipTier.safeParse(item);
    if (!result.success) {
      const issue = result.error.issues[0];
      const field = issue?.path.map(String).join('.') || '(the tier itself)';
      // The issue code (e.g. `invalid_format`) says what kind of wrong it is.
      const why = issue ? `${issue.message} (${issue.code})` : 'invalid';
      console.error(`${LOG} tier ${id} in ${origin} has an invalid ${field}: ${why}. It is not shown.`);
    } else if (tiers.some((tier) => tier.id === result.data.id)) {
      console.error(`${LOG} tier ${id} in ${origin} repeats an id. Only the first is shown.`);
    } else tiers.push(result.data);
  });
  if (tiers.length) return tiers;
  console.error(`${LOG} ${origin} has no valid tier; no tiers are shown.`);
  return null;
}
