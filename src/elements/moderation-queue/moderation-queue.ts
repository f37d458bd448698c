import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { AdminClient, type AdminApi, type DigestFormat } from '../../client/admin.ts';
import { pageEndpoint } from '../../client/resolve.ts';
import { SourceError } from '../../client/types.ts';
import { STORY_STATUSES, type AdminStory, type StoryStatus } from '../../schema/index.ts';
import { ChorusElement, define } from '../../shared/chorus-element.ts';
import { ChorusErrorEvent } from '../../shared/events.ts';
import { pluralKey } from '../../shared/locale.ts';
import { relativeTime } from '../../shared/relative-time.ts';
import { renderHtml, renderMarkdown } from '../../shared/rich-text.ts';
import { moderationQueueStrings } from './moderation-queue.strings.ts';
import { moderationQueueStyles } from './moderation-queue.styles.ts';

/** What a moderator can do to a story. */
export type ModerationAction = 'approve' | 'reject' | 'spam';

/** The server confirmed a moderation action (after the undo window closed). */
export class ChorusModerateEvent extends CustomEvent<{ action: ModerationAction; story: AdminStory }> {
  static readonly type = 'chorus-moderate';
  constructor(action: ModerationAction, story: AdminStory) {
    super(ChorusModerateEvent.type, { bubbles: true, composed: true, detail: { action, story } });
  }
}

export type ModerationTab = 'queue' | 'digest';

interface PendingAction {
  story: AdminStory;
  action: ModerationAction;
  timer: ReturnType<typeof setTimeout>;
}

const TOKEN_KEY = 'chorus-admin-token';
const ACTIONS: readonly ModerationAction[] = ['approve', 'reject', 'spam'];
const STATUS_AFTER: Record<ModerationAction, StoryStatus> = { approve: 'approved', reject: 'rejected', spam: 'spam' };
const KEY_ACTIONS: Record<string, ModerationAction> = { a: 'approve', r: 'reject', s: 'spam' };
const REASONS: string[] = ['network', 'timeout', 'server', 'not-found', 'forbidden', 'rate-limited'];
const EMAIL = /^[^\s@?#&/]+@[^\s@?#&/]+$/;

/** `YYYY-MM-DD` of a date in the reader's own time zone. */
function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

function safeHttp(url: string | null | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

/**
 * Where moderators review submitted stories and build the newsletter digest.
 * @tagname chorus-moderation-queue
 * @summary Asks for the admin token, lists stories by status with Approve / Reject / Mark as spam (with undo), and builds the digest.
 * @fires chorus-moderate - The server confirmed an action. detail: {action: 'approve' | 'reject' | 'spam', story: AdminStory}
 * @fires chorus-error - A load, action or digest failed and the moderator was told. detail: {code, message}
 * @csspart token-form - The sign-in form.
 * @csspart tabs - The tab list (Queue, Digest).
 * @csspart story - One story in the queue.
 * @csspart flags - The warning badges of a story (likely spam, honeypot).
 * @csspart body - The rendered story text.
 * @csspart actions - A story's Approve / Reject / Mark as spam buttons.
 * @csspart undo - The bar of actions that can still be undone.
 * @csspart help - The keyboard shortcuts help.
 * @csspart digest - The digest form and text.
 * @cssprop --chorus-color-accent - Buttons, links and the selected tab.
 * @cssprop --chorus-color-warning-surface - Background of spam warnings and the undo bar.
 */
export class ChorusModerationQueue extends ChorusElement {
  static override styles = [...ChorusElement.styles, moderationQueueStyles];

  /** Which stories the queue lists: `pending` (default), `approved`, `rejected` or `spam`. */
  @property({ reflect: true }) status: StoryStatus = 'pending';

  /** The open tab: `queue` (default) or `digest`. */
  @property({ reflect: true }) tab: ModerationTab = 'queue';

  /** Milliseconds an action can be undone before it is sent to the server. */
  @property({ type: Number, attribute: 'undo-delay' }) undoDelay = 6000;

  /** Turns off the single-key shortcuts (WCAG 2.1.4), e.g. for speech input that types letters. */
  @property({ type: Boolean, attribute: 'no-shortcuts' }) noShortcuts = false;

  /** Makes the admin API client for a token instead of the HTTP one on `endpoint` (tests, Storybook, custom backends). */
  @property({ attribute: false }) adminClient: ((token: string) => AdminApi) | undefined;

  /** Whether a token is in use; reflected so pages can style the signed-in state. Set by the element. */
  @property({ type: Boolean, reflect: true, attribute: 'signed-in' }) signedIn = false;

  @state() private client: AdminApi | undefined;
  /** Why the token form is shown again (empty, refused, expired, or could not be checked). */
  @state() private tokenError = '';
  /** Actions inside their undo window. */
  @state() private pending: PendingAction[] = [];
  /** Actions sent, not yet answered. */
  @state() private sending: PendingAction[] = [];
  /** Stories acted on and confirmed since the list was loaded. */
  @state() private settled = new Set<string>();
  @state() private failure = '';
  @state() private announcement = '';
  @state() private current: string | undefined;
  @state() private helpOpen = false;
  @state() private since = isoDay(new Date(Date.now() - 7 * 86_400_000));
  @state() private until = isoDay(new Date());
  @state() private format: DigestFormat = 'markdown';
  @state() private rangeError: 'sinceRequired' | 'untilRequired' | 'rangeOrder' | undefined;
  @state() private copyMessage = '';

  @query('#token') private tokenInput!: HTMLInputElement;
  @query('#digest-text') private digestArea: HTMLTextAreaElement | null | undefined;

  #announcements = 0;
  /** A token that has not yet been accepted by the server; stored only once it is. */
  #unverified: string | undefined;
  #reloads = 0;
  /** Each story's text, rendered once: re-rendering on every announcement would churn the DOM under a screen reader. */
  #bodies = new WeakMap<AdminStory, HTMLElement>();

  #list = new Task(this, {
    task: async ([client, status]: readonly [AdminApi | undefined, StoryStatus, number], { signal }) => {
      if (!client) return [];
      try {
        const stories = await client.listStories({ status }, { signal });
        this.settled = new Set();
        if (this.#unverified !== undefined) this.#accept(this.#unverified);
        return stories;
      } catch (error) {
        if (error instanceof SourceError && error.kind === 'unauthorized') this.#refuse();
        else if (this.#unverified !== undefined && !signal.aborted) {
          // The token could not be checked: back to the form, with the reason, the token not stored.
          this.#forget();
          this.tokenError = this.t('tokenUnchecked', { reason: this.#reason(error) });
        } else this.#fail(error, this.t('loadFailed', { reason: this.#reason(error) }));
        throw error;
      }
    },
    args: () => [this.client, this.status, this.#reloads] as const,
  });

  #digest = new Task(this, {
    autoRun: false,
    task: async ([client, since, until, format]: readonly [AdminApi | undefined, string, string, DigestFormat], { signal }) => {
      if (!client) return '';
      try {
        const text = await client.digest({ since, until, format }, { signal });
        this.#announce(this.t('digestReady'));
        return text;
      } catch (error) {
        if (error instanceof SourceError && error.kind === 'unauthorized') this.#refuse();
        else this.#fail(error, this.t('digestFailed', { reason: this.#reason(error) }));
        throw error;
      }
    },
    args: () => [this.client, this.since, this.until, this.format] as const,
  });

  private get t() {
    return moderationQueueStrings(this.locale);
  }

  get #storageKey(): string {
    return `${TOKEN_KEY} ${this.#endpoint ?? ''}`;
  }

  get #endpoint(): string | undefined {
    return this.endpoint?.trim() || pageEndpoint(this.ownerDocument) || undefined;
  }

  get #visible(): AdminStory[] {
    const hidden = new Set([...this.settled, ...[...this.pending, ...this.sending].map((p) => p.story.id)]);
    return (this.#list.value ?? []).filter((story) => !hidden.has(story.id));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.client) return;
    let token: string | null = null;
    try {
      token = sessionStorage.getItem(this.#storageKey);
    } catch {
      // Storage can be blocked (sandboxed frames, strict privacy settings): the moderator signs in each time.
    }
    if (token) this.#signIn(token, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // The moderator decided; leaving the page early should not silently drop the decision.
    void this.flushPending();
  }

  #makeClient(token: string): AdminApi | undefined {
    if (this.adminClient) return this.adminClient(token);
    const endpoint = this.#endpoint;
    return endpoint ? new AdminClient(endpoint, token) : undefined;
  }

  #signIn(token: string, stored: boolean): void {
    this.#unverified = stored ? undefined : token;
    this.client = this.#makeClient(token);
    this.signedIn = this.client !== undefined;
  }

  #accept(token: string): void {
    this.#unverified = undefined;
    try {
      sessionStorage.setItem(this.#storageKey, token);
    } catch {
      // Without storage the token lives in memory only, which is still safe.
    }
    this.tokenError = '';
    this.#announce(this.t('signedIn'));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#queue-heading')?.focus());
  }

  /** The server refused the token: forget it everywhere and ask again. */
  #refuse(): void {
    this.tokenError = this.t(this.#unverified === undefined ? 'tokenExpired' : 'tokenRefused');
    this.#forget();
    void this.updateComplete.then(() => this.tokenInput?.focus());
  }

  #forget(): void {
    this.#unverified = undefined;
    try {
      sessionStorage.removeItem(this.#storageKey);
    } catch {
      // Nothing was stored.
    }
    for (const p of this.pending) clearTimeout(p.timer);
    this.pending = [];
    this.client = undefined;
    this.signedIn = false;
  }

  /** A failure in the moderator's words; the server's own message is for logs, not for this tool's language. */
  #reason(error: unknown): string {
    const kind = error instanceof SourceError ? error.kind : 'other';
    return this.t(REASONS.includes(kind) ? (`error_${kind}` as 'error_other') : 'error_other');
  }

  #fail(error: unknown, message?: string): void {
    if (error instanceof DOMException && error.name === 'AbortError') return;
    const code = error instanceof SourceError ? error.kind : 'unknown';
    // Built first, then dispatched: the manifest analyzer would list `new X(…)` arguments as event names (the @fires tags document them).
    const event = new ChorusErrorEvent({ code, message: message ?? this.#reason(error) });
    this.dispatchEvent(event);
  }

  #announce(text: string): void {
    this.#announcements++;
    this.announcement = text;
  }

  #onTokenSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const token = this.tokenInput.value.trim();
    if (!token) {
      this.tokenError = this.t('tokenRequired');
      this.tokenInput.focus();
      return;
    }
    this.tokenError = '';
    // The focused button is disabled while the server checks the token: say what is happening.
    this.#announce(this.t('checking'));
    this.#signIn(token, false);
  }

  async #onSignOut(): Promise<void> {
    await this.signOut();
    await this.updateComplete;
    this.tokenInput?.focus();
  }

  #onStatusChange(event: Event): void {
    this.status = (event.target as HTMLSelectElement).value as StoryStatus;
  }

  #onTabKey(event: KeyboardEvent): void {
    const tabs: ModerationTab[] = ['queue', 'digest'];
    const step = this.direction === 'rtl' ? -1 : 1;
    const moves: Record<string, number> = { ArrowRight: step, ArrowLeft: -step };
    let next: ModerationTab | undefined;
    if (event.key in moves) next = tabs[(tabs.indexOf(this.tab) + (moves[event.key] ?? 0) + tabs.length) % tabs.length];
    else if (event.key === 'Home') next = 'queue';
    else if (event.key === 'End') next = 'digest';
    if (!next) return;
    event.preventDefault();
    this.tab = next;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${next}`)?.focus());
  }

  #onFocusIn(event: FocusEvent): void {
    const story = (event.target as HTMLElement).closest<HTMLElement>('[data-story]');
    if (story) this.current = story.dataset['story'];
  }

  #onQueueKey(event: KeyboardEvent): void {
    if (this.noShortcuts || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.composedPath()[0] ?? null)) return;
    const key = event.key.toLowerCase();
    const stories = this.#visible;
    const index = stories.findIndex((story) => story.id === this.current);
    const focused = (this.shadowRoot?.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-story]');
    const story = focused ? stories.find((s) => s.id === focused.dataset['story']) : undefined;
    if (key === 'j' || key === 'k') {
      const target = stories[index < 0 ? 0 : Math.min(stories.length - 1, Math.max(0, index + (key === 'j' ? 1 : -1)))];
      if (target) void this.#focusStory(target.id);
    } else if (key === 'u') {
      const last = this.pending.at(-1);
      if (last) this.undo(last.story.id);
    } else if (key === '?') {
      this.helpOpen = !this.helpOpen;
    } else if (KEY_ACTIONS[key] && story && story.status !== STATUS_AFTER[KEY_ACTIONS[key]]) {
      this.act(story.id, KEY_ACTIONS[key]);
    } else return;
    event.preventDefault();
  }

  async #focusStory(id: string | undefined): Promise<void> {
    this.current = id;
    await this.updateComplete;
    const target = id ? this.renderRoot.querySelector<HTMLElement>(`[data-story="${CSS.escape(id)}"]`) : null;
    (target ?? this.renderRoot.querySelector<HTMLElement>('#queue-heading'))?.focus();
  }

  async #commit(entry: PendingAction): Promise<void> {
    clearTimeout(entry.timer);
    if (!this.pending.includes(entry)) return;
    // Once sent it can no longer be undone (or sent again): it leaves the undo bar but stays hidden until the answer.
    this.pending = this.pending.filter((p) => p !== entry);
    this.sending = [...this.sending, entry];
    const client = this.client;
    const { story, action } = entry;
    try {
      if (!client) throw new SourceError('unauthorized', 'Signed out');
      const call = action === 'approve' ? client.approve : action === 'reject' ? client.reject : client.markSpam;
      const updated = await call.call(client, story.id);
      this.settled = new Set([...this.settled, story.id]);
      const event = new ChorusModerateEvent(action, updated);
      this.dispatchEvent(event);
    } catch (error) {
      if (error instanceof SourceError && error.kind === 'unauthorized') {
        this.#refuse();
        return;
      }
      this.failure = this.t(`failed_${action}`, { title: story.title, reason: this.#reason(error) });
      this.#announce(this.failure);
      this.#fail(error, this.failure);
    } finally {
      this.sending = this.sending.filter((p) => p !== entry);
    }
  }

  /**
   * Signs in with a token from code (a host app that already holds it). Like the form,
   * it is stored in sessionStorage only once the server accepts it. Never put a token in an attribute.
   */
  signIn(token: string): void {
    this.tokenError = '';
    this.#signIn(token.trim(), false);
  }

  /** Sends the actions still in their undo window, then forgets the token. */
  async signOut(): Promise<void> {
    await this.flushPending();
    this.#forget();
    this.tokenError = '';
    this.#announce(this.t('signedOut'));
  }

  /** Holds every undo timer while focus is in the undo bar, so reaching Undo is never a race; restarts them when it leaves. */
  #onUndoFocus(event: FocusEvent): void {
    if (event.type === 'focusout' && (event.currentTarget as Element).contains(event.relatedTarget as Node | null)) return;
    for (const entry of this.pending) {
      clearTimeout(entry.timer);
      if (event.type === 'focusout') entry.timer = setTimeout(() => void this.#commit(entry), this.undoDelay);
    }
  }

  /** Applies an action now (optimistically) and sends it when the undo window closes. */
  act(id: string, action: ModerationAction): void {
    const stories = this.#visible;
    const index = stories.findIndex((s) => s.id === id);
    const story = stories[index];
    if (!story) return;
    const entry: PendingAction = { story, action, timer: setTimeout(() => void this.#commit(entry), this.undoDelay) };
    this.pending = [...this.pending, entry];
    this.failure = '';
    this.#announce(`${this.t(`done_${action}`, { title: story.title })} ${this.t('undoHint')}`);
    // Keep the moderator's place: the next story, else the one before, else the list heading.
    void this.#focusStory((stories[index + 1] ?? stories[index - 1])?.id);
  }

  /** Cancels a not-yet-sent action; the story comes back where it was. */
  undo(id: string): void {
    const entry = this.pending.find((p) => p.story.id === id);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.pending = this.pending.filter((p) => p !== entry);
    this.#announce(this.t('undone', { title: entry.story.title }));
    void this.#focusStory(id);
  }

  /** Sends every action still inside its undo window now. */
  async flushPending(): Promise<void> {
    await Promise.all(this.pending.map((entry) => this.#commit(entry)));
  }

  /** Reloads the list from the server. */
  reload(): void {
    this.#reloads++;
    this.requestUpdate();
  }

  #onDigestSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.rangeError = !this.since ? 'sinceRequired' : !this.until ? 'untilRequired' : this.since > this.until ? 'rangeOrder' : undefined;
    if (this.rangeError) {
      const field = this.rangeError === 'untilRequired' ? '#until' : '#since';
      this.renderRoot.querySelector<HTMLElement>(field)?.focus();
      return;
    }
    this.copyMessage = '';
    this.#announce(this.t('building'));
    void this.#digest.run();
  }

  async #onCopy(): Promise<void> {
    const text = this.#digest.value ?? '';
    try {
      await navigator.clipboard.writeText(text);
      this.copyMessage = this.t('copied');
    } catch {
      // No clipboard permission (or an insecure page): select the text so one keystroke copies it.
      this.digestArea?.focus();
      this.digestArea?.select();
      this.copyMessage = this.t('copyFallback');
    }
    this.#announce(this.copyMessage);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const status = this.tab === 'digest' ? this.#digest.status : this.#list.status;
    this.state = !this.client
      ? 'ready'
      : status === TaskStatus.ERROR
        ? 'error'
        : status === TaskStatus.PENDING || (this.tab === 'queue' && status === TaskStatus.INITIAL)
          ? 'loading'
          : this.tab === 'queue' && this.#visible.length === 0
            ? 'empty'
            : 'ready';
  }

  #ago(iso: string): TemplateResult {
    // A clock a little ahead of the server must not say "in 2 seconds".
    const ago = relativeTime(iso, this.locale, Math.max(Date.now(), Date.parse(iso)));
    return html`<time datetime=${iso} title=${new Date(iso).toLocaleString(this.locale)}>${this.t('sent', { ago })}</time>`;
  }

  #body(story: AdminStory): HTMLElement {
    let body = this.#bodies.get(story);
    if (!body) {
      // Submitters write in their own direction, whatever the page's: let the text decide.
      body = Object.assign(document.createElement('div'), { className: 'body', dir: 'auto' });
      body.setAttribute('part', 'body');
      body.append(story.bodyFormat === 'html' ? renderHtml(story.body, { images: false }) : renderMarkdown(story.body, { images: false }));
      this.#bodies.set(story, body);
    }
    return body;
  }

  #renderTokenForm() {
    const error = this.tokenError;
    const checking = this.client !== undefined;
    return html`<form part="token-form" class="token-form" novalidate @submit=${this.#onTokenSubmit}>
      <label for="token">${this.t('tokenLabel')}</label>
      <p id="token-hint" class="hint">${this.t('tokenHint')}</p>
      ${error ? html`<p id="token-error" class="field-error"><span class="visually-hidden">${this.t('errorPrefix')}</span> ${error}</p>` : nothing}
      <input
        id="token"
        name="token"
        type="password"
        autocomplete="current-password"
        spellcheck="false"
        aria-describedby=${error ? 'token-hint token-error' : 'token-hint'}
        aria-invalid=${error ? 'true' : 'false'}
        ?disabled=${checking}
      />
      <button type="submit" ?disabled=${checking}>${checking ? this.t('checking') : this.t('signIn')}</button>
    </form>`;
  }

  #renderStory(story: AdminStory, focusable: boolean) {
    const t = this.t;
    const email = story.authorEmail && EMAIL.test(story.authorEmail) ? story.authorEmail : undefined;
    const link = safeHttp(story.link);
    const flagged = story.flags.length > 0;
    return html`<li>
      <article
        part="story"
        class=${flagged ? 'story flagged' : 'story'}
        data-story=${story.id}
        tabindex=${focusable ? 0 : -1}
        aria-labelledby="title-${story.id}"
        aria-describedby=${flagged ? `flags-${story.id}` : nothing}
      >
        <header>
          <span class="kind">${t(`kind_${story.kind}`)}</span>
          <h4 id="title-${story.id}" dir="auto">${story.title}</h4>
          <p class="meta">
            ${this.#ago(story.createdAt)} · ${t('by', { name: story.authorName })}
            (${email ? html`<a href="mailto:${email}" dir="ltr">${email}</a>` : t('noEmail')})
            ${story.region ? html`· ${t('region', { region: story.region })}` : nothing}
          </p>
        </header>
        ${
          flagged
            ? html`<p part="flags" class="flags" id="flags-${story.id}">
                <strong>${t('flags')}</strong>
                ${story.flags.map((flag) => {
                  const key = `flag_${flag}` as 'flag_honeypot';
                  return html`<span class="flag">${t(key) === key ? flag : t(key)}</span>`;
                })}
              </p>`
            : nothing
        }
        ${story.body.trim() ? this.#body(story) : html`<p part="body" class="body hint">${t('emptyBody')}</p>`}
        ${link ? html`<p>${t('link')} <a href=${link} rel="noopener noreferrer nofollow" target="_blank" dir="ltr">${link}</a></p>` : nothing}
        ${story.tags.length ? html`<p class="tags">${story.tags.map((tag) => html`<span class="tag" dir="ltr">#${tag}</span>`)}</p>` : nothing}
        ${
          story.links.length
            ? html`<p class="amplified">
                ${t('amplified')}
                ${story.links.map((l) => {
                  const href = safeHttp(l.url);
                  const label = l.rel === 'github' ? t('rel_github') : l.rel === 'discourse' ? t('rel_discourse') : (l.label ?? l.rel);
                  return href ? html`<a href=${href} rel="noopener noreferrer" target="_blank">${label}</a>` : nothing;
                })}
              </p>`
            : story.status === 'approved'
              ? html`<p class="amplified hint">${t('notAmplified')}</p>`
              : nothing
        }
        ${
          story.deliveries?.length
            ? html`<p class="deliveries">
                ${t('deliveries')}
                ${story.deliveries.map(
                  (delivery) =>
                    html`<span class=${`delivery ${delivery.status}`}
                        >${t(`target_${delivery.target}`)}:
                        ${t(`delivery_${delivery.status}`, { attempts: delivery.attempts, error: delivery.lastError ?? '' })}</span
                      >; `,
                )}
              </p>`
            : nothing
        }
        <div part="actions" class="actions">
          ${ACTIONS.filter((action) => STATUS_AFTER[action] !== story.status).map(
            (action) =>
              html`<button
                type="button"
                class=${action}
                aria-keyshortcuts=${this.noShortcuts ? nothing : (action[0] ?? '')}
                @click=${() => this.act(story.id, action)}
              >
                ${t(action)}<span class="visually-hidden"> “${story.title}”</span>
              </button>`,
          )}
        </div>
      </article>
    </li>`;
  }

  #renderHelp() {
    const t = this.t;
    const keys: [string, Parameters<typeof t>[0]][] = [
      ['J', 'key_next'],
      ['K', 'key_previous'],
      ['A', 'key_approve'],
      ['R', 'key_reject'],
      ['S', 'key_spam'],
      ['U', 'key_undo'],
      ['?', 'key_help'],
    ];
    return html`<details part="help" class="help" ?open=${this.helpOpen} @toggle=${(e: Event) => (this.helpOpen = (e.target as HTMLDetailsElement).open)}>
      <summary>${t('shortcuts')}</summary>
      <p>${t('shortcutsIntro')}</p>
      <dl>
        ${keys.map(
          ([key, label]) =>
            html`<div>
              <dt><kbd>${key}</kbd></dt>
              <dd>${t(label)}</dd>
            </div>`,
        )}
      </dl>
    </details>`;
  }

  #renderQueue() {
    const t = this.t;
    const stories = this.#visible;
    // Roving tabindex: one story is a Tab stop, J and K move between them.
    const current = stories.some((story) => story.id === this.current) ? this.current : stories[0]?.id;
    return html`<div class="toolbar">
        <label for="status">${t('filterLabel')}</label>
        <select id="status" .value=${live(this.status)} @change=${this.#onStatusChange}>
          ${STORY_STATUSES.map((status) => html`<option value=${status} ?selected=${status === this.status}>${t(`status_${status}`)}</option>`)}
        </select>
      </div>
      ${this.noShortcuts ? nothing : this.#renderHelp()}
      ${
        this.pending.length
          ? html`<ul part="undo" class="undo" role="list" @focusin=${this.#onUndoFocus} @focusout=${this.#onUndoFocus}>
              ${this.pending.map(
                (p) =>
                  html`<li>
                    <span>${t(`done_${p.action}`, { title: p.story.title })}</span>
                    <button type="button" @click=${() => this.undo(p.story.id)}>${t('undo')}<span class="visually-hidden"> “${p.story.title}”</span></button>
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      ${
        this.failure
          ? html`<div class="failure" role="alert">
              <p>${this.failure}</p>
              <button type="button" @click=${() => (this.failure = '')}>${t('dismiss')}</button>
            </div>`
          : nothing
      }
      <h3 id="queue-heading" tabindex="-1">
        ${t(`listHeading_${this.status}`)}${
          this.#list.status === TaskStatus.COMPLETE
            ? html` <span class="count">(${t(pluralKey('count', stories.length, this.locale), { count: stories.length })})</span>`
            : nothing
        }
      </h3>
      ${this.#list.render({
        initial: () => html`<p class="hint">${t('loading')}</p>`,
        pending: () => html`<p class="hint" aria-busy="true">${t('loading')}</p>`,
        error: (error) =>
          html`<div class="failure" role="alert">
            <p>${t('loadFailed', { reason: this.#reason(error) })}</p>
            <button type="button" @click=${() => this.reload()}>${t('retry')}</button>
          </div>`,
        complete: () =>
          stories.length
            ? html`<ul class="stories" role="list">
                ${repeat(
                  stories,
                  (story) => story.id,
                  (story) => this.#renderStory(story, story.id === current),
                )}
              </ul>`
            : html`<p class="empty">${this.status === 'pending' ? t('empty_pending') : t('empty_other')}</p>`,
      })}`;
  }

  #renderDigest() {
    const t = this.t;
    const error = this.rangeError;
    const errorFor = (field: 'since' | 'until') => (error && (error === 'untilRequired') === (field === 'until') ? error : undefined);
    const field = (name: 'since' | 'until') => {
      const fieldError = errorFor(name);
      return html`<div class="field">
        <label for=${name}>${t(name)}</label>
        ${fieldError ? html`<p id="${name}-error" class="field-error"><span class="visually-hidden">${t('errorPrefix')}</span> ${t(fieldError)}</p>` : nothing}
        <input
          id=${name}
          type="date"
          required
          .value=${live(this[name])}
          aria-invalid=${fieldError ? 'true' : 'false'}
          aria-describedby=${fieldError ? `${name}-error` : nothing}
          @input=${(e: Event) => (this[name] = (e.target as HTMLInputElement).value)}
        />
      </div>`;
    };
    return html`<div part="digest" class="digest">
      <h3 id="digest-heading">${t('digestHeading')}</h3>
      <p class="hint">${t('digestIntro')}</p>
      <form novalidate @submit=${this.#onDigestSubmit}>
        <div class="range">${field('since')} ${field('until')}</div>
        <fieldset>
          <legend>${t('format')}</legend>
          ${(['markdown', 'html'] as const).map(
            (format) =>
              html`<label class="choice"
                ><input type="radio" name="format" value=${format} .checked=${live(this.format === format)} @change=${() => (this.format = format)} />
                ${t(`format_${format}`)}</label
              >`,
          )}
        </fieldset>
        <button type="submit" ?disabled=${this.#digest.status === TaskStatus.PENDING}>${t('build')}</button>
      </form>
      ${this.#digest.render({
        pending: () => html`<p class="hint" aria-busy="true">${t('building')}</p>`,
        error: (error) => html`<p class="failure" role="alert">${t('digestFailed', { reason: this.#reason(error) })}</p>`,
        complete: (text) =>
          html`<label for="digest-text">${t('digestText')}</label>
            <textarea id="digest-text" readonly rows="14" .value=${text}></textarea>
            <p class="copy">
              <button type="button" @click=${this.#onCopy}>${t('copy')}</button>
              <span>${this.copyMessage}</span>
            </p>`,
      })}
    </div>`;
  }

  override render() {
    const t = this.t;
    const verified = this.client !== undefined && this.#unverified === undefined;
    const noEndpoint = !this.adminClient && !this.#endpoint;
    const tab = (name: ModerationTab) =>
      html`<button
        type="button"
        role="tab"
        id="tab-${name}"
        aria-selected=${this.tab === name ? 'true' : 'false'}
        aria-controls="panel-${name}"
        tabindex=${this.tab === name ? 0 : -1}
        @click=${() => (this.tab = name)}
      >
        ${t(name === 'queue' ? 'tabQueue' : 'tabDigest')}
      </button>`;
    return html`<section aria-labelledby="heading">
      <header class="top">
        <h2 id="heading">${t('heading')}</h2>
        ${verified ? html`<button type="button" class="sign-out" @click=${this.#onSignOut}>${t('signOut')}</button>` : nothing}
      </header>
      ${
        noEndpoint
          ? html`<p class="failure">${t('noEndpoint')}</p>`
          : !verified
            ? this.#renderTokenForm()
            : html`<div part="tabs" class="tabs" role="tablist" aria-label=${t('tabs')} @keydown=${this.#onTabKey}>${tab('queue')} ${tab('digest')}</div>
                <div
                  id="panel-queue"
                  role="tabpanel"
                  aria-labelledby="tab-queue"
                  ?hidden=${this.tab !== 'queue'}
                  @keydown=${this.#onQueueKey}
                  @focusin=${this.#onFocusIn}
                >
                  ${this.#renderQueue()}
                </div>
                <div id="panel-digest" role="tabpanel" aria-labelledby="tab-digest" ?hidden=${this.tab !== 'digest'}>${this.#renderDigest()}</div>`
      }
      <div class="visually-hidden" role="status">${keyed(this.#announcements, html`<span>${this.announcement}</span>`)}</div>
    </section>`;
  }
}

define('chorus-moderation-queue', ChorusModerationQueue);

declare global {
  interface HTMLElementTagNameMap {
    'chorus-moderation-queue': ChorusModerationQueue;
  }
  interface GlobalEventHandlersEventMap {
    'chorus-moderate': ChorusModerateEvent;
  }
}
