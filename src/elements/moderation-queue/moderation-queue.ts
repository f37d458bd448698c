import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { repeat } from 'lit/directives/repeat.js';
import type { AdminApi } from '../../client/admin.ts';
import { pageEndpoint } from '../../client/endpoint.ts';
import { SourceError } from '../../client/types.ts';
import type { AdminIdentity, AdminStory, AmplifyChannel, ShareKit, StoryChannel, StoryStatus } from '../../schema/index.ts';
import { STORY_CHANNELS } from '../../schema/rules.ts';
import { lazy } from '../../lazy.ts';
import { ChorusElement, define } from '../../shared/chorus-element.ts';
import { AdminSessionController } from '../../shared/controllers/admin-session-controller.ts';
import { FormFeedbackController } from '../../shared/controllers/form-feedback-controller.ts';
import { KeyboardShortcutsController } from '../../shared/controllers/keyboard-shortcuts-controller.ts';
import { TabsController } from '../../shared/controllers/tabs-controller.ts';
import { UndoQueueController } from '../../shared/controllers/undo-queue-controller.ts';
import { errorMessage } from '../../shared/error-messages.ts';
import { ChorusErrorEvent } from '../../shared/events.ts';
import { pluralKey } from '../../shared/locale.ts';
import { buttonStyles, tabStyles } from '../../shared/theme.ts';
import { copyText } from './copy-text.ts';
import './digest-builder.ts';
import type { ChorusAuditLog } from './audit-log.ts';
import type { DigestDelegate } from './digest-builder.ts';
import { ChorusModerateEvent } from './moderation-queue.events.ts';
import { moderationQueueStrings } from './moderation-queue.strings.ts';
import { pollAdminFor } from './poll-admin.ts';
import { pollsPanelStrings } from './polls-panel.strings.ts';
import { moderationQueueStyles } from './moderation-queue.styles.ts';
import type { ShareKitState } from './queue-amplify.ts';
import { channelFilter, shortcutsHelp, statusFilter, tokenForm, undoBar } from './queue-parts.ts';
import { STATUS_AFTER, StoryBodies, queueStory, type ModerationAction, type QueueStoryContext } from './queue-story.ts';

export { ChorusModerateEvent } from './moderation-queue.events.ts';
export type { ModerationAction } from './queue-story.ts';

/** The tabs: `queue`, `digest`, `polls`, `audit` (when the server keeps an audit log), `moderators` (the owner only). */
export type ModerationTab = 'queue' | 'digest' | 'polls' | 'audit' | 'moderators';

/**
 * One tab of the queue. The tab list is an array of these (see `#tabList`): a new tab is
 * one more entry, its panel a template (often an element of its own, like
 * `<chorus-digest-builder>`). `id` names the tab (`#tab-ID`), its panel (`#panel-ID`) and
 * the `tab` attribute's value.
 */
export interface QueueTab {
  id: ModerationTab;
  /** The tab's visible name. */
  label: string;
  /** The panel's content. Rendered once the tab has been opened, then kept (hidden) so its state survives. */
  render(): unknown;
  /** The panel's code, when it loads later (`lazy()`): fetched when the tab first opens, the panel upgrading in place. */
  load?: () => Promise<unknown>;
}

// The polls, the owner's and the auditor's tools: fetched the first time their tab opens, so moderating alone never downloads them.
const pollsPanel = lazy(() => import('./polls-panel.ts'));
const auditLog = lazy(() => import('./audit-log.ts'));
const moderatorsPanel = lazy(() => import('./moderators-panel.ts'));

const KEY_ACTIONS: Record<string, ModerationAction> = { a: 'approve', r: 'reject', s: 'spam' };

/**
 * Where moderators review submitted stories from every channel, choose where to amplify them,
 * read the audit log, manage moderators (the owner) and build the newsletter digest.
 * @tag chorus-moderation-queue
 * @summary Asks for the admin token, lists stories by status and channel with Approve / Reject / Mark as spam (with undo), amplification and share kits, the audit log, moderator accounts and the digest.
 * @fires chorus-moderate - The server confirmed an action. detail: {action: 'approve' | 'reject' | 'spam' | 'undo', story: AdminStory}
 * @fires chorus-error - A load, action or digest failed and the moderator was told. detail: {code, message}
 * @csspart token-form - The sign-in form.
 * @csspart tabs - The tab list (Queue, Digest, Polls, Audit log, Moderators).
 * @csspart story - One story in the queue.
 * @csspart origin - Where a story came in (channel icon and name, the member's handle, a link to the original).
 * @csspart decided - Who made a story's latest decision, and when.
 * @csspart amplify - The channels to share a story to on approval.
 * @csspart share-kit - The share kit for X and LinkedIn (text to copy, the network's composer).
 * @csspart flags - The warning badges of a story (likely spam, honeypot).
 * @csspart body - The rendered story text.
 * @csspart actions - A story's Approve / Reject / Mark as spam buttons.
 * @csspart undo - The bar of actions that can still be undone.
 * @csspart help - The keyboard shortcuts help.
 * @csspart digest - The digest form and text.
 * @csspart audit - The audit log.
 * @csspart moderators - The moderator accounts (owner only).
 * @csspart new-token - A new moderator's token, shown once.
 * @cssprop --chorus-color-accent - Buttons, links and the selected tab.
 * @cssprop --chorus-color-warning-surface - Background of spam warnings and the undo bar.
 */
export class ChorusModerationQueue extends ChorusElement {
  static override styles = [...ChorusElement.styles, buttonStyles, tabStyles, moderationQueueStyles];

  readonly #session = new AdminSessionController(this, {
    endpoint: () => this.endpoint?.trim() || pageEndpoint(this.ownerDocument) || undefined,
    factory: () => this.adminClient,
  });

  readonly #tokenFeedback = new FormFeedbackController<'token'>(this, {
    fields: ['token'],
    focusField: () => this.renderRoot.querySelector<HTMLElement>('#token')?.focus(),
  });

  readonly #undo = new UndoQueueController<AdminStory, ModerationAction>(this, {
    delay: () => this.undoDelay,
    commit: (story, action) => this.#commit(story, action),
  });

  readonly #tabs = new TabsController<ModerationTab>(this, {
    tabs: () => this.#tabList.map((tab) => tab.id),
    selected: () => this.#selectedTab,
    select: (tab) => void (this.tab = tab),
    label: (tab) => this.#tabList.find((each) => each.id === tab)?.label ?? tab,
  });

  readonly #shortcuts = new KeyboardShortcutsController(this, {
    enabled: () => !this.noShortcuts,
    keys: {
      j: () => this.#move(1),
      k: () => this.#move(-1),
      u: () => {
        const last = this.#undo.pending.at(-1);
        if (last) this.undo(last.item.id);
      },
      '?': () => void (this.helpOpen = !this.helpOpen),
      ...Object.fromEntries(Object.entries(KEY_ACTIONS).map(([key, action]) => [key, () => this.#actOnFocused(action)])),
    },
  });

  readonly #list = new Task(this, {
    task: async ([client, status, channel]: readonly [AdminApi | undefined, StoryStatus, StoryChannel | undefined, number], { signal }) => {
      if (!client) return [];
      try {
        const stories = await client.listStories(channel ? { status, channel } : { status }, { signal });
        this.settled = new Set();
        if (this.#session.accepted()) this.#welcome();
        return stories;
      } catch (error) {
        if (error instanceof SourceError && error.kind === 'unauthorized') this.#refuse();
        else if (this.#session.checking && !signal.aborted) {
          // The token could not be checked: back to the form, with the reason, the token not stored.
          this.#forget();
          this.#tokenProblem(this.#t('tokenUnchecked', { reason: errorMessage(error, 'reason', this.locale) }), false);
        } else this.#fail(error, this.#t('loadFailed', { reason: errorMessage(error, 'reason', this.locale) }));
        throw error;
      }
    },
    // An unknown `channel` attribute lists every channel rather than failing the list.
    args: () => [this.#session.client, this.status, STORY_CHANNELS.find((each) => each === this.channel), this.#reloads] as const,
  });

  /** Whose token this is: the owner gets the Moderators tab. A server without `GET /admin/me` simply has no such tab. */
  readonly #identity = new Task(this, {
    task: async ([client]: readonly [AdminApi | undefined], { signal }): Promise<AdminIdentity | undefined> => {
      if (!client?.me) return undefined;
      // Refusals are the list's to report: this only decides which tabs show.
      return client.me({ signal }).catch(() => undefined);
    },
    args: () => [this.#session.verified ? this.#session.client : undefined] as const,
  });

  /** Which stories the queue lists: `pending` (default), `approved`, `rejected` or `spam`. */
  @property({ reflect: true }) status: StoryStatus = 'pending';

  /** Only stories that came in through this channel: `form`, `github`, `discourse`, `slack` or `discord` (unset: every channel). */
  @property({ reflect: true }) channel: StoryChannel | undefined;

  /** The open tab: `queue` (default), `digest`, `audit` or `moderators` (the owner only; others see the queue). */
  @property({ reflect: true }) tab: ModerationTab = 'queue';

  /** Milliseconds an action can be undone before it is sent to the server. */
  @property({ type: Number, attribute: 'undo-delay' }) undoDelay = 6000;

  /** Turns off the single-key shortcuts (WCAG 2.1.4), e.g. for speech input that types letters. */
  @property({ type: Boolean, attribute: 'no-shortcuts' }) noShortcuts = false;

  /** Makes the admin API client for a token instead of the HTTP one on `endpoint` (tests, Storybook, custom backends). */
  @property({ attribute: false }) adminClient: ((token: string) => AdminApi) | undefined;

  /** Whether a token is in use; reflected so pages can style the signed-in state. Set by the element. */
  @property({ type: Boolean, reflect: true, attribute: 'signed-in' }) signedIn = false;

  /** Stories acted on and confirmed since the list was loaded. */
  @state() private settled = new Set<string>();
  @state() private failure = '';
  @state() private announcement = '';
  @state() private current: string | undefined;
  @state() private helpOpen = false;
  /** Share kits asked for, by story id. */
  @state() private kits = new Map<string, ShareKitState>();

  /** The amplification channels ticked per story, once the moderator changed them (else its preselected ones). */
  readonly #choices = new Map<string, Set<AmplifyChannel>>();
  /** What the last copy of each share kit said, by `storyId network action`. */
  readonly #kitMessages = new Map<string, string>();
  /** Tabs opened at least once: their panels stay rendered. */
  readonly #opened = new Set<ModerationTab>();

  #announcements = 0;
  #reloads = 0;
  readonly #bodies = new StoryBodies();

  readonly #digestDelegate: DigestDelegate = {
    announce: (text) => this.#announce(text),
    refused: () => this.#refuse(),
    changed: () => this.requestUpdate(),
  };

  get #t() {
    return moderationQueueStrings(this.locale);
  }

  /** The tabs, in order. One more tab is one more entry here. */
  get #tabList(): QueueTab[] {
    const t = this.#t;
    const client = this.#session.client;
    const tabs: (QueueTab | false)[] = [
      { id: 'queue', label: t('tabQueue'), render: () => this.#renderQueue() },
      {
        id: 'digest',
        label: t('tabDigest'),
        render: () => html`<chorus-digest-builder .client=${client} .delegate=${this.#digestDelegate}></chorus-digest-builder>`,
      },
      client !== undefined && {
        id: 'polls',
        label: pollsPanelStrings(this.locale)('tabPolls'),
        render: () =>
          html`<chorus-polls-panel
            .client=${pollAdminFor(client, this.endpoint?.trim() || pageEndpoint(this.ownerDocument) || undefined, this.#session.token)}
            .delegate=${this.#digestDelegate}
          ></chorus-polls-panel>`,
        load: pollsPanel.load,
      },
      client?.audit !== undefined && {
        id: 'audit',
        label: t('tabAudit'),
        render: () => html`<chorus-audit-log .client=${client} .delegate=${this.#digestDelegate}></chorus-audit-log>`,
        load: auditLog.load,
      },
      this.#identity.value?.role === 'owner' &&
        client?.listModerators !== undefined && {
          id: 'moderators',
          label: t('tabModerators'),
          render: () => html`<chorus-moderators-panel .client=${client} .delegate=${this.#digestDelegate}></chorus-moderators-panel>`,
          load: moderatorsPanel.load,
        },
    ];
    return tabs.filter((tab): tab is QueueTab => tab !== false);
  }

  /** The open tab: the `tab` property when it is offered, else the queue. */
  get #selectedTab(): ModerationTab {
    return this.#tabList.some((tab) => tab.id === this.tab) ? this.tab : 'queue';
  }

  #chosen = (story: AdminStory): ReadonlySet<AmplifyChannel> =>
    this.#choices.get(story.id) ?? new Set(story.amplification?.channels.filter((option) => option.preselected).map((option) => option.channel));

  #choose = (story: AdminStory, channel: AmplifyChannel, on: boolean): void => {
    const chosen = new Set(this.#chosen(story));
    if (on) chosen.add(channel);
    else chosen.delete(channel);
    this.#choices.set(story.id, chosen);
    this.requestUpdate();
  };

  #openShareKit = (story: AdminStory): void => {
    const client = this.#session.client;
    const known = this.kits.get(story.id);
    if (!client?.shareKits || (known && known.status !== 'failed')) return;
    this.kits = new Map(this.kits).set(story.id, { status: 'loading' });
    void this.track(
      client.shareKits(story.id).then(
        (kits) => void (this.kits = new Map(this.kits).set(story.id, { status: 'ready', kits })),
        (error: unknown) => {
          if (error instanceof SourceError && error.kind === 'unauthorized') return this.#refuse();
          const message = this.#t('shareKitFailed', { reason: errorMessage(error, 'reason', this.locale) });
          this.kits = new Map(this.kits).set(story.id, { status: 'failed', message });
          this.#announce(message);
          this.#fail(error, message);
        },
      ),
    );
  };

  #copyKit = async (story: AdminStory, kit: ShareKit): Promise<void> => {
    const field = this.renderRoot.querySelector<HTMLTextAreaElement>(`#${CSS.escape(`kit-${story.id}-${kit.network}-${kit.action}`)}`);
    const copied = await copyText(kit.text, field);
    const message = this.#t(copied ? 'copied' : 'copyFallback');
    this.#kitMessages.set(`${story.id} ${kit.network} ${kit.action}`, message);
    this.#announce(message);
  };

  #undoDecision = (story: AdminStory): void => {
    const undo = this.#session.client?.undoDecision?.bind(this.#session.client);
    if (!undo) return;
    const t = this.#t;
    this.failure = '';
    void this.track(
      (async () => {
        try {
          const updated = await undo(story.id, story.status);
          this.settled = new Set([...this.settled, story.id]);
          this.#announce(t('undecided', { title: story.title, status: t(`status_${updated.status}`) }));
          const event = new ChorusModerateEvent('undo', updated);
          this.dispatchEvent(event);
          const stories = this.#visible;
          await this.rendered();
          void this.#focusStory(stories[0]?.id);
        } catch (error) {
          if (error instanceof SourceError && error.kind === 'unauthorized') return this.#refuse();
          this.failure =
            error instanceof SourceError && error.status === 409
              ? t('undoConflict', { title: story.title })
              : t('failed_undo', { title: story.title, reason: errorMessage(error, 'reason', this.locale) });
          this.#announce(this.failure);
          this.#fail(error, this.failure);
        }
      })(),
    );
  };

  get #visible(): AdminStory[] {
    const hidden = new Set([...this.settled, ...this.#undo.items.map((story) => story.id)]);
    return (this.#list.value ?? []).filter((story) => !hidden.has(story.id));
  }

  #welcome(): void {
    this.#tokenFeedback.clear();
    this.#announce(this.#t('signedIn'));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#queue-heading')?.focus());
  }

  #tokenProblem(message: string, focus = true): void {
    this.#tokenFeedback.show([{ field: 'token', message }], { summary: false });
    if (focus) void this.updateComplete.then(() => this.#tokenFeedback.focus());
  }

  /** The server refused the token: forget it everywhere and ask again. */
  #refuse(): void {
    const why = this.#session.refused();
    this.#forget();
    this.#tokenProblem(this.#t(why === 'expired' ? 'tokenExpired' : 'tokenRefused'));
  }

  #forget(): void {
    this.#session.forget();
    this.#undo.clear();
  }

  #fail(error: unknown, message: string): void {
    if (error instanceof DOMException && error.name === 'AbortError') return;
    const code = error instanceof SourceError ? error.kind : 'unknown';
    // Built first, then dispatched: the manifest analyzer would list `new X(…)` arguments as event names (the @fires tags document them).
    const event = new ChorusErrorEvent({ code, message });
    this.dispatchEvent(event);
  }

  #announce(text: string): void {
    this.#announcements++;
    this.announcement = text;
  }

  #onTokenSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#token');
    const token = input?.value.trim() ?? '';
    if (!token) {
      this.#tokenProblem(this.#t('tokenRequired'), false);
      this.#tokenFeedback.focus();
      return;
    }
    this.#tokenFeedback.clear();
    // The focused button is disabled while the server checks the token: say what is happening.
    this.#announce(this.#t('checking'));
    this.#session.signIn(token);
  };

  #onSignOut = async (): Promise<void> => {
    await this.signOut();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#token')?.focus();
  };

  #onFocusIn = (event: FocusEvent): void => {
    const story = (event.target as HTMLElement).closest<HTMLElement>('[data-story]');
    if (story) this.current = story.dataset['story'];
  };

  #move(step: number): void {
    const stories = this.#visible;
    const index = stories.findIndex((story) => story.id === this.current);
    const target = stories[index < 0 ? 0 : Math.min(stories.length - 1, Math.max(0, index + step))];
    if (target) void this.#focusStory(target.id);
  }

  #actOnFocused(action: ModerationAction): boolean {
    const focused = (this.shadowRoot?.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-story]');
    const story = focused ? this.#visible.find((s) => s.id === focused.dataset['story']) : undefined;
    if (!story || story.status === STATUS_AFTER[action]) return false;
    this.act(story.id, action);
    return true;
  }

  async #focusStory(id: string | undefined): Promise<void> {
    this.current = id;
    await this.updateComplete;
    const target = id ? this.renderRoot.querySelector<HTMLElement>(`[data-story="${CSS.escape(id)}"]`) : null;
    (target ?? this.renderRoot.querySelector<HTMLElement>('#queue-heading'))?.focus();
  }

  async #commit(story: AdminStory, action: ModerationAction): Promise<void> {
    const client = this.#session.client;
    try {
      if (!client) throw new SourceError('unauthorized', 'Signed out');
      // The amplification choice travels only to a server that offered one (`{amplify: [...]}`, an empty list amplifies nowhere).
      const offered = story.amplification?.channels.map((option) => option.channel) ?? [];
      const chosen = this.#chosen(story);
      const amplify = offered.length ? offered.filter((channel) => chosen.has(channel)) : undefined;
      const updated =
        action === 'approve'
          ? await client.approve(story.id, amplify ? { amplify } : {})
          : action === 'reject'
            ? await client.reject(story.id)
            : await client.markSpam(story.id);
      this.#choices.delete(story.id);
      this.settled = new Set([...this.settled, story.id]);
      const event = new ChorusModerateEvent(action, updated);
      this.dispatchEvent(event);
    } catch (error) {
      if (error instanceof SourceError && error.kind === 'unauthorized') {
        this.#refuse();
        return;
      }
      this.failure = this.#t(`failed_${action}`, { title: story.title, reason: errorMessage(error, 'reason', this.locale) });
      this.#announce(this.failure);
      this.#fail(error, this.failure);
    }
  }

  /**
   * Signs in with a token from code (a host app that already holds it). Like the form,
   * it is stored in sessionStorage only once the server accepts it. Never put a token in an attribute.
   */
  signIn(token: string): void {
    this.#tokenFeedback.clear();
    this.#session.signIn(token.trim());
  }

  /** Sends the actions still in their undo window, then forgets the token. */
  async signOut(): Promise<void> {
    await this.flushPending();
    this.#forget();
    this.#tokenFeedback.clear();
    this.#announce(this.#t('signedOut'));
  }

  /** Applies an action now (optimistically) and sends it when the undo window closes. */
  act(id: string, action: ModerationAction): void {
    const stories = this.#visible;
    const index = stories.findIndex((s) => s.id === id);
    const story = stories[index];
    if (!story) return;
    this.#undo.add(story, action);
    this.failure = '';
    this.#announce(`${this.#t(`done_${action}`, { title: story.title })} ${this.#t('undoHint')}`);
    // Keep the moderator's place: the next story, else the one before, else the list heading.
    void this.#focusStory((stories[index + 1] ?? stories[index - 1])?.id);
  }

  /** Cancels a not-yet-sent action; the story comes back where it was. */
  undo(id: string): void {
    const entry = this.#undo.undo((story) => story.id === id);
    if (!entry) return;
    this.#announce(this.#t('undone', { title: entry.item.title }));
    void this.#focusStory(id);
  }

  /** Sends every action still inside its undo window now. */
  flushPending(): Promise<void> {
    return this.#undo.flush();
  }

  /** Reloads the list from the server. */
  reload(): void {
    this.#reloads++;
    this.requestUpdate();
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    // The panels' elements render in this shadow root: their updates are this element's too.
    const panels = this.renderRoot.querySelectorAll<ChorusElement>('chorus-digest-builder, chorus-audit-log, chorus-moderators-panel');
    await Promise.all([...panels].map((panel) => panel.updateComplete));
    return result;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.signedIn = this.#session.client !== undefined;
    const selected = this.#selectedTab;
    // Back on the audit log: decisions made meanwhile show at the top.
    if (changed.has('tab') && selected === 'audit' && this.#opened.has('audit'))
      void this.renderRoot.querySelector<ChorusAuditLog>('chorus-audit-log')?.refresh();
    if (!this.#opened.has(selected)) {
      const load = this.#tabList.find((tab) => tab.id === selected)?.load;
      // updateComplete waits for the panel's code, so pages and tests see it loaded.
      if (load) void this.track(load().then(() => this.rendered()));
    }
    const panel = this.renderRoot.querySelector<ChorusElement>(`#panel-${selected} > :is(chorus-digest-builder, chorus-audit-log, chorus-moderators-panel)`);
    const status = this.#list.status;
    this.state = !this.#session.client
      ? 'ready'
      : selected !== 'queue'
        ? (panel?.state ?? 'ready')
        : status === TaskStatus.ERROR
          ? 'error'
          : status === TaskStatus.PENDING || status === TaskStatus.INITIAL
            ? 'loading'
            : this.#visible.length === 0
              ? 'empty'
              : 'ready';
  }

  #renderQueue(): TemplateResult {
    const t = this.#t;
    const stories = this.#visible;
    // Roving tabindex: one story is a Tab stop, J and K move between them.
    const current = stories.some((story) => story.id === this.current) ? this.current : stories[0]?.id;
    const client = this.#session.client;
    const cx: QueueStoryContext = {
      t,
      shortcuts: !this.noShortcuts,
      body: this.#bodies.of,
      act: (id: string, action: ModerationAction) => this.act(id, action),
      undoDecision: client?.undoDecision ? this.#undoDecision : undefined,
      chosen: this.#chosen,
      choose: this.#choose,
      shareKit: client?.shareKits ? (story) => this.kits.get(story.id) : undefined,
      openShareKit: this.#openShareKit,
      copyKit: (story, kit) => void this.#copyKit(story, kit),
      copyMessage: (story, kit) => this.#kitMessages.get(`${story.id} ${kit.network} ${kit.action}`) ?? '',
    };
    return html`<div class="toolbar">
        ${statusFilter(t, this.status, (status) => (this.status = status))} ${channelFilter(t, this.channel, (channel) => (this.channel = channel))}
      </div>
      ${this.noShortcuts ? nothing : shortcutsHelp(t, this.helpOpen, (open) => (this.helpOpen = open))}
      ${this.#undo.pending.length ? undoBar(t, this.#undo.pending, (id) => this.undo(id), this.#undo.onFocus) : nothing}
      ${
        this.failure
          ? html`<div class="failure" role="alert">
              <p>${this.failure}</p>
              <button type="button" class="quiet" @click=${() => (this.failure = '')}>${t('dismiss')}</button>
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
            <p>${t('loadFailed', { reason: errorMessage(error, 'reason', this.locale) })}</p>
            <button type="button" class="quiet" @click=${() => this.reload()}>${t('retry')}</button>
          </div>`,
        complete: () =>
          stories.length
            ? html`<ul class="stories" role="list">
                ${repeat(
                  stories,
                  (story) => story.id,
                  (story) => queueStory(story, story.id === current, cx),
                )}
              </ul>`
            : html`<p class="empty">${this.status === 'pending' ? t('empty_pending') : t('empty_other')}</p>`,
      })}`;
  }

  #renderPanels(): TemplateResult {
    const selected = this.#selectedTab;
    this.#opened.add(selected);
    return html`${repeat(
      this.#tabList,
      (tab) => tab.id,
      (tab) =>
        html`<div
          id="panel-${tab.id}"
          role="tabpanel"
          aria-labelledby="tab-${tab.id}"
          ?hidden=${tab.id !== selected}
          @keydown=${tab.id === 'queue' ? this.#shortcuts.onKeydown : nothing}
          @focusin=${tab.id === 'queue' ? this.#onFocusIn : nothing}
        >
          ${this.#opened.has(tab.id) ? tab.render() : nothing}
        </div>`,
    )}`;
  }

  override render(): TemplateResult {
    const t = this.#t;
    const session = this.#session;
    return html`<section aria-labelledby="heading">
      <header class="top">
        <h2 id="heading">${t('heading')}</h2>
        ${session.verified ? html`<button type="button" class="sign-out quiet" @click=${this.#onSignOut}>${t('signOut')}</button>` : nothing}
      </header>
      ${
        !session.configured
          ? html`<p class="failure">${t('noEndpoint')}</p>`
          : !session.verified
            ? tokenForm(t, this.#tokenFeedback, session.checking, this.#onTokenSubmit)
            : html`${this.#tabs.render({ label: t('tabs') })} ${this.#renderPanels()}`
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
}
