import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { fetchJson } from '../../client/http.ts';
import { psfTiers } from '../../data/psf-membership.ts';
import { isHttpUrl, MembershipTier } from '../../schema/index.ts';
import { ChorusElement, define } from '../../shared/chorus-element.ts';
import { ChorusJoinEvent } from '../../shared/events.ts';
import { membershipCardStrings } from './membership-card.strings.ts';
import { styles } from './membership-card.styles.ts';

type Translate = ReturnType<typeof membershipCardStrings>;

/** What the card shows: validated tiers, and whether they are the PSF default (which adds the voting note). */
interface Shown {
  tiers: MembershipTier[];
  psf: boolean;
}

const LOG = '<chorus-membership-card>';

/**
 * Explains what membership gives people: one card per tier, or a comparison table.
 * @tag chorus-membership-card
 * @summary Membership tiers and their benefits, from a property, inline JSON, a JSON file, a Chorus server, or the PSF's classes by default.
 * @fires chorus-join - A person chose a join link, before the browser follows it. Cancelable: cancel it to handle joining yourself. detail: {tier}
 * @slot heading - Replaces the heading above the tiers.
 * @slot footer - Shown below the tiers (after the PSF voting note, when the default content shows).
 * @csspart heading - The default heading.
 * @csspart tiers - The list of tier cards.
 * @csspart tier - One tier card (also `highlighted` on the highlighted tier, `compact` for `tier="…"`).
 * @csspart highlighted - The highlighted tier's card.
 * @csspart badge - The "Recommended" badge on the highlighted tier.
 * @csspart name - A tier's name.
 * @csspart price - A tier's price line.
 * @csspart price-note - The note under a price.
 * @csspart summary - A tier's summary.
 * @csspart benefits - A tier's list of benefits.
 * @csspart votes - Whether a tier's members vote.
 * @csspart eligibility - Who can join a tier.
 * @csspart join - A join link.
 * @csspart table-scroll - The scrolling box around the comparison table.
 * @csspart table - The comparison table.
 * @csspart note - The PSF voting note.
 * @csspart status - The loading or error message.
 * @cssprop --chorus-membership-card-min-width - Narrowest a card gets before the grid wraps (default 15rem).
 * @cssprop --chorus-membership-highlight - Border of the highlighted tier (default the accent colour).
 * @cssprop --chorus-color-accent - Join links, marks and the highlight.
 * @cssprop --chorus-color-surface - Background of cards and the table.
 * @cssprop --chorus-color-border - Card and table borders.
 */
export class ChorusMembershipCard extends ChorusElement {
  static override styles = [...ChorusElement.styles, styles];

  // Only fetches when no `.tiers` or inline JSON is given: those take precedence.
  private remote = new Task(this, {
    task: async ([src, source], { signal }) => {
      if (src) return (await fetchJson(new URL(src, document.baseURI).href, { signal })).data;
      return source ? source.membership({ signal }) : undefined;
    },
    onError: (error) => console.error(`${LOG} could not load its tiers:`, error),
    args: () => {
      if (this.tiers !== undefined || this.inlineText !== undefined) return [undefined, null] as const;
      return [this.src || undefined, this.src ? null : this.resolveSource()] as const;
    },
  });

  /** The tiers to show, set from JavaScript. Takes precedence over inline JSON, `src` and `endpoint`. */
  @property({ attribute: false }) tiers: unknown[] | undefined;

  /** URL of a JSON file of tiers (`[…]` or `{"tiers": […]}`). Used when there is no `.tiers` or inline JSON. */
  @property() src: string | undefined;

  /** Show only the tier with this id, as a compact card (for a sidebar). */
  @property() tier: string | undefined;

  /** `cards` (a grid, one card per tier) or `table` (a comparison table). */
  @property({ reflect: true }) layout: 'cards' | 'table' = 'cards';

  /** Overrides every tier's join link. */
  @property({ attribute: 'join-url' }) joinUrl: string | undefined;

  private inlineText: string | undefined;
  private shown: Shown = { tiers: [], psf: true };
  private shownFrom: unknown = Symbol('nothing yet');
  private observer = new MutationObserver(() => this.requestUpdate());

  override connectedCallback(): void {
    super.connectedCallback();
    // The inline JSON is light DOM, not a property: watch it so editing it re-renders.
    this.observer.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer.disconnect();
  }

  private onJoin(event: MouseEvent, tier: MembershipTier): void {
    const join = new ChorusJoinEvent(tier);
    this.dispatchEvent(join);
    if (join.defaultPrevented) event.preventDefault();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.inlineText = this.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined;
  }

  /**
   * Picks the content by precedence and validates it, logging once per new content, not per render.
   * Here rather than in willUpdate: the task has only now (in hostUpdate) seen new arguments.
   */
  protected override update(changed: PropertyValues<this>): void {
    this.pickContent();
    super.update(changed);
  }

  private pickContent(): void {
    let raw: unknown;
    let origin: string;
    if (this.tiers !== undefined) [raw, origin] = [this.tiers, 'the tiers property'];
    else if (this.inlineText !== undefined) [raw, origin] = [this.inlineText, 'the inline JSON'];
    else if (this.src || this.resolveSource()) {
      origin = this.src || 'the endpoint';
      const status = this.remote.status;
      if (status === TaskStatus.ERROR) return void (this.state = 'error');
      if (status !== TaskStatus.COMPLETE) return void (this.state = 'loading');
      raw = this.remote.value;
    } else [raw, origin] = [undefined, 'default'];
    if (raw !== this.shownFrom) {
      this.shownFrom = raw;
      this.shown = raw === undefined ? { tiers: [], psf: true } : validate(raw, origin);
    }
    this.state = 'ready';
  }

  private tiersShown(): Shown {
    const shown = this.shown.psf ? { tiers: psfTiers(this.locale), psf: true } : this.shown;
    if (!this.tier) return shown;
    const one = shown.tiers.find((candidate) => candidate.id === this.tier);
    if (one) return { tiers: [one], psf: shown.psf };
    console.error(`${LOG} has no tier "${this.tier}"; showing every tier.`);
    return shown;
  }

  private joinHref(tier: MembershipTier): string {
    if (this.joinUrl && isHttpUrl(this.joinUrl)) return this.joinUrl;
    if (this.joinUrl) console.error(`${LOG} join-url must start with https:// or http://; using each tier's own link.`);
    return tier.joinUrl;
  }

  private price(tier: MembershipTier, t: Translate): string {
    const { amount, currency, period } = tier.price;
    if (amount === 0) return t('free');
    const options: Intl.NumberFormatOptions = { style: 'currency', currency, trailingZeroDisplay: 'stripIfInteger' };
    let price: string;
    try {
      price = new Intl.NumberFormat(this.locale, options).format(amount);
    } catch {
      price = new Intl.NumberFormat('en', options).format(amount);
    }
    return period === 'year' ? t('perYear', { price }) : period === 'once' ? t('once', { price }) : price;
  }

  /** A ✓ or ✗ that screen readers hear as `label` (nothing where the text beside it already says it). */
  private mark(included: boolean, label: string | typeof nothing): TemplateResult {
    return html`<span class="mark ${included ? 'yes' : 'no'}" aria-hidden="true">${included ? '✓' : '✗'}</span
      >${label === nothing ? nothing : html`<span class="visually-hidden">${label}</span>`}`;
  }

  private includedLabel(included: boolean, t: Translate): string {
    return included ? t('included') : t('notIncluded');
  }

  private joinLink(tier: MembershipTier, t: Translate): TemplateResult {
    return html`<a
      part="join"
      class="join"
      href=${this.joinHref(tier)}
      aria-label=${t('joinTier', { tier: tier.name })}
      @click=${(event: MouseEvent) => this.onJoin(event, tier)}
      >${t('join')}</a
    >`;
  }

  private renderCard(tier: MembershipTier, t: Translate, compact: boolean): TemplateResult {
    const parts = `tier${tier.highlight ? ' highlighted' : ''}${compact ? ' compact' : ''}`;
    return html`<article part=${parts} class="tier" aria-labelledby="name-${tier.id}">
      ${tier.highlight ? html`<p part="badge" class="badge">${t('highlight')}</p>` : nothing}
      <h3 part="name" id="name-${tier.id}">${tier.name}</h3>
      <p part="price" class="price">${this.price(tier, t)}</p>
      ${tier.price.note ? html`<p part="price-note" class="muted">${tier.price.note}</p>` : nothing}
      <p part="summary">${tier.summary}</p>
      <ul part="benefits" class="benefits" role="list">
        <li part="votes" class=${tier.votes ? '' : 'muted'}>${this.mark(tier.votes, nothing)} ${tier.votes ? t('votes') : t('noVotes')}</li>
        ${tier.benefits.map(
          (benefit) =>
            html`<li class=${benefit.included ? '' : 'muted'}>
              ${this.mark(benefit.included, `${this.includedLabel(benefit.included, t)}:`)} ${benefit.text}
            </li>`,
        )}
      </ul>
      ${tier.eligibility ? html`<p part="eligibility"><strong>${t('eligibility')}</strong> ${tier.eligibility}</p>` : nothing} ${this.joinLink(tier, t)}
    </article>`;
  }

  private renderTable(tiers: MembershipTier[], t: Translate): TemplateResult {
    // Benefits are compared by their text: the same words in two tiers make one row.
    const rows = [...new Set(tiers.flatMap((tier) => tier.benefits.map((benefit) => benefit.text)))];
    const cell = (included: boolean) => this.mark(included, this.includedLabel(included, t));
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
                  <span class="price">${this.price(tier, t)}</span>
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
            ${tiers.map((tier) => html`<td>${this.joinLink(tier, t)}</td>`)}
          </tr>
        </tbody>
      </table>
    </div>`;
  }

  private renderStatus(t: Translate): TemplateResult {
    if (this.state === 'loading') return html`<p part="status" class="muted" role="status">${t('loading')}</p>`;
    return html`<div part="status" role="alert">
      <p>${t('loadFailed')}</p>
      <button type="button" @click=${() => this.remote.run()}>${t('retry')}</button>
    </div>`;
  }

  private renderTiers(shown: Shown, t: Translate): TemplateResult {
    if (this.tier && shown.tiers.length === 1) return this.renderCard(shown.tiers[0] as MembershipTier, t, true);
    if (this.layout === 'table') return this.renderTable(shown.tiers, t);
    return html`<ul part="tiers" class="grid" role="list">
      ${shown.tiers.map((tier) => html`<li>${this.renderCard(tier, t, false)}</li>`)}
    </ul>`;
  }

  override render(): TemplateResult {
    const t = membershipCardStrings(this.locale);
    const shown = this.state === 'ready' ? this.tiersShown() : undefined;
    const compact = Boolean(this.tier && shown?.tiers.length === 1);
    return html`
      <slot name="heading">${compact ? nothing : html`<h2 part="heading">${shown?.psf ? t('psfHeading') : t('heading')}</h2>`}</slot>
      ${shown ? this.renderTiers(shown, t) : this.renderStatus(t)} ${shown?.psf ? html`<p part="note" class="muted note">${t('psfVotingNote')}</p>` : nothing}
      <slot name="footer"></slot>
    `;
  }
}

/**
 * Keeps the valid tiers and says, in the console, which tier and field were wrong;
 * falls back to the default rather than an empty box.
 */
function validate(raw: unknown, origin: string): Shown {
  let data = raw;
  if (typeof raw === 'string') {
    try {
      data = JSON.parse(raw) as unknown;
    } catch {
      console.error(`${LOG} ${origin} is not valid JSON; showing the default tiers.`);
      return { tiers: [], psf: true };
    }
  }
  const list = Array.isArray(data) ? data : data && typeof data === 'object' && 'tiers' in data && Array.isArray(data.tiers) ? (data.tiers as unknown[]) : null;
  if (!list) {
    console.error(`${LOG} ${origin} must be an array of tiers or {"tiers": […]}; showing the default tiers.`);
    return { tiers: [], psf: true };
  }
  const tiers: MembershipTier[] = [];
  list.forEach((item, index) => {
    const id = item && typeof item === 'object' && 'id' in item && typeof item.id === 'string' ? `"${item.id}"` : `at index ${index}`;
    const result = MembershipTier.safeParse(item);
    if (!result.success) {
      const issue = result.error.issues[0];
      const field = issue?.path.map(String).join('.') || '(the tier itself)';
      // zod/mini carries no message texts, so the issue code (e.g. `invalid_format`) says what kind of wrong it is.
      const why = issue ? `${issue.message} (${issue.code})` : 'invalid';
      console.error(`${LOG} tier ${id} in ${origin} has an invalid ${field}: ${why}. It is not shown.`);
    } else if (tiers.some((tier) => tier.id === result.data.id)) {
      console.error(`${LOG} tier ${id} in ${origin} repeats an id. Only the first is shown.`);
    } else tiers.push(result.data);
  });
  if (tiers.length) return { tiers, psf: false };
  console.error(`${LOG} ${origin} has no valid tier; showing the default tiers.`);
  return { tiers: [], psf: true };
}

define('chorus-membership-card', ChorusMembershipCard);

declare global {
  interface HTMLElementTagNameMap {
    'chorus-membership-card': ChorusMembershipCard;
  }
}
