/**
 * The pieces a tier card and the comparison table share: the price in the reader's
 * language and currency, the ✓ / ✗ marks, and the join link.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { MembershipTier } from '../../schema/index.ts';
import type { Translate } from '../../shared/locale.ts';
import type { MembershipCardStrings } from './membership-card.strings.ts';
import { numberFormat } from '../../shared/intl.ts';

/** What the tier templates read. */
export interface TierContext {
  t: Translate<MembershipCardStrings>;
  /** The link each join button follows (a site-wide `join-url`, or the tier's own). */
  joinHref(tier: MembershipTier): string;
  /** A person chose a tier: the host fires `chorus-join` and may cancel the navigation. */
  onJoin(event: MouseEvent, tier: MembershipTier): void;
}

/** "Free", "$99 per year", "€50 once", in the reader's language. */
export function price(tier: MembershipTier, t: Translate<MembershipCardStrings>): string {
  const { amount, currency, period } = tier.price;
  if (amount === 0) return t('free');
  const options: Intl.NumberFormatOptions = { style: 'currency', currency, trailingZeroDisplay: 'stripIfInteger' };
  let text: string;
  try {
    text = numberFormat(t.locale, options).format(amount);
  } catch {
    text = numberFormat('en', options).format(amount);
  }
  return period === 'year' ? t('perYear', { price: text }) : period === 'once' ? t('once', { price: text }) : text;
}

/** A ✓ or ✗ that screen readers hear as `label` (nothing where the text beside it already says it). */
export function mark(included: boolean, label: string | typeof nothing): TemplateResult {
  return html`<span class="mark ${included ? 'yes' : 'no'}" aria-hidden="true">${included ? '✓' : '✗'}</span
    >${label === nothing ? nothing : html`<span class="visually-hidden">${label}</span>`}`;
}

export function includedLabel(included: boolean, t: Translate<MembershipCardStrings>): string {
  return included ? t('included') : t('notIncluded');
}

/** The join link, named after its tier for screen readers. */
export function joinLink(tier: MembershipTier, cx: TierContext): TemplateResult {
  return html`<a
    part="join"
    class="join"
    href=${cx.joinHref(tier)}
    aria-label=${cx.t('joinTier', { tier: tier.name })}
    @click=${(event: MouseEvent) => cx.onJoin(event, tier)}
    >${cx.t('join')}</a
  >`;
}
