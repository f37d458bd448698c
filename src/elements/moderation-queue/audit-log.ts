import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { AdminApi } from '../../client/admin.ts';
import { SourceError } from '../../client/types.ts';
import type { AuditEntry } from '../../schema/index.ts';
import { ChorusElement, define } from '../../shared/chorus-element.ts';
import { errorMessage } from '../../shared/error-messages.ts';
import { ChorusErrorEvent } from '../../shared/events.ts';
import { dateFormat } from '../../shared/intl.ts';
import { pluralKey } from '../../shared/locale.ts';
import { relativeTime } from '../../shared/relative-time.ts';
import type { DigestDelegate as PanelDelegate } from './digest-builder.ts';
import { moderationQueueStrings } from './moderation-queue.strings.ts';

/**
 * The audit log: every moderation decision, newest first, a page at a time
 * (`GET /admin/audit?cursor=`). Like the digest builder it renders into its own light
 * DOM inside the queue's shadow root, sharing its styles and live region. It loads
 * when it is first connected, that is when its tab is first opened.
 * @tag chorus-audit-log
 * @fires chorus-error - A page could not be loaded and the moderator was told. detail: {code, message}
 */
export class ChorusAuditLog extends ChorusElement {
  /** The signed-in admin API. */
  @property({ attribute: false }) client: AdminApi | undefined;

  /** The queue it belongs to. */
  @property({ attribute: false }) delegate: PanelDelegate | undefined;

  @state() private entries: AuditEntry[] = [];
  @state() private next: string | null = null;
  @state() private loading = false;
  @state() private failure = '';
  @state() private loaded = false;

  #controller: AbortController | undefined;

  get #t() {
    return moderationQueueStrings(this.locale);
  }

  /** Loads the first page again (e.g. after a decision elsewhere in the queue). */
  refresh(): Promise<void> {
    this.entries = [];
    this.next = null;
    this.loaded = false;
    return this.#load(undefined);
  }

  #load(cursor: string | undefined): Promise<void> {
    const audit = this.client?.audit?.bind(this.client);
    if (!audit) return Promise.resolve();
    this.#controller?.abort();
    const controller = (this.#controller = new AbortController());
    this.loading = true;
    this.failure = '';
    return this.track(
      (async () => {
        try {
          const page = await audit(cursor, { signal: controller.signal });
          const first = this.entries.length;
          this.entries = [...this.entries, ...page.entries];
          this.next = page.nextCursor;
          this.loaded = true;
          if (cursor) {
            const t = this.#t;
            const count = page.entries.length;
            this.delegate?.announce(`${t(pluralKey('auditLoaded', count, this.locale), { count })}${page.nextCursor ? '' : ` ${t('auditEnd')}`}`);
            await this.rendered();
            // The button may be gone (no older page): the first new row keeps the reader's place.
            this.querySelectorAll<HTMLElement>('tbody tr')[first]?.focus();
          }
        } catch (error) {
          if (controller.signal.aborted) return;
          if (error instanceof SourceError && error.kind === 'unauthorized') {
            this.delegate?.refused();
            return;
          }
          this.failure = this.#t('auditFailed', { reason: errorMessage(error, 'reason', this.locale) });
          this.delegate?.announce(this.failure);
          const event = new ChorusErrorEvent({ code: error instanceof SourceError ? error.kind : 'unknown', message: this.failure });
          this.dispatchEvent(event);
        } finally {
          if (this.#controller === controller) this.loading = false;
        }
      })(),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#controller?.abort();
    this.loading = false;
  }

  // Light DOM: the queue's shadow root holds it, with the queue's styles and live region.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The first page loads once there is a client (a property set before this code loaded arrives with the first update).
    if (this.client && !this.loaded && !this.loading && !this.failure) void this.#load(undefined);
    this.state = this.failure ? 'error' : this.loading ? 'loading' : this.loaded && this.entries.length === 0 ? 'empty' : 'ready';
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('state')) this.delegate?.changed();
  }

  #row(entry: AuditEntry): TemplateResult {
    const t = this.#t;
    const at = Date.parse(entry.at);
    const status = (s: AuditEntry['fromStatus']) => t(`status_${s}`);
    return html`<tr tabindex="-1">
      <td>
        <time datetime=${entry.at} title=${dateFormat(this.locale, { dateStyle: 'full', timeStyle: 'short' }).format(at)}
          >${relativeTime(entry.at, this.locale, Math.max(Date.now(), at))}</time
        >
      </td>
      <td dir="auto">${entry.moderator.name}</td>
      <td>${t(`audit_${entry.action}`)}</td>
      <td dir="auto">${entry.storyTitle ?? html`<span class="hint">${t('auditGone')}</span>`}</td>
      <td>${t('auditChangeText', { from: status(entry.fromStatus), to: status(entry.toStatus) })}</td>
    </tr>`;
  }

  override render(): TemplateResult {
    const t = this.#t;
    return html`<div part="audit" class="audit">
      <h3 id="audit-heading">${t('auditHeading')}</h3>
      <p class="hint">${t('auditIntro')}</p>
      ${this.failure ? html`<p class="failure" role="alert">${this.failure}</p>` : nothing}
      ${
        this.entries.length
          ? html`<div class="table-scroll" role="region" aria-labelledby="audit-caption" tabindex="0">
              <table>
                <caption id="audit-caption" class="visually-hidden">
                  ${t('auditCaption')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${t('auditWhen')}</th>
                    <th scope="col">${t('auditWho')}</th>
                    <th scope="col">${t('auditWhat')}</th>
                    <th scope="col">${t('auditStory')}</th>
                    <th scope="col">${t('auditChange')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${repeat(
                    this.entries,
                    (entry) => entry.id,
                    (entry) => this.#row(entry),
                  )}
                </tbody>
              </table>
            </div>`
          : this.loaded
            ? html`<p class="empty">${t('auditEmpty')}</p>`
            : nothing
      }
      ${this.loading ? html`<p class="hint" aria-busy="true">${t('auditLoading')}</p>` : nothing}
      ${
        this.loading
          ? nothing
          : this.failure
            ? html`<button type="button" class="audit-more" @click=${() => void this.#load(this.loaded ? (this.next ?? undefined) : undefined)}>
                ${t('retry')}
              </button>`
            : this.next
              ? html`<button type="button" class="audit-more" @click=${() => void this.#load(this.next ?? undefined)}>${t('auditMore')}</button>`
              : nothing
      }
    </div>`;
  }
}

define('chorus-audit-log', ChorusAuditLog);

declare global {
  interface HTMLElementTagNameMap {
    'chorus-audit-log': ChorusAuditLog;
  }
}
