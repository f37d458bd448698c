/**
 * The pieces a tier card and the comparison table share: the price in the reader's
 * language and currency, the ✓ / ✗ marks, and the join link.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
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
  /** The heading level of each tier's name (one below the card's heading). */
  nameLevel: number;
}

/**
 * A heading at a level (clamped to 2–6: the page owns its one `<h1>`), its `part` and class both `name`.
 * Five small templates, not lit/static-html.js: a tag name cannot be a binding, and the static
 * helper would cost a page 0.6 KB more than these.
 */
export function heading(level: number, name: string, content: unknown, id?: string): TemplateResult {
  switch (Math.min(6, Math.max(2, Math.trunc(level) || 2))) {
    case 2:
      return html`<h2 part=${name} class=${name} id=${ifDefined(id)}>${content}</h2>`;
    case 3:
      return html`<h3 part=${name} class=${name} id=${ifDefined(id)}>${content}</h3>`;
    case 4:
      return html`<h4 part=${name} class=${name} id=${ifDefined(id)}>${content}</h4>`;
    case 5:
      return html`<h5 part=${name} class=${name} id=${ifDefined(id)}>${content}</h5>`;
    default:
      return html`<h6 part=${name} class=${name} id=${ifDefined(id)}>${content}</h6>`;
  }
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

/**
 * The join link, named after its tier for screen readers: a Join button, or for a class
 * people are nominated to, a quiet link to how nomination works (nobody can join it).
 */
export function joinLink(tier: MembershipTier, cx: TierContext): TemplateResult {
  if (tier.join === 'nominate')
    return html`<a part="nominate" class="nominate" href=${tier.joinUrl} aria-label=${cx.t('nominateTier', { tier: tier.name })}>${cx.t('nominate')}</a>`;
  return html`<a
    part="join"
    class="join button primary"
    href=${cx.joinHref(tier)}
    aria-label=${cx.t('joinTier', { tier: tier.name })}
    @click=${(event: MouseEvent) => cx.onJoin(event, tier)}
    >${cx.t('join')}</a
  >`;
}
