import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { pageEndpoint } from '../../client/endpoint.ts';
import type { StorySource } from '../../client/types.ts';
import { lazy } from '../../lazy.ts';
import type { StorySubmission, SubmissionReceipt } from '../../schema/index.ts';
import { ChorusElement, define } from '../../shared/chorus-element.ts';
import { DraftController } from '../../shared/controllers/draft-controller.ts';
import { FormFeedbackController, problemsFromIssues } from '../../shared/controllers/form-feedback-controller.ts';
import { TabsController } from '../../shared/controllers/tabs-controller.ts';
import { draftKey } from '../../shared/drafts.ts';
import { ChorusErrorEvent, ChorusSubmitEvent, ChorusSubmittedEvent } from '../../shared/events.ts';
import { buttonStyles, tabStyles } from '../../shared/theme.ts';
import { bodyField, consentField, kindField, tagsField, textField, type FieldContext } from './story-form.fields.ts';
import { focusConfirmation, renderConfirmation } from './story-form.confirmation.ts';
import { storyFormStrings, type StoryFormKey } from './story-form.strings.ts';
import { storyFormStyles } from './story-form.styles.ts';
import { EMPTY, FIELDS, isField, kindList, parseTags, type Field, type StoryFormValues } from './story-form.values.ts';
import { dateFormat } from '../../shared/intl.ts';

export type { StoryFormValues } from './story-form.values.ts';

type Phase = 'editing' | 'sending' | 'failed' | 'offline' | 'online' | 'rate-limited' | 'handoff' | 'success';
/** A status or alert line, worded when rendered so it follows a change of language. */
type Notice = (locale: string) => string;
type Tab = 'write' | 'preview';

const CAPTCHA_INPUTS = '[name="captchaToken"],[name="cf-turnstile-response"],[name="g-recaptcha-response"],[name="h-captcha-response"]';
const FAILED: readonly Phase[] = ['failed', 'offline', 'rate-limited'];

// Loaded when someone first types or sends: zod and the schema's messages are not needed to show the form.
const validation = lazy(() => import('./story-form.validation.ts'));
// The client (the HTTP API and how an element finds it) and the words for a failure: the same
// chunk, loaded when someone first types or sends.
const clientCode = lazy(() => import('../../client/resolve.ts'));
const retryCode = lazy(() => import('../../shared/controllers/send-with-retry.ts'));
const errorCode = lazy(() => import('../../shared/error-messages.ts'));
// Only forms that hand stories to GitHub or Discourse need this, and only on sending.
const handoffCode = lazy(() => import('./story-form.handoff.ts'));
// Loaded when someone first opens Preview.
const richText = lazy(() => import('../../shared/rich-text.ts'));
// Outside the class so the manifest analyzer takes events from the @fires tags, not from guessing at dispatch calls.
const fire = (target: EventTarget, event: Event) => target.dispatchEvent(event);

/**
 * A story submission form anyone can use, that never loses a word.
 * @summary Collects a story (boost, news, story, event), keeps a draft, and sends it once.
 * @tag chorus-story-form
 *
 * @fires chorus-submit - Before sending (cancelable; cancel it to stop the send, the draft is kept). detail: {submission}
 * @fires chorus-submitted - The server acknowledged the story. detail: {id, status}
 * @fires chorus-error - Sending failed and the person was told why. detail: {code, message}
 *
 * @slot intro - Shown above the form.
 * @slot success - Replaces the default confirmation. Its first heading receives focus.
 * @slot captcha - A CAPTCHA widget; the token it writes to a hidden input (`captchaToken`, `cf-turnstile-response`, `g-recaptcha-response` or `h-captcha-response`) is sent as `captchaToken`.
 *
 * @csspart form - The form.
 * @csspart field - Each field's wrapper (the kind fieldset included).
 * @csspart label - Each label and legend.
 * @csspart hint - Each hint under a label.
 * @csspart input - Each text input, textarea and select-like control.
 * @csspart error-message - The message beside a field in error.
 * @csspart error-summary - The "There is a problem" box at the top.
 * @csspart draft-notice - The "we restored your draft" notice.
 * @csspart tabs - The Write / Preview tab list.
 * @csspart preview - The Markdown preview.
 * @csspart counter - The character count under the story.
 * @csspart suggestion - Each suggested tag button.
 * @csspart submit-button - The send button (it reads "Try again" after a failure).
 * @csspart button - Secondary buttons (discard draft, share another story).
 * @csspart alert - Why sending failed (offline, rate limited, server error).
 * @csspart status - Progress messages (sending, handed off).
 * @csspart success - The default confirmation.
 * @csspart success-heading - Its heading.
 *
 * @cssprop --chorus-color-accent - Buttons, links and the selected tab.
 * @cssprop --chorus-color-danger - Error messages and the error summary border.
 * @cssprop --chorus-color-border - Field borders.
 * @cssprop --chorus-color-warning-surface - Background of the draft and alert notices.
 * @cssprop --chorus-field-max-width - Widest a text field grows (default 40rem).
 */
export class ChorusStoryForm extends ChorusElement {
  static override styles = [...ChorusElement.styles, buttonStyles, tabStyles, storyFormStyles];

  readonly #draft = new DraftController<StoryFormValues>(this, {
    key: () => this.#draftKey,
    empty: EMPTY,
    isEmpty: (values) => FIELDS.every((field) => values[field] === EMPTY[field] || (field === 'kind' && this.#kinds.length === 1)),
  });

  readonly #feedback = new FormFeedbackController<Field>(this, {
    fields: FIELDS,
    word: (problem) => validation.value?.word(problem, this.locale) ?? problem.message,
    focusField: (field) => this.#focusField(field),
  });

  readonly #tabs = new TabsController<Tab>(this, {
    tabs: () => ['write', 'preview'],
    selected: () => this.tab,
    select: (tab) => this.#selectTab(tab),
    label: (tab) => this.#t(tab),
  });

  /** Which kinds to offer, in order, comma-separated (`boost,story`). Defaults to all: boost, news, story, event. */
  @property() kinds = '';

  /** Suggested tags, comma-separated (`pycon,community`). People may type others. */
  @property() tags = '';

  /** Where the privacy notice lives; linked beside the consent box. */
  @property({ attribute: 'privacy-url' }) privacyUrl: string | undefined;

  /** No-backend mode: `owner/repo` whose prefilled new-issue page opens on submit. */
  @property({ attribute: 'github-repo' }) githubRepo: string | undefined;

  /** No-backend mode: a Discourse category URL (`https://forum…/c/slug/id`) whose new-topic page opens on submit. */
  @property({ attribute: 'discourse-url' }) discourseUrl: string | undefined;

  /** Milliseconds to wait before each automatic retry after a network, timeout or 5xx failure; its length is the number of retries. */
  @property({ attribute: false }) retryDelays: number[] = [1000, 3000];

  @state() private phase: Phase = 'editing';
  @state() private notice: Notice | undefined;
  @state() private tab: Tab = 'write';

  #honeypot = '';
  #touched = new Set<Field>();
  #sending: AbortController | undefined;
  #rendering: { source: string; fragment: DocumentFragment } | undefined;
  /** Field checks held while a pointer is pressed (see #onFocusOut), run once its click has landed. */
  #held: Field[] | undefined;
  /** Counts sends, so a field check started before one never lands after it. */
  #sends = 0;

  get #t() {
    return storyFormStrings(this.locale);
  }

  get #kinds() {
    return kindList(this.kinds);
  }

  get #handoff(): boolean {
    return Boolean(this.githubRepo || this.discourseUrl);
  }

  get #draftKey(): string {
    const target = this.endpoint || pageEndpoint(this.ownerDocument) || this.githubRepo || this.discourseUrl || location.pathname;
    return draftKey(target, this.id || 'story-form');
  }

  get #context(): FieldContext {
    return { t: this.#t, values: this.#draft.values, feedback: this.#feedback };
  }

  #defaultKind(): void {
    const [only, ...others] = this.#kinds;
    if (only && !others.length && !this.#draft.values.kind) this.#draft.values = { ...this.#draft.values, kind: only };
  }

  #onInput = (event: Event): void => {
    const target = event.target as HTMLInputElement;
    if (target.name === 'website') {
      this.#honeypot = target.value;
      return;
    }
    if (!isField(target.name)) return;
    // The person is typing: fetch the rules and the client now, so leaving the field or sending waits for nothing.
    void validation.load();
    void clientCode.load();
    void retryCode.load();
    void errorCode.load();
    this.#draft.change({ [target.name]: target.type === 'checkbox' ? target.checked : target.value });
    this.#touched.add(target.name);
  };

  // Lion's rule: judge a field once the person has left it after typing, never while they type.
  // A press moves focus on `mousedown` (for a touch tap too), before its `mouseup` and `click`:
  // showing or clearing an error then would move the form under the pointer, and the click
  // would land on whatever slid there (or nowhere). So while a pointer is down, the check
  // waits until the click is over.
  #onFocusOut = (event: FocusEvent): void => {
    const name = (event.target as HTMLInputElement).name;
    if (!isField(name) || !this.#touched.has(name)) return;
    if (this.#held) {
      if (!this.#held.includes(name)) this.#held.push(name);
      return;
    }
    this.#checkField(name);
  };

  #checkField(name: Field): void {
    const sends = this.#sends;
    void this.track(
      this.#validate().then(({ problems }) => {
        // A send judged every field since; this answer is older than what shows.
        if (sends !== this.#sends || this.phase === 'success') return;
        this.#feedback.set(
          name,
          problems.find((problem) => problem.field === name),
        );
      }),
    );
  }

  #onPress = (): void => {
    this.#held ??= [];
  };

  // Runs after `mouseup`: the browser dispatches `click` in the same task, so a timeout comes after it.
  #onRelease = (): void => {
    setTimeout(() => {
      const held = this.#held;
      this.#held = undefined;
      for (const name of held ?? []) this.#checkField(name);
    });
  };

  #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.submit();
  };

  #onOnline = (): void => {
    if (this.phase === 'offline') {
      this.phase = 'online';
      this.notice = this.#say('online');
    }
  };

  #say(key: StoryFormKey): Notice {
    return (locale) => storyFormStrings(locale)(key);
  }

  async #selectTab(tab: Tab): Promise<void> {
    this.tab = tab;
    if (tab === 'preview' && !richText.value) {
      await richText.load();
      this.requestUpdate();
    }
  }

  #toggleTag(tag: string): void {
    const tags = parseTags(this.#draft.values.tags);
    this.#draft.change({ tags: (tags.includes(tag) ? tags.filter((other) => other !== tag) : [...tags, tag]).join(', ') });
  }

  async #focusField(field: Field): Promise<void> {
    if (field === 'body' && this.tab !== 'write') {
      this.tab = 'write';
      await this.rendered();
    }
    const root = this.renderRoot;
    const input = root.querySelector<HTMLElement>(`[name="${field}"]:checked`) ?? root.querySelector<HTMLElement>(`[name="${field}"]`);
    // GOV.UK scrolls the label (or legend) into view too, so the question is seen along with the field.
    root.querySelector(`#${field}-label`)?.scrollIntoView?.({ block: 'start' });
    input?.focus({ preventScroll: true });
  }

  #captchaToken(): string | undefined {
    const slot = this.renderRoot.querySelector<HTMLSlotElement>('slot[name="captcha"]');
    for (const element of slot?.assignedElements({ flatten: true }) ?? []) {
      const input = element.matches(CAPTCHA_INPUTS) ? element : element.querySelector(CAPTCHA_INPUTS);
      if ((input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement) && input.value) return input.value;
    }
    return undefined;
  }

  async #validate() {
    const rules = await validation.load();
    // Offline since the page opened and never typed in: the server still checks every rule.
    if (!rules) return { submission: undefined, problems: [], unchecked: true };
    const extras = { startedAt: this.#draft.startedAt, handoff: this.#handoff, captchaToken: this.#captchaToken(), honeypot: this.#honeypot };
    return { ...rules.validate(this.#draft.values, extras, this.locale), unchecked: false };
  }

  /** Validates; shows the problems (summary focused) or returns the submission. */
  async #check(): Promise<StorySubmission | undefined> {
    const { submission, problems, unchecked } = await this.#validate();
    if (unchecked) {
      this.#fail('offline', this.#say('offline'), 'offline');
      return undefined;
    }
    if (!submission) {
      this.#feedback.show(problems);
      await this.rendered();
      this.#feedback.focus();
      return undefined;
    }
    this.#feedback.clear();
    return submission;
  }

  async #send(submission: StorySubmission): Promise<void> {
    // Busy at once, in the same update as the press, even while the client code is still arriving.
    const controller = (this.#sending = new AbortController());
    this.phase = 'sending';
    this.notice = this.#say('sending');
    const [client, retry] = await Promise.all([clientCode.load(), retryCode.load()]);
    if (!client || !retry) return this.#fail('offline', this.#say('offline'), 'offline');
    let source: StorySource | null = null;
    try {
      source = this.resolveSourceWith(client.resolveSource);
    } catch {
      // An unreadable source attribute: the form has no server to send to.
    }
    if (!source) return this.#fail('unsupported', this.#say('noEndpoint'), 'failed');
    const outcome = await retry.sendWithRetry((signal) => source.submit(submission, { idempotencyKey: this.#draft.idempotencyKey, signal }), {
      delays: this.retryDelays,
      signal: controller.signal,
      onRetry: () => (this.notice = this.#say('retrying')),
    });
    if (outcome.ok) return this.#succeed(outcome.value);
    if (outcome.reason !== 'failed') {
      if (outcome.reason === 'offline') return this.#fail('offline', this.#say('offline'), 'offline');
      // Cut short by a disconnect: if the element comes back (moved by a framework), it must not stay busy.
      this.phase = 'editing';
      this.notice = undefined;
      return;
    }
    const { error } = outcome;
    if (error.kind === 'validation' && error.issues.length) {
      // Server problems travel through the same path as the form's own.
      this.phase = 'editing';
      this.notice = undefined;
      this.#feedback.show(problemsFromIssues(error.issues, isField));
      const [top] = this.#feedback.problems;
      fire(this, new ChorusErrorEvent({ code: error.kind, message: top ? this.#feedback.word(top) : error.message }));
      await this.updateComplete;
      this.#feedback.focus();
      return;
    }
    const errors = await errorCode.load();
    this.#fail(error.kind, (locale) => errors?.errorMessage(error, 'send', locale) ?? error.message, error.kind === 'rate-limited' ? 'rate-limited' : 'failed');
  }

  #fail(code: string, notice: Notice, phase: Phase): void {
    this.phase = phase;
    this.notice = notice;
    fire(this, new ChorusErrorEvent({ code, message: notice(this.locale) }));
  }

  async #succeed(receipt: SubmissionReceipt): Promise<void> {
    this.#draft.reset();
    this.#defaultKind();
    this.#touched.clear();
    this.#feedback.clear();
    this.notice = undefined;
    this.phase = 'success';
    fire(this, new ChorusSubmittedEvent(receipt));
    await this.updateComplete;
    focusConfirmation(this.renderRoot);
  }

  async #handOff(submission: StorySubmission): Promise<void> {
    const code = await handoffCode.load();
    if (!code) return this.#fail('offline', this.#say('offline'), 'offline');
    const key = await code.handOff({ githubRepo: this.githubRepo, discourseUrl: this.discourseUrl }, submission, this.#t);
    if (!key) return this.#fail('unsupported', this.#say('badTarget'), 'failed');
    this.phase = 'handoff';
    this.notice = this.#say(key);
  }

  async #another(): Promise<void> {
    this.#draft.startedAt = Date.now();
    this.phase = 'editing';
    await this.updateComplete;
    void this.#focusField(this.#kinds.length > 1 ? 'kind' : 'title');
  }

  /** Validates and sends the story, as pressing the send button does. */
  async submit(): Promise<void> {
    if (this.phase === 'sending') return;
    this.#sends++;
    // Saved before anything can fail or be cancelled, so a reload right after pressing send loses nothing.
    this.#draft.flush();
    let sent: Promise<void> | undefined;
    // Tracked until the send is under way, so `updateComplete` shows the problems or the busy form, not the moment between.
    await this.track(
      this.#check().then((submission) => {
        if (!submission || !fire(this, new ChorusSubmitEvent(submission))) return;
        sent = this.#handoff ? this.#handOff(submission) : this.#send(submission);
        return this.#handoff ? sent : undefined;
      }),
    );
    await sent;
  }

  /** Forgets the saved draft and empties the form. */
  async discardDraft(): Promise<void> {
    this.#draft.reset();
    this.#defaultKind();
    this.#touched.clear();
    this.#feedback.clear();
    this.phase = 'editing';
    this.notice = this.#say('draftDiscarded');
    await this.updateComplete;
    void this.#focusField(this.#kinds.length > 1 ? 'kind' : 'title');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.#onOnline);
    // Anywhere on the page: a press outside the form moves focus out of it just the same.
    window.addEventListener('mousedown', this.#onPress, true);
    window.addEventListener('mouseup', this.#onRelease, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.#onOnline);
    window.removeEventListener('mousedown', this.#onPress, true);
    window.removeEventListener('mouseup', this.#onRelease, true);
    this.#held = undefined;
    // A send cut short is safe to repeat: the draft and its key are still stored.
    this.#sending?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Restored at the first update, not on connect: frameworks often set `endpoint` or `id` just after inserting the element.
    if (!this.#draft.restored) {
      this.#draft.restore();
      this.#defaultKind();
    }
    this.state = this.phase === 'sending' ? 'loading' : FAILED.includes(this.phase) ? 'error' : 'ready';
  }

  #renderDraftNotice(): TemplateResult | typeof nothing {
    const restoredAt = this.#draft.restoredAt;
    if (restoredAt === undefined) return nothing;
    const date = dateFormat(this.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(restoredAt);
    return html`<div part="draft-notice" class="notice">
      <p>${this.#t('draftRestored', { date })}</p>
      <button type="button" part="button" class="quiet" @click=${() => this.discardDraft()}>${this.#t('discardDraft')}</button>
    </div>`;
  }

  #preview(): DocumentFragment | string {
    const body = this.#draft.values.body;
    const render = richText.value?.renderMarkdown;
    // Until (or if) the renderer arrives, the text as typed.
    if (!render) return body;
    // One fragment per text: a fragment empties when inserted, and re-rendering it on every update would churn the preview.
    if (this.#rendering?.source !== body) this.#rendering = { source: body, fragment: render(body) };
    return this.#rendering.fragment;
  }

  override render(): TemplateResult {
    if (this.phase === 'success') return renderConfirmation(this.#t, () => this.#another());
    const t = this.#t;
    const cx = this.#context;
    const sending = this.phase === 'sending';
    const failed = FAILED.includes(this.phase);
    const message = this.notice?.(this.locale) ?? '';
    const submitLabel =
      this.phase === 'offline' || this.phase === 'online'
        ? t('sendNow')
        : this.phase === 'failed' || this.phase === 'rate-limited'
          ? t('tryAgain')
          : this.githubRepo
            ? t('openGithub')
            : this.discourseUrl
              ? t('openDiscourse')
              : t('submit');
    return html`<slot name="intro"></slot>
      <form
        part="form"
        novalidate
        aria-label=${t('formLabel')}
        aria-busy=${sending ? 'true' : 'false'}
        @submit=${this.#onSubmit}
        @input=${this.#onInput}
        @focusout=${this.#onFocusOut}
      >
        ${this.#feedback.summary(t('summaryTitle'))} ${this.#renderDraftNotice()} ${kindField(cx, this.#kinds)} ${textField(cx, 'title')}
        ${textField(cx, 'link', { type: 'url', autocomplete: 'url', optional: cx.values.kind !== 'boost' })}
        ${bodyField(cx, { locale: this.locale, tab: this.tab, tabs: this.#tabs, preview: this.tab === 'preview' ? this.#preview() : '' })}
        ${tagsField(cx, this.tags, (tag) => this.#toggleTag(tag))} ${textField(cx, 'authorName', { autocomplete: 'name' })}
        ${this.#handoff ? nothing : textField(cx, 'authorEmail', { type: 'email', autocomplete: 'email', optional: true })}
        ${textField(cx, 'region', { optional: true })} ${consentField(cx, this.privacyUrl)}
        <div class="hp" aria-hidden="true">
          <label for="website">${t('honeypot')}</label>
          <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" />
        </div>
        <slot name="captcha"></slot>
        <div class="actions">
          <div part="alert" role="alert" class=${failed ? 'notice' : ''}>${failed ? html`<p>${message}</p>` : nothing}</div>
          <button type="submit" part="submit-button" class="primary" aria-disabled=${sending ? 'true' : 'false'}>${submitLabel}</button>
          <p part="status" role="status">${failed ? '' : message}</p>
        </div>
      </form>`;
  }
}

define('chorus-story-form', ChorusStoryForm);

declare global {
  interface HTMLElementTagNameMap {
    'chorus-story-form': ChorusStoryForm;
  }
}
