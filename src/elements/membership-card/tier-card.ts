import { html, nothing, type TemplateResult } from 'lit';
import type { MembershipTier } from '../../schema/index.ts';
import { heading, includedLabel, joinLink, mark, price, type TierContext } from './tier-parts.ts';

/** One tier as a card: name, price, summary, what members get, who can join, and the join link. `compact` for `tier="…"`. */
export function tierCard(tier: MembershipTier, cx: TierContext, compact: boolean): TemplateResult {
  const { t } = cx;
  const parts = `tier${tier.highlight ? ' highlighted' : ''}${compact ? ' compact' : ''}`;
  return html`<article part=${parts} class="tier" aria-labelledby="name-${tier.id}">
    ${tier.highlight ? html`<p part="badge" class="badge">${t('highlight')}</p>` : nothing} ${heading(cx.nameLevel, 'name', tier.name, `name-${tier.id}`)}
    <p part="price" class="price">${price(tier, t)}</p>
    ${tier.price.note ? html`<p part="price-note" class="muted">${tier.price.note}</p>` : nothing}
    <p part="summary">${tier.summary}</p>
    <ul part="benefits" class="benefits" role="list">
      <li part="votes" class=${tier.votes ? '' : 'muted'}>${mark(tier.votes, nothing)} ${tier.votes ? t('votes') : t('noVotes')}</li>
      ${tier.benefits.map(
        (benefit) =>
          html`<li class=${benefit.included ? '' : 'muted'}>${mark(benefit.included, `${includedLabel(benefit.included, t)}:`)} ${benefit.text}</li>`,
      )}
    </ul>
    ${tier.eligibility ? html`<p part="eligibility"><strong>${t('eligibility')}</strong> ${tier.eligibility}</p>` : nothing} ${joinLink(tier, cx)}
  </article>`;
}
