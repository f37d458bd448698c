import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { pageEndpoint } from '../../client/resolve.ts';
import { SourceError } from '../../client/types.ts';
import { LIMITS, STORY_KINDS, StorySubmission, charCount, localizeIssues, schemaStrings, type StoryKind, type SubmissionReceipt } from '../../schema/index.ts';
import { ChorusElement, define } from '../../shared/chorus-element.ts';
import { draftKey, newIdempotencyKey, readDraft, removeDraft, writeDraft } from '../../shared/drafts.ts';
import { ChorusErrorEvent, ChorusSubmitEvent, ChorusSubmittedEvent } from '../../shared/events.ts';
import { pluralKey } from '../../shared/locale.ts';
import type { renderMarkdown } from '../../shared/rich-text.ts';
import { storyFormStyles } from './story-form.styles.ts';
import { storyFormStrings, type StoryFormKey } from './story-form.strings.ts';

/** What a person has typed, exactly as typed (tags as one comma-separated line). */
export interface StoryFormValues {
  kind: StoryKind | '';
  title: string;
  link: string;
  body: string;
  tags: string;
  authorName: string;
  authorEmail: string;
  region: string;
  consent: boolean;
}
type Field = keyof StoryFormValues;
type TextField = 'title' | 'link' | 'authorName' | 'authorEmail' | 'region' | 'tags';

/** A problem to show: on a field (linked from the summary) or, without one, in the summary only. */
interface Problem {
  field: Field | undefined;
  /** A schema message key, shown in the reader's language when known. */
  code: string | undefined;
  /** Fallback wording (a server's own message). */
  message: string;
}

type Notice = { key: StoryFormKey; params?: Record<string, string | number> };
type Phase = 'editing' | 'sending' | 'failed' | 'offline' | 'online' | 'rate-limited' | 'handoff' | 'success';

const FIELDS: readonly Field[] = ['kind', 'title', 'link', 'body', 'tags', 'authorName', 'authorEmail', 'region', 'consent'];
const EMPTY: StoryFormValues = { kind: '', title: '', link: '', body: '', tags: '', authorName: '', authorEmail: '', region: '', consent: false };
const CAPTCHA_INPUTS = '[name="captchaToken"],[name="cf-turnstile-response"],[name="g-recaptcha-response"],[name="h-captcha-response"]';
// GitHub answers 414 well before browsers' URL limits; leave room for its own redirects.
const MAX_URL = 7000;
const SAVE_DELAY_MS = 400;

// A function, not an inline test: the answer changes between two reads in the same send.
const offline = () => navigator.onLine === false;
// Outside the class so the manifest analyzer takes events from the @fires tags, not from guessing at dispatch calls.
const fire = (target: EventTarget, event: Event) => target.dispatchEvent(event);
// The Markdown renderer is loaded after first render: the preview is optional, and a form alone on a page stays small.
let markdown: typeof renderMarkdown | null | undefined;
let loadingMarkdown: Promise<unknown> | undefined;
const loadMarkdown = () =>
  (loadingMarkdown ??= import('../../shared/rich-text.ts').then(
    (module) => (markdown = module.renderMarkdown),
    () => (markdown = null),
  ));
const isField = (name: unknown): name is Field => FIELDS.includes(name as Field);
const knownCode = (code: string | undefined): code is Parameters<ReturnType<typeof schemaStrings>>[0] =>
  code !== undefined && schemaStrings('en')(code as never) !== code;
const parseTags = (line: string): string[] =>
  line
    .split(',')
    .map((tag) => tag.trim().toLowerCase().replace(/\s+/g, '-'))
    .filter(Boolean);
const wait = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

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
  static override styles = [...ChorusElement.styles, storyFormStyles];

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

  @state() private values: StoryFormValues = { ...EMPTY };
  @state() private problems: Problem[] = [];
  @state() private showSummary = false;
  @state() private phase: Phase = 'editing';
  @state() private notice: Notice | undefined;
  @state() private restoredAt: number | undefined;
  @state() private tab: 'write' | 'preview' = 'write';

  #idempotencyKey = newIdempotencyKey();
  #startedAt = Date.now();
  #honeypot = '';
  #touched = new Set<Field>();
  #loaded = false;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  #sending: AbortController | undefined;
  #preview: { source: string; fragment: DocumentFragment } | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.#onOnline);
    window.addEventListener('pagehide', this.#flush);
    // Mobile browsers may discard a page in the background without a pagehide.
    document.addEventListener('visibilitychange', this.#flush);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.#onOnline);
    window.removeEventListener('pagehide', this.#flush);
    document.removeEventListener('visibilitychange', this.#flush);
    this.#flush();
    // A send cut short is safe to repeat: the draft and its key are still stored.
    this.#sending?.abort();
  }

  private get t() {
    return storyFormStrings(this.locale);
  }

  private get handoff(): boolean {
    return Boolean(this.githubRepo || this.discourseUrl);
  }

  private get kindList(): StoryKind[] {
    const wanted = this.kinds
      .split(',')
      .map((kind) => kind.trim())
      .filter((kind): kind is StoryKind => STORY_KINDS.includes(kind as StoryKind));
    return wanted.length ? [...new Set(wanted)] : [...STORY_KINDS];
  }

  private get draftKey(): string {
    const target = this.endpoint || pageEndpoint(this.ownerDocument) || this.githubRepo || this.discourseUrl || location.pathname;
    return draftKey(target, this.id || 'story-form');
  }

  #restore(): void {
    this.#loaded = true;
    const draft = readDraft<Partial<StoryFormValues>>(this.draftKey);
    if (draft) {
      this.values = { ...EMPTY, ...draft.values };
      this.#idempotencyKey = draft.idempotencyKey;
      this.#startedAt = draft.startedAt;
      this.restoredAt = draft.startedAt;
    }
    this.#defaultKind();
  }

  #defaultKind(): void {
    const [only, ...others] = this.kindList;
    if (only && !others.length && !this.values.kind) this.values = { ...this.values, kind: only };
  }

  #scheduleSave(): void {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(this.#flush, SAVE_DELAY_MS);
  }

  // Also runs on pagehide and disconnect, so the last keystrokes before leaving are kept.
  #flush = (): void => {
    if (this.#saveTimer === undefined) return;
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    const empty = FIELDS.every((field) => this.values[field] === EMPTY[field] || (field === 'kind' && this.kindList.length === 1));
    if (empty) removeDraft(this.draftKey);
    else writeDraft(this.draftKey, { values: this.values, idempotencyKey: this.#idempotencyKey, startedAt: this.#startedAt, savedAt: Date.now() });
  };

  #onInput = (event: Event): void => {
    const target = event.target as HTMLInputElement;
    if (target.name === 'website') {
      this.#honeypot = target.value;
      return;
    }
    if (!isField(target.name)) return;
    this.values = { ...this.values, [target.name]: target.type === 'checkbox' ? target.checked : target.value };
    this.#touched.add(target.name);
    this.#scheduleSave();
  };

  // Lion's rule: judge a field once the person has left it after typing, never while they type.
  #onFocusOut = (event: FocusEvent): void => {
    const name = (event.target as HTMLInputElement).name;
    if (!isField(name) || !this.#touched.has(name)) return;
    const problem = this.#validate().problems.find((candidate) => candidate.field === name);
    const others = this.problems.filter((candidate) => candidate.field !== name);
    this.problems = (problem ? [...others, problem] : others).sort((a, b) => FIELDS.indexOf(a.field as Field) - FIELDS.indexOf(b.field as Field));
  };

  #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.submit();
  };

  #onOnline = (): void => {
    if (this.phase === 'offline') {
      this.phase = 'online';
      this.notice = { key: 'online' };
    }
  };

  #onSummaryClick = (event: MouseEvent): void => {
    const link = (event.target as Element).closest('a');
    if (!link) return;
    event.preventDefault();
    this.#focusField(link.hash.slice(1) as Field);
  };

  #onTabKey = (event: KeyboardEvent): void => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight' && event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault();
    const tab = event.key === 'Home' ? 'write' : event.key === 'End' ? 'preview' : this.tab === 'write' ? 'preview' : 'write';
    void this.#selectTab(tab, true);
  };

  async #selectTab(tab: 'write' | 'preview', focus = false): Promise<void> {
    this.tab = tab;
    this.#preview = undefined;
    await this.updateComplete;
    if (focus) this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus();
  }

  #toggleTag(tag: string): void {
    const tags = parseTags(this.values.tags);
    const next = tags.includes(tag) ? tags.filter((other) => other !== tag) : [...tags, tag];
    this.values = { ...this.values, tags: next.join(', ') };
    this.#scheduleSave();
  }

  async #focusField(field: Field): Promise<void> {
    if (field === 'body' && this.tab !== 'write') await this.#selectTab('write');
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
      if (input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement) if (input.value) return input.value;
    }
    return undefined;
  }

  #validate() {
    const v = this.values;
    const captchaToken = this.#captchaToken();
    const result = StorySubmission.safeParse({
      kind: v.kind,
      title: v.title,
      link: v.link,
      body: v.body,
      tags: parseTags(v.tags),
      authorName: v.authorName,
      authorEmail: this.handoff ? '' : v.authorEmail,
      region: v.region,
      consent: v.consent,
      startedAt: this.#startedAt,
      ...(captchaToken ? { captchaToken } : {}),
      ...(this.#honeypot ? { website: this.#honeypot } : {}),
    });
    const problems: Problem[] = result.success
      ? []
      : localizeIssues(result.error.issues, this.locale).map((issue) => ({
          field: isField(issue.path[0]) ? issue.path[0] : undefined,
          code: issue.code,
          message: issue.message,
        }));
    return { submission: result.success ? result.data : undefined, problems };
  }

  async #showProblems(problems: Problem[]): Promise<void> {
    this.problems = problems;
    this.showSummary = true;
    await this.updateComplete;
    // Focus the summary first so screen readers announce every error, and keyboard users are one Tab from the first link.
    this.renderRoot.querySelector<HTMLElement>('[part="error-summary"]')?.focus();
  }

  async #send(submission: StorySubmission): Promise<void> {
    let source;
    try {
      source = this.resolveSource();
    } catch {
      source = null;
    }
    if (!source) return this.#fail('unsupported', { key: 'noEndpoint' }, 'failed');
    const controller = (this.#sending = new AbortController());
    this.phase = 'sending';
    this.notice = { key: 'sending' };
    for (let attempt = 0; ; attempt++) {
      if (offline()) return this.#fail('offline', { key: 'offline' }, 'offline');
      try {
        const receipt = await source.submit(submission, { idempotencyKey: this.#idempotencyKey, signal: controller.signal });
        return this.#succeed(receipt);
      } catch (caught) {
        if (controller.signal.aborted) return this.#stopped();
        const error = caught instanceof SourceError ? caught : new SourceError('invalid-response', String(caught));
        if (error.kind === 'network' && offline()) return this.#fail('offline', { key: 'offline' }, 'offline');
        const delay = this.retryDelays[attempt];
        if ((error.kind === 'network' || error.kind === 'timeout' || error.kind === 'server') && delay !== undefined) {
          this.notice = { key: 'retrying' };
          await wait(delay, controller.signal);
          if (controller.signal.aborted) return this.#stopped();
          continue;
        }
        return this.#failWith(error);
      }
    }
  }

  // Cut short by a disconnect: if the element comes back (moved by a framework), it must not stay busy.
  #stopped(): void {
    this.phase = 'editing';
    this.notice = undefined;
  }

  #failWith(error: SourceError): Promise<void> | void {
    if (error.kind === 'validation' && error.issues.length) {
      const problems: Problem[] = [];
      for (const issue of error.issues) {
        const field = isField(issue.path[0]) ? issue.path[0] : undefined;
        if (!field || !problems.some((problem) => problem.field === field)) problems.push({ field, code: issue.code, message: issue.message });
      }
      this.phase = 'editing';
      this.notice = undefined;
      fire(this, new ChorusErrorEvent({ code: error.kind, message: this.#word(problems[0]) }));
      return this.#showProblems(problems);
    }
    if (error.kind === 'rate-limited') {
      const seconds = error.retryAfter;
      const notice: Notice = !seconds
        ? { key: 'rateLimited' }
        : seconds <= 90
          ? { key: pluralKey('rateLimitedSeconds', seconds, this.locale), params: { count: seconds } }
          : { key: 'rateLimitedAt', params: { time: new Intl.DateTimeFormat(this.locale, { timeStyle: 'short' }).format(Date.now() + seconds * 1000) } };
      return this.#fail(error.kind, notice, 'rate-limited');
    }
    this.#fail(error.kind, { key: error.kind === 'payload-too-large' ? 'tooLarge' : 'failed' }, 'failed');
  }

  #fail(code: string, notice: Notice, phase: Phase): void {
    this.phase = phase;
    this.notice = notice;
    fire(this, new ChorusErrorEvent({ code, message: this.t(notice.key, notice.params) }));
  }

  async #succeed(receipt: SubmissionReceipt): Promise<void> {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    removeDraft(this.draftKey);
    this.#idempotencyKey = newIdempotencyKey();
    this.values = { ...EMPTY };
    this.#defaultKind();
    this.#touched.clear();
    this.restoredAt = undefined;
    this.showSummary = false;
    this.notice = undefined;
    this.phase = 'success';
    fire(this, new ChorusSubmittedEvent(receipt));
    await this.updateComplete;
    const slot = this.renderRoot.querySelector<HTMLSlotElement>('slot[name="success"]');
    const custom = slot?.assignedElements({ flatten: true }) ?? [];
    const heading = custom.length
      ? custom.map((element) => (element.matches('h1,h2,h3,h4,h5,h6') ? element : element.querySelector('h1,h2,h3,h4,h5,h6'))).find(Boolean)
      : this.renderRoot.querySelector('[part="success-heading"]');
    const target = (heading ?? this.renderRoot.querySelector('[part="success"]')) as HTMLElement | null;
    if (target && !target.hasAttribute('tabindex')) target.tabIndex = -1;
    target?.focus();
  }

  #markdown(submission: StorySubmission): string {
    const t = this.t;
    const byline = [submission.authorName, submission.region && `(${submission.region})`].filter(Boolean).join(' ');
    const sections: [StoryFormKey, string | undefined][] = [
      ['md.kind', t(`kind.${submission.kind}`)],
      ['md.link', submission.link],
      ['md.body', submission.body],
      ['md.tags', submission.tags.join(', ')],
      ['md.author', byline],
    ];
    return sections
      .filter(([, text]) => text)
      .map(([key, text]) => `### ${t(key)}\n\n${text}`)
      .join('\n\n');
  }

  #handoffUrl(submission: StorySubmission, body: string): string | null {
    const query = (params: Record<string, string>) =>
      Object.entries(params)
        .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
        .join('&');
    const title = submission.title;
    if (this.githubRepo) {
      const repo = this.githubRepo.trim();
      if (!/^[\w.-]+\/[\w.-]+$/.test(repo)) return null;
      return `https://github.com/${repo}/issues/new?${query({ title, body, labels: [submission.kind, ...submission.tags].join(',') })}`;
    }
    let forum: URL;
    try {
      forum = new URL(this.discourseUrl ?? '');
    } catch {
      return null;
    }
    if (forum.protocol !== 'https:' && forum.protocol !== 'http:') return null;
    const category = /^(.*?)\/c\/(?:.*\/)?(\d+)\/?$/.exec(forum.pathname);
    const base = forum.origin + (category ? category[1] : forum.pathname.replace(/\/+$/, ''));
    return `${base}/new-topic?${query({ title, body, ...(category?.[2] ? { category_id: category[2] } : {}) })}`;
  }

  async #handOff(submission: StorySubmission): Promise<void> {
    const body = this.#markdown(submission);
    let url = this.#handoffUrl(submission, body);
    if (!url) return this.#fail('unsupported', { key: 'badTarget' }, 'failed');
    let key: StoryFormKey = 'handoff';
    if (url.length > MAX_URL) {
      // Copy before opening: the new tab takes focus, and the clipboard refuses a page without it.
      url = this.#handoffUrl(submission, this.t('pasteHere')) ?? url;
      try {
        await navigator.clipboard.writeText(body);
        key = 'handoffCopied';
      } catch {
        key = 'handoffCopyFailed';
      }
    }
    window.open(url, '_blank', 'noopener');
    this.phase = 'handoff';
    this.notice = { key };
  }

  #word(problem: Problem | undefined): string {
    if (!problem) return '';
    return knownCode(problem.code) ? schemaStrings(this.locale)(problem.code) : problem.message;
  }

  /** Validates and sends the story, as pressing the send button does. */
  async submit(): Promise<void> {
    if (this.phase === 'sending') return;
    // Saved before anything can fail or be cancelled, so a reload right after pressing send loses nothing.
    this.#flush();
    const { submission, problems } = this.#validate();
    if (!submission) return this.#showProblems(problems);
    this.problems = [];
    this.showSummary = false;
    if (!fire(this, new ChorusSubmitEvent(submission))) return;
    return this.handoff ? this.#handOff(submission) : this.#send(submission);
  }

  /** Forgets the saved draft and empties the form. */
  async discardDraft(): Promise<void> {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    removeDraft(this.draftKey);
    this.values = { ...EMPTY };
    this.#defaultKind();
    this.#idempotencyKey = newIdempotencyKey();
    this.#startedAt = Date.now();
    this.#touched.clear();
    this.problems = [];
    this.showSummary = false;
    this.restoredAt = undefined;
    this.phase = 'editing';
    this.notice = { key: 'draftDiscarded' };
    await this.updateComplete;
    this.#focusField(this.kindList.length > 1 ? 'kind' : 'title');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Restored at the first update, not on connect: frameworks often set `endpoint` or `id` just after inserting the element.
    if (!this.#loaded) this.#restore();
    this.state = this.phase === 'sending' ? 'loading' : ['failed', 'offline', 'rate-limited'].includes(this.phase) ? 'error' : 'ready';
  }

  protected override firstUpdated(): void {
    // If the chunk cannot load (offline since the page opened), the preview shows the text as typed.
    void loadMarkdown().then(() => this.tab === 'preview' && this.requestUpdate());
  }

  #describedBy(field: Field, hint: boolean): string | typeof nothing {
    const ids = [hint && `${field}-hint`, this.#problem(field) && `${field}-error`].filter(Boolean).join(' ');
    return ids || nothing;
  }

  #problem(field: Field): Problem | undefined {
    return this.problems.find((problem) => problem.field === field);
  }

  #error(field: Field): TemplateResult | typeof nothing {
    const problem = this.#problem(field);
    if (!problem) return nothing;
    return html`<p id="${field}-error" part="error-message" class="error">
      <span class="visually-hidden">${this.t('errorPrefix')}</span> ${this.#word(problem)}
    </p>`;
  }

  #label(field: Field, key: StoryFormKey, optional: boolean): TemplateResult {
    const label = this.t(key);
    return html`<label id="${field}-label" for=${field} part="label">${optional ? this.t('optional', { label }) : label}</label>`;
  }

  #textField(
    field: TextField,
    options: { type?: 'text' | 'url' | 'email'; autocomplete?: 'off' | 'url' | 'name' | 'email'; optional?: boolean; hint?: boolean } = {},
  ): TemplateResult {
    const hint = options.hint ?? true;
    return html`<div part="field" class="field ${this.#problem(field) ? 'invalid' : ''}">
      ${this.#label(field, field, options.optional ?? false)}
      ${hint ? html`<p id="${field}-hint" part="hint" class="hint">${this.t(`${field}.hint`)}</p>` : nothing} ${this.#error(field)}
      <input
        id=${field}
        name=${field}
        part="input"
        type=${options.type ?? 'text'}
        autocomplete=${options.autocomplete ?? 'off'}
        spellcheck=${field === 'title' ? 'true' : 'false'}
        .value=${this.values[field]}
        aria-describedby=${this.#describedBy(field, hint)}
        aria-invalid=${ifDefined(this.#problem(field) ? 'true' : undefined)}
      />
    </div>`;
  }

  #renderKind(): TemplateResult {
    const problem = this.#problem('kind');
    return html`<fieldset part="field" class="field ${problem ? 'invalid' : ''}" aria-describedby=${this.#describedBy('kind', false)}>
      <legend id="kind-label" part="label">${this.t('kindLegend')}</legend>
      ${this.#error('kind')}
      ${this.kindList.map(
        (kind) =>
          html`<div class="choice">
            <input
              id="kind-${kind}"
              type="radio"
              name="kind"
              value=${kind}
              .checked=${this.values.kind === kind}
              aria-describedby="kind-${kind}-hint"
              aria-invalid=${ifDefined(problem ? 'true' : undefined)}
            />
            <label for="kind-${kind}">${this.t(`kind.${kind}`)}</label>
            <p id="kind-${kind}-hint" part="hint" class="hint">${this.t(`kind.${kind}.hint`)}</p>
          </div>`,
      )}
    </fieldset>`;
  }

  #renderBody(): TemplateResult {
    const t = this.t;
    const boost = this.values.kind === 'boost';
    const max = boost ? LIMITS.boostBody : LIMITS.body;
    const count = charCount(this.values.body);
    const left = max - count;
    const number = new Intl.NumberFormat(this.locale);
    // Announce only near the limit: a count read out on every keystroke drowns what the person is writing.
    const near = left <= max * 0.1;
    const remaining =
      left >= 0
        ? t(pluralKey('charsLeft', left, this.locale), { count: number.format(left) })
        : t(pluralKey('charsOver', -left, this.locale), { count: number.format(-left) });
    const preview = this.tab === 'preview';
    if (preview && markdown && this.#preview?.source !== this.values.body) this.#preview = { source: this.values.body, fragment: markdown(this.values.body) };
    return html`<div part="field" class="field ${this.#problem('body') ? 'invalid' : ''}">
      ${this.#label('body', boost ? 'body.boost' : 'body', boost)}
      <p id="body-hint" part="hint" class="hint">${t('body.hint')}</p>
      ${this.#error('body')}
      <div role="tablist" part="tabs" class="tabs" aria-labelledby="body-label" @keydown=${this.#onTabKey}>
        ${(['write', 'preview'] as const).map(
          (tab) =>
            html`<button
              type="button"
              role="tab"
              id="tab-${tab}"
              aria-selected=${this.tab === tab ? 'true' : 'false'}
              aria-controls="panel-${tab}"
              tabindex=${this.tab === tab ? '0' : '-1'}
              @click=${() => this.#selectTab(tab)}
            >
              ${t(tab)}
            </button>`,
        )}
      </div>
      <div id="panel-write" role="tabpanel" aria-labelledby="tab-write" ?hidden=${preview}>
        <textarea
          id="body"
          name="body"
          part="input"
          rows="10"
          .value=${this.values.body}
          aria-describedby=${['body-hint', this.#problem('body') && 'body-error', 'body-count'].filter(Boolean).join(' ')}
          aria-invalid=${ifDefined(this.#problem('body') ? 'true' : undefined)}
        ></textarea>
        <p id="body-count" part="counter" class="counter ${left < 0 ? 'over' : ''}">
          ${near ? remaining : t('charCount', { count: number.format(count), max: number.format(max) })}
        </p>
        <div class="visually-hidden" aria-live="polite">${near ? remaining : ''}</div>
      </div>
      <div id="panel-preview" role="tabpanel" part="preview" class="preview" aria-labelledby="tab-preview" tabindex="0" ?hidden=${!preview}>
        ${
          !preview
            ? nothing
            : !this.values.body.trim()
              ? html`<p class="hint">${t('previewEmpty')}</p>`
              : markdown === null
                ? html`<p class="plain">${this.values.body}</p>`
                : this.#preview?.fragment
        }
      </div>
    </div>`;
  }

  #renderTags(): TemplateResult {
    const suggestions = parseTags(this.tags);
    const chosen = parseTags(this.values.tags);
    return html`${this.#textField('tags', { optional: true })}
    ${
      suggestions.length
        ? html`<div role="group" class="suggestions" aria-label=${this.t('suggestions')}>
            ${suggestions.map(
              (tag) =>
                html`<button type="button" part="suggestion" aria-pressed=${chosen.includes(tag) ? 'true' : 'false'} @click=${() => this.#toggleTag(tag)}>
                  ${tag}
                </button>`,
            )}
          </div>`
        : nothing
    }`;
  }

  #renderConsent(): TemplateResult {
    const problem = this.#problem('consent');
    return html`<div part="field" class="field ${problem ? 'invalid' : ''}">
      ${this.#error('consent')}
      <div class="choice">
        <input
          id="consent"
          name="consent"
          type="checkbox"
          .checked=${this.values.consent}
          aria-describedby=${this.#describedBy('consent', Boolean(this.privacyUrl))}
          aria-invalid=${ifDefined(problem ? 'true' : undefined)}
        />
        <label id="consent-label" for="consent" part="label">${this.t('consent')}</label>
        ${
          this.privacyUrl
            ? html`<p id="consent-hint" part="hint" class="hint"><a href=${this.privacyUrl} target="_blank" rel="noopener">${this.t('privacy')}</a></p>`
            : nothing
        }
      </div>
    </div>`;
  }

  #renderSummary(): TemplateResult | typeof nothing {
    if (!this.showSummary || !this.problems.length) return nothing;
    return html`<div part="error-summary" class="summary" tabindex="-1" aria-labelledby="summary-title">
      <div role="alert">
        <h2 id="summary-title">${this.t('summaryTitle')}</h2>
        <ul @click=${this.#onSummaryClick}>
          ${this.problems.map((problem) => html`<li>${problem.field ? html`<a href="#${problem.field}">${this.#word(problem)}</a>` : this.#word(problem)}</li>`)}
        </ul>
      </div>
    </div>`;
  }

  #renderSuccess(): TemplateResult {
    return html`<slot name="intro"></slot>
      <section part="success" class="success">
        <slot name="success">
          <h2 id="success-title" part="success-heading">${this.t('successTitle')}</h2>
          <p>${this.t('successBody')}</p>
        </slot>
        <button type="button" part="button" class="secondary" @click=${() => this.#another()}>${this.t('another')}</button>
      </section>`;
  }

  async #another(): Promise<void> {
    this.#startedAt = Date.now();
    this.phase = 'editing';
    await this.updateComplete;
    this.#focusField(this.kindList.length > 1 ? 'kind' : 'title');
  }

  override render(): TemplateResult {
    if (this.phase === 'success') return this.#renderSuccess();
    const t = this.t;
    const sending = this.phase === 'sending';
    const problem = this.phase === 'failed' || this.phase === 'offline' || this.phase === 'rate-limited';
    const message = this.notice ? t(this.notice.key, this.notice.params) : '';
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
        ${this.#renderSummary()}
        ${
          this.restoredAt !== undefined
            ? html`<div part="draft-notice" class="notice">
                <p>
                  ${t('draftRestored', { date: new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(this.restoredAt) })}
                </p>
                <button type="button" part="button" class="secondary" @click=${() => this.discardDraft()}>${t('discardDraft')}</button>
              </div>`
            : nothing
        }
        ${this.#renderKind()} ${this.#textField('title')}
        ${this.#textField('link', { type: 'url', autocomplete: 'url', optional: this.values.kind !== 'boost' })} ${this.#renderBody()} ${this.#renderTags()}
        ${this.#textField('authorName', { autocomplete: 'name' })}
        ${this.handoff ? nothing : this.#textField('authorEmail', { type: 'email', autocomplete: 'email', optional: true })}
        ${this.#textField('region', { optional: true })} ${this.#renderConsent()}
        <div class="hp" aria-hidden="true">
          <label for="website">${t('honeypot')}</label>
          <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" />
        </div>
        <slot name="captcha"></slot>
        <div class="actions">
          <div part="alert" role="alert" class=${problem ? 'notice' : ''}>${problem ? html`<p>${message}</p>` : nothing}</div>
          <button type="submit" part="submit-button" class="primary" aria-disabled=${sending ? 'true' : 'false'}>${submitLabel}</button>
          <p part="status" role="status">${problem ? '' : message}</p>
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
