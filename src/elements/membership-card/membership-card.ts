import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { fetchJson } from '../../client/http.ts';
import { resolveSource } from '../../client/resolve.ts';
import { lazy } from '../../lazy.ts';
import type { StorySource } from '../../client/types.ts';
import type { MembershipTier } from '../../schema/index.ts';
import { ChorusElement, define } from '../../shared/chorus-element.ts';
import { ChorusJoinEvent } from '../../shared/events.ts';
import { buttonStyles } from '../../shared/theme.ts';
import { isHttpUrl } from '../../shared/url.ts';
import { membershipCardStrings } from './membership-card.strings.ts';
import { membershipCardStyles } from './membership-card.styles.ts';
import { tierCard } from './tier-card.ts';
import { heading, type TierContext } from './tier-parts.ts';
import { validTiers } from './validate-tiers.ts';

/** What the card shows: a site's own tiers, the PSF's default ones, or (a site's content that did not validate) nothing. */
type Content = MembershipTier[] | 'default' | 'invalid';

/** One fetch of remote tiers: what it was for, where it is, and its result. */
interface Remote {
  src: string | undefined;
  source: StorySource | null;
  /** The language a server's tiers were asked in (a `src` file has one language). */
  locale: string | undefined;
  status: 'loading' | 'complete' | 'error';
  value: unknown;
  abort: AbortController;
}

const LOG = '<chorus-membership-card>';

/**
 * Columns for `count` tiers at each width step (see membership-card.styles.ts), so no row is
 * left with a lone card: at most `max` columns, as many rows as needed, the rows as even as possible.
 */
export function balancedColumns(count: number): Record<2 | 3 | 4, number> {
  const columns = (max: number) => {
    if (count <= max) return Math.max(1, count);
    const rows = Math.ceil(count / max);
    return Math.ceil(count / rows);
  };
  // Classes, not a style attribute: a strict CSP (style-src 'self') blocks inline styles.
  return { 2: columns(2), 3: columns(3), 4: columns(4) };
}
// The PSF's tiers and their words: fetched only by a card with no content of its own.
const psf = lazy(() => import('../../data/psf-membership.ts'));
// The comparison table: fetched only by cards with layout="table".
const table = lazy(() => import('./tier-table.ts'));

/**
 * Explains what membership gives people: one card per tier, or a comparison table.
 * @tag chorus-membership-card
 * @summary Membership tiers and their benefits, from a property, inline JSON, a JSON file, a Chorus server, or the PSF's classes by default.
 * @fires chorus-join - A person chose a join link, before the browser follows it. Cancelable: cancel it to handle joining yourself. detail: {tier}
 * @slot heading - Replaces the heading above the tiers. Put an empty element in it (`<span slot="heading"></span>`) to show none, as `no-heading` does.
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
 * @csspart join - A join link (styled as the primary button).
 * @csspart nominate - The "How nomination works" link of a tier people are nominated to (`join: "nominate"`), in place of a join link.
 * @csspart table-scroll - The scrolling box around the comparison table.
 * @csspart table - The comparison table.
 * @csspart note - The PSF voting note.
 * @csspart status - The loading or error message (`state="error"`: the tiers could not be loaded, or a site's own tiers did not validate; the console names the tier and field).
 * @cssprop --chorus-membership-card-min-width - Narrowest a card gets before the grid wraps (default 15rem).
 * @cssprop --chorus-membership-highlight - Border of the highlighted tier (default the accent colour).
 * @cssprop --chorus-color-accent - Join links, marks and the highlight.
 * @cssprop --chorus-color-surface - Background of cards and the table.
 * @cssprop --chorus-color-border - Card and table borders.
 */
export class ChorusMembershipCard extends ChorusElement {
  static override styles = [...ChorusElement.styles, buttonStyles, membershipCardStyles];

  /** The tiers to show, set from JavaScript. Takes precedence over inline JSON, `src` and `endpoint`. */
  @property({ attribute: false }) tiers: unknown[] | undefined;

  /** URL of a JSON file of tiers (`[…]` or `{"tiers": […]}`). Used when there is no `.tiers` or inline JSON. */
  @property() src: string | undefined;

  /** Show only the tier with this id, as a compact card (for a sidebar). */
  @property() tier: string | undefined;

  /** `cards` (a grid, one card per tier) or `table` (a comparison table). */
  @property({ reflect: true }) layout: 'cards' | 'table' = 'cards';

  /** Overrides every tier's join link (not the nomination link of a `join: "nominate"` tier). */
  @property({ attribute: 'join-url' }) joinUrl: string | undefined;

  /**
   * The level of the card's own heading, 2 to 6 (default 2), to fit the page's outline: under a
   * page's `<h2>Membership</h2>`, use `heading-level="3"` or `no-heading`. Tier names are one level below.
   */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Show no heading of the card's own (the page already has one); tier names then take `heading-level`. The `heading` slot still shows what a site puts in it. */
  @property({ attribute: 'no-heading', type: Boolean }) noHeading = false;

  #inlineText: string | undefined;
  #content: Content = 'default';
  #contentFrom: unknown = Symbol('nothing yet');
  // The inline JSON is light DOM, not a property: watch it so editing it re-renders.
  readonly #observer = new MutationObserver(() => this.requestUpdate());

  // The tiers from `src` or the endpoint, fetched again when either changes, or a server's when
  // the element's language does, since a server answers in it (the old request
  // aborted). Hand-written rather than @lit/task: the card needs only this much of it, and
  // the task chunk would cost a card page a request and 0.9 KB.
  #remote: Remote | undefined;

  #fetchTiers(src: string | undefined, source: StorySource | null): void {
    this.#remote?.abort.abort();
    const locale = src ? undefined : this.locale;
    const remote: Remote = { src, source, locale, status: 'loading', value: undefined, abort: new AbortController() };
    this.#remote = remote;
    const { signal } = remote.abort;
    const job = src ? fetchJson(new URL(src, document.baseURI).href, { signal }).then((response) => response.data) : source?.membership({ signal });
    Promise.resolve(job)
      .then(
        (value) => Object.assign(remote, { status: 'complete', value }),
        (error: unknown) => {
          if (signal.aborted) return;
          console.error(`${LOG} could not load its tiers:`, error);
          remote.status = 'error';
        },
      )
      .finally(() => this.#remote === remote && this.requestUpdate());
  }

  get #t() {
    return membershipCardStrings(this.locale);
  }

  #onJoin = (event: MouseEvent, tier: MembershipTier): void => {
    const join = new ChorusJoinEvent(tier);
    this.dispatchEvent(join);
    if (join.defaultPrevented) event.preventDefault();
  };

  #joinHref = (tier: MembershipTier): string => {
    if (this.joinUrl && isHttpUrl(this.joinUrl)) return this.joinUrl;
    if (this.joinUrl) console.error(`${LOG} join-url must start with https:// or http://; using each tier's own link.`);
    return tier.joinUrl;
  };

  /** Picks the content by precedence and validates it, logging once per new content, not per render. */
  #pickContent(): void {
    let raw: unknown;
    let origin: string;
    let source: StorySource | null = null;
    if (this.tiers !== undefined) [raw, origin] = [this.tiers, 'the tiers property'];
    else if (this.#inlineText !== undefined) [raw, origin] = [this.#inlineText, 'the inline JSON'];
    else if (this.src || (source = this.resolveSourceWith(resolveSource))) {
      origin = this.src || 'the endpoint';
      const src = this.src || undefined;
      const remote = this.#remote;
      if (!remote || remote.src !== src || remote.source !== source || remote.locale !== (src ? undefined : this.locale)) this.#fetchTiers(src, source);
      const { status, value } = this.#remote as Remote;
      if (status === 'error') return void (this.state = 'error');
      if (status === 'loading') return void (this.state = 'loading');
      raw = value;
    } else [raw, origin] = [undefined, 'default'];
    if (raw !== this.#contentFrom) {
      this.#contentFrom = raw;
      this.#content = raw === undefined ? 'default' : (validTiers(raw, origin) ?? 'invalid');
    }
    if (this.#content === 'invalid') return void (this.state = 'error');
    if (this.layout === 'table' && !table.value) {
      void this.track(table.load().then(() => this.requestUpdate()));
      return void (this.state = 'loading');
    }
    if (this.#content === 'default' && !psf.value) {
      // The default content's code arrives in a moment; `updateComplete` waits for it.
      void this.track(psf.load().then(() => this.requestUpdate()));
      return void (this.state = 'loading');
    }
    this.state = 'ready';
  }

  #shownTiers(): { tiers: MembershipTier[]; psf: boolean } {
    const shown = Array.isArray(this.#content) ? { tiers: this.#content, psf: false } : { tiers: psf.value?.psfTiers(this.locale) ?? [], psf: true };
    if (!this.tier) return shown;
    const one = shown.tiers.find((candidate) => candidate.id === this.tier);
    if (one) return { tiers: [one], psf: shown.psf };
    console.error(`${LOG} has no tier "${this.tier}"; showing every tier.`);
    return shown;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#inlineText = this.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined;
  }

  protected override update(changed: PropertyValues<this>): void {
    this.#pickContent();
    super.update(changed);
  }

  #retry(): void {
    if (this.#remote) this.#fetchTiers(this.#remote.src, this.#remote.source);
    this.requestUpdate();
  }

  #renderStatus(): TemplateResult {
    const t = this.#t;
    if (this.state === 'loading') return html`<p part="status" class="muted" role="status">${t('loading')}</p>`;
    // A site's own tiers that did not validate: a neutral word for readers; the console tells the site owner what to fix.
    if (this.#content === 'invalid') return html`<p part="status" class="muted">${t('unavailable')}</p>`;
    return html`<div part="status" role="alert">
      <p>${t('loadFailed')}</p>
      <button type="button" class="secondary" @click=${() => this.#retry()}>${t('retry')}</button>
    </div>`;
  }

  #renderTiers(tiers: MembershipTier[], cx: TierContext): TemplateResult {
    if (this.tier && tiers.length === 1) return tierCard(tiers[0] as MembershipTier, cx, true);
    if (this.layout === 'table' && table.value) return table.value.tierTable(tiers, cx);
    const columns = balancedColumns(tiers.length);
    return html`<ul part="tiers" class="grid c2-${columns[2]} c3-${columns[3]} c4-${columns[4]}" role="list">
      ${tiers.map((tier) => html`<li>${tierCard(tier, cx, false)}</li>`)}
    </ul>`;
  }

  override render(): TemplateResult {
    const t = this.#t;
    const shown = this.state === 'ready' ? this.#shownTiers() : undefined;
    const compact = Boolean(this.tier && shown?.tiers.length === 1);
    const psfText = shown?.psf ? psf.value?.psfText(this.locale) : undefined;
    const level = Math.min(6, Math.max(2, Math.trunc(this.headingLevel) || 2));
    const cx: TierContext = { t, joinHref: this.#joinHref, onJoin: this.#onJoin, nameLevel: this.noHeading || compact ? level : Math.min(6, level + 1) };
    const title = compact || this.noHeading ? nothing : heading(level, 'heading', psfText?.heading ?? t('heading'));
    return html`
      <slot name="heading">${title}</slot>
      ${shown ? this.#renderTiers(shown.tiers, cx) : this.#renderStatus()}
      ${psfText ? html`<p part="note" class="muted note">${psfText.votingNote}</p>` : nothing}
      <slot name="footer"></slot>
    `;
  }
}

define('chorus-membership-card', ChorusMembershipCard);

declare global {
  interface HTMLElementTagNameMap {
    'chorus-membership-card': ChorusMembershipCard;
  }
}
