import { html, nothing, type TemplateResult } from 'lit';
import type { MembershipTier } from '../../schema/index.ts';
import { includedLabel, joinLink, mark, price, type TierContext } from './tier-parts.ts';

/** The tiers side by side, one row per benefit; benefits are compared by their text, so the same words in two tiers make one row. */
export function tierTable(tiers: MembershipTier[], cx: TierContext): TemplateResult {
  const { t } = cx;
  const rows = [...new Set(tiers.flatMap((tier) => tier.benefits.map((benefit) => benefit.text)))];
  const cell = (included: boolean) => mark(included, includedLabel(included, t));
  return html`<div part="table-scroll" class="scroll" role="region" aria-labelledby="caption" tabindex="0">
    <table part="table">
      <caption id="caption">
        ${t('caption')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('benefit')}</th>
          ${tiers.map(
            (tier) =>
              html`<th scope="col" class=${tier.highlight ? 'highlighted' : ''}>
                ${tier.name}${tier.highlight ? html`<span part="badge" class="badge">${t('highlight')}</span>` : nothing}
              </th>`,
          )}
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">${t('price')}</th>
          ${tiers.map(
            (tier) =>
              html`<td>
                <span class="price">${price(tier, t)}</span>
                ${tier.price.note ? html`<span class="muted block">${tier.price.note}</span>` : nothing}
              </td>`,
          )}
        </tr>
        <tr>
          <th scope="row">${t('votes')}</th>
          ${tiers.map((tier) => html`<td>${cell(tier.votes)}</td>`)}
        </tr>
        ${rows.map(
          (text) =>
            html`<tr>
              <th scope="row">${text}</th>
              ${tiers.map((tier) => html`<td>${cell(tier.benefits.find((benefit) => benefit.text === text)?.included ?? false)}</td>`)}
            </tr>`,
        )}
        <tr>
          <th scope="row">${t('eligibility')}</th>
          ${tiers.map((tier) => html`<td class="small">${tier.eligibility}</td>`)}
        </tr>
        <tr>
          <th scope="row">${t('join')}</th>
          ${tiers.map((tier) => html`<td>${joinLink(tier, cx)}</td>`)}
        </tr>
      </tbody>
    </table>
  </div>`;
}
