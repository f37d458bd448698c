import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { SourceError } from '../../client/types.ts';
import { lazy } from '../../lazy.ts';
import type { AdminPoll } from '../../schema/poll.ts';
import { ChorusElement, define } from '../../shared/chorus-element.ts';
import { errorMessage } from '../../shared/error-messages.ts';
import { ChorusErrorEvent } from '../../shared/events.ts';
import { dateFormat, numberFormat } from '../../shared/intl.ts';
import { pluralKey } from '../../shared/locale.ts';
import type { PollAdminApi } from './poll-admin.ts';
import { pollsPanelStrings } from './polls-panel.strings.ts';

export { HttpPollAdmin, pollAdminFor, type PollAdminApi } from './poll-admin.ts';

// The schema's words for a refused field (`question.tooLong`…): fetched when the server refuses one.
const issueWords = lazy(() => import('../../schema/poll.strings.ts'));

/** The Polls tab's styles, adopted by the shadow root the tab renders in (the queue's) when the tab's code arrives. */
export const pollsPanelStyles = css`
  .polls-top,
  .poll-actions,
  .form-actions,
  .confirm,
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .polls-top {
    justify-content: space-between;
    margin-block: var(--_space);
  }
  .polls,
  .poll-results {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .poll,
  .poll-form {
    display: grid;
    gap: 0.5rem;
    margin-block-end: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .poll h4,
  .poll-form h4,
  .poll p {
    margin: 0;
  }
  .poll-form input[type='text'],
  .poll-form input[type='datetime-local'] {
    font: inherit;
    color: inherit;
    background: var(--_bg);
    inline-size: 100%;
    max-inline-size: 40rem;
    padding: 0.4em 0.5em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.5);
  }
  .poll-form [aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  .answers {
    margin: 0;
    padding: 0;
    border: 0;
  }
  .answers legend {
    font-weight: 600;
  }
  .answer-list {
    display: grid;
    gap: 0.5rem;
    margin: 0.5rem 0;
    padding-inline-start: 1.5rem;
  }
  .answer-list li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .answer-list input {
    flex: 1 1 16rem;
  }
  .field-error {
    flex-basis: 100%;
    margin: 0;
    color: var(--_danger);
    font-weight: 600;
  }
  label.check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .badge {
    padding: 0 0.5em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.875em;
  }
  .embed code {
    overflow-wrap: anywhere;
  }
  button.danger {
    border-color: var(--_danger);
    color: var(--_danger);
  }
`;

/** What the Polls tab asks of the queue it sits in. */
export interface PollsDelegate {
  announce(text: string): void;
  /** The token was refused: the queue asks for it again. */
  refused(): void;
}

interface Draft {
  id: string | null;
  /** Votes were cast: only `closesAt` may change. */
  locked: boolean;
  question: string;
  options: string[];
  multiple: boolean;
  resultsBeforeVote: boolean;
  /** `YYYY-MM-DDTHH:MM` in the moderator's time zone, or empty. */
  closesAt: string;
}

const emptyDraft = (): Draft => ({ id: null, locked: false, question: '', options: ['', ''], multiple: false, resultsBeforeVote: false, closesAt: '' });

/** An RFC 3339 time as a `datetime-local` value in this browser's time zone. */
function localInput(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * The moderation queue's Polls tab: lists polls with their results, creates and
 * edits them (everything until the first vote, then the closing time), closes and
 * deletes them (after a confirmation), and downloads their results as CSV or JSON.
 * It renders into its own light DOM, so it lives in the queue's shadow root and
 * shares its styles, ids and live region.
 * @tag chorus-polls-panel
 * @fires chorus-error - Loading or an action failed and the moderator was told. detail: {code, message}
 */
export class ChorusPollsPanel extends ChorusElement {
  /** The admin poll API (the queue gives it one for its token). */
  @property({ attribute: false }) client: PollAdminApi | undefined;
  /** The queue's live region and sign-in. */
  @property({ attribute: false }) delegate: PollsDelegate | undefined;

  @state() private polls: AdminPoll[] | undefined;
  @state() private loadError = '';
  @state() private draft: Draft | undefined;
  @state() private fieldErrors: Record<string, string> = {};
  @state() private formError = '';
  @state() private saving = false;
  @state() private confirming: string | undefined;
  @state() private failure = '';

  #loadedFor: PollAdminApi | undefined;

  get #t() {
    return pollsPanelStrings(this.locale);
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // This code loads when the tab first opens, after the queue adopted its own styles: add ours to its root.
    const root = this.getRootNode();
    const sheet = pollsPanelStyles.styleSheet;
    if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  async #load(): Promise<void> {
    const client = this.client;
    if (!client) return;
    this.state = 'loading';
    this.loadError = '';
    try {
      this.polls = await client.list();
      this.state = this.polls.length ? 'ready' : 'empty';
    } catch (error) {
      this.state = 'error';
      this.loadError = this.#t('loadFailed', { reason: errorMessage(error, 'reason', this.locale) });
      this.#report(error, this.loadError);
    }
  }

  /** Reads the polls again. */
  reload(): Promise<void> {
    return this.track(this.#load());
  }

  #report(error: unknown, message: string): void {
    if (error instanceof SourceError && (error.kind === 'unauthorized' || error.status === 401)) this.delegate?.refused();
    this.dispatchEvent(new ChorusErrorEvent({ code: error instanceof SourceError ? error.kind : 'other', message }));
  }

  #replace(poll: AdminPoll): void {
    const polls = this.polls ?? [];
    this.polls = polls.some((p) => p.id === poll.id) ? polls.map((p) => (p.id === poll.id ? poll : p)) : [poll, ...polls];
    this.state = 'ready';
  }

  async #focus(selector: string): Promise<void> {
    await this.rendered();
    this.querySelector<HTMLElement>(selector)?.focus();
  }

  #startNew = (): void => {
    this.draft = emptyDraft();
    this.fieldErrors = {};
    this.formError = '';
    void this.#focus('#poll-question');
  };

  #startEdit(poll: AdminPoll): void {
    this.draft = {
      id: poll.id,
      locked: poll.total > 0,
      question: poll.question,
      options: poll.options.map((option) => option.text),
      multiple: poll.multiple,
      resultsBeforeVote: poll.resultsBeforeVote,
      closesAt: localInput(poll.closesAt),
    };
    this.fieldErrors = {};
    this.formError = '';
    void this.#focus(poll.total > 0 ? '#poll-closesAt' : '#poll-question');
  }

  #cancel = (): void => {
    const id = this.draft?.id;
    this.draft = undefined;
    void this.#focus(id ? `[data-poll="${id}"] .edit` : '.new-poll');
  };

  #edit(change: Partial<Draft>): void {
    if (this.draft) this.draft = { ...this.draft, ...change };
  }

  async #save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const draft = this.draft;
    const client = this.client;
    if (!draft || !client || this.saving) return;
    const t = this.#t;
    const closesAt = draft.closesAt ? new Date(draft.closesAt).toISOString() : null;
    const fields = { question: draft.question, options: draft.options, multiple: draft.multiple, resultsBeforeVote: draft.resultsBeforeVote, closesAt };
    this.saving = true;
    this.fieldErrors = {};
    this.formError = '';
    try {
      const poll = draft.id ? await client.update(draft.id, draft.locked ? { closesAt } : fields) : await client.create(fields);
      this.#replace(poll);
      this.draft = undefined;
      this.delegate?.announce(t(draft.id ? 'saved' : 'created', { question: poll.question }));
      void this.#focus(`[data-poll="${poll.id}"] h4`);
    } catch (error) {
      const issues = error instanceof SourceError && error.kind === 'validation' ? error.issues : [];
      if (issues.length) {
        const words = (await issueWords.load())?.pollStrings(this.locale);
        const errors: Record<string, string> = {};
        for (const issue of issues) {
          const field = issue.path[0] === 'options' && typeof issue.path[1] === 'number' ? `option-${issue.path[1]}` : String(issue.path[0] ?? 'question');
          errors[field] ??= issue.code && words?.has(issue.code) ? words(issue.code) : issue.message;
        }
        this.fieldErrors = errors;
        this.formError = t('fixErrors');
      } else this.formError = t('saveFailed', { reason: errorMessage(error, 'reason', this.locale) });
      this.#report(error, this.formError);
      void this.#focus('#poll-form-error');
    } finally {
      this.saving = false;
    }
  }

  async #act(poll: AdminPoll, action: 'close' | 'delete'): Promise<void> {
    const client = this.client;
    if (!client) return;
    const t = this.#t;
    this.failure = '';
    try {
      if (action === 'close') {
        this.#replace(await client.close(poll.id));
        this.delegate?.announce(t('closeDone', { question: poll.question }));
        void this.#focus(`[data-poll="${poll.id}"] h4`);
      } else {
        await client.remove(poll.id);
        this.confirming = undefined;
        this.polls = (this.polls ?? []).filter((p) => p.id !== poll.id);
        if (!this.polls.length) this.state = 'empty';
        this.delegate?.announce(t('deleted', { question: poll.question }));
        void this.#focus('.new-poll');
      }
    } catch (error) {
      this.failure = t('actionFailed', { question: poll.question, reason: errorMessage(error, 'reason', this.locale) });
      this.#report(error, this.failure);
    }
  }

  async #download(poll: AdminPoll, format: 'csv' | 'json'): Promise<void> {
    const client = this.client;
    if (!client) return;
    try {
      const blob = await client.results(poll.id, format);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = `poll-${poll.id}.${format}`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
    } catch (error) {
      this.failure = this.#t('actionFailed', { question: poll.question, reason: errorMessage(error, 'reason', this.locale) });
      this.#report(error, this.failure);
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.client !== this.#loadedFor) {
      this.#loadedFor = this.client;
      this.polls = undefined;
      this.draft = undefined;
      if (this.client) void this.track(this.#load());
    }
  }

  /** One of the draft's yes/no settings as a checkbox (`#poll-multiple`, `#poll-results`). */
  #checkbox(key: 'multiple' | 'resultsBeforeVote', label: string, locked: boolean): TemplateResult {
    return html`<label class="check"
      ><input
        type="checkbox"
        id=${key === 'multiple' ? 'poll-multiple' : 'poll-results'}
        ?disabled=${locked}
        .checked=${this.draft?.[key] ?? false}
        @change=${(event: Event) => this.#edit({ [key]: (event.target as HTMLInputElement).checked })}
      />
      ${label}</label
    >`;
  }

  #field(id: string, label: string, input: TemplateResult, hint?: string): TemplateResult {
    const error = this.fieldErrors[id.replace(/^poll-/, '')];
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing} ${input}
      ${error ? html`<p class="field-error" id="${id}-error">${error}</p>` : nothing}
    </div>`;
  }

  #describedBy(field: string, hint = false): string {
    return [hint ? `poll-${field}-hint` : '', this.fieldErrors[field] ? `poll-${field}-error` : ''].filter(Boolean).join(' ');
  }

  #renderForm(draft: Draft): TemplateResult {
    const t = this.#t;
    const locked = draft.locked;
    const optionError = (index: number) => this.fieldErrors[`option-${index}`];
    return html`<form class="poll-form" novalidate @submit=${(event: SubmitEvent) => void this.track(this.#save(event))} aria-labelledby="poll-form-heading">
      <h4 id="poll-form-heading">${t(draft.id ? 'editHeading' : 'createHeading')}</h4>
      ${this.formError ? html`<p id="poll-form-error" class="failure" role="alert" tabindex="-1">${this.formError}</p>` : nothing}
      ${locked ? html`<p class="hint">${t('editLocked')}</p>` : nothing}
      ${this.#field(
        'poll-question',
        t('question'),
        html`<input
          id="poll-question"
          type="text"
          maxlength="200"
          required
          ?disabled=${locked}
          .value=${draft.question}
          aria-invalid=${this.fieldErrors.question ? 'true' : 'false'}
          aria-describedby=${this.#describedBy('question')}
          @input=${(event: Event) => this.#edit({ question: (event.target as HTMLInputElement).value })}
        />`,
      )}
      <fieldset class="answers" ?disabled=${locked} aria-describedby=${this.fieldErrors.options ? 'poll-options-error' : nothing}>
        <legend>${t('answers')}</legend>
        ${this.fieldErrors.options ? html`<p class="field-error" id="poll-options-error">${this.fieldErrors.options}</p>` : nothing}
        <ol class="answer-list">
          ${draft.options.map(
            (text, index) =>
              html`<li>
                <label for="poll-option-${index}" class="visually-hidden">${t('answer', { n: index + 1 })}</label>
                <input
                  id="poll-option-${index}"
                  type="text"
                  maxlength="100"
                  .value=${text}
                  aria-invalid=${optionError(index) ? 'true' : 'false'}
                  aria-describedby=${optionError(index) ? `poll-option-${index}-error` : nothing}
                  @input=${(event: Event) => this.#edit({ options: draft.options.map((o, i) => (i === index ? (event.target as HTMLInputElement).value : o)) })}
                />
                ${
                  draft.options.length > 2
                    ? html`<button
                        type="button"
                        class="quiet remove-answer"
                        @click=${() => {
                          this.#edit({ options: draft.options.filter((_, i) => i !== index) });
                          void this.#focus(`#poll-option-${Math.max(0, index - 1)}`);
                        }}
                      >
                        ${t('removeAnswer', { n: index + 1 })}
                      </button>`
                    : nothing
                }
                ${optionError(index) ? html`<p class="field-error" id="poll-option-${index}-error">${optionError(index)}</p>` : nothing}
              </li>`,
          )}
        </ol>
        ${
          draft.options.length < 10
            ? html`<button
                type="button"
                class="quiet add-answer"
                @click=${() => {
                  this.#edit({ options: [...draft.options, ''] });
                  void this.#focus(`#poll-option-${draft.options.length}`);
                }}
              >
                ${t('addAnswer')}
              </button>`
            : nothing
        }
      </fieldset>
      ${this.#checkbox('multiple', t('multiple'), locked)} ${this.#checkbox('resultsBeforeVote', t('resultsBeforeVote'), locked)}
      ${this.#field(
        'poll-closesAt',
        t('closesAt'),
        html`<input
          id="poll-closesAt"
          type="datetime-local"
          .value=${draft.closesAt}
          aria-invalid=${this.fieldErrors.closesAt ? 'true' : 'false'}
          aria-describedby=${this.#describedBy('closesAt', true)}
          @input=${(event: Event) => this.#edit({ closesAt: (event.target as HTMLInputElement).value })}
        />`,
        t('closesAtHint'),
      )}
      <div class="form-actions">
        <button type="submit" aria-disabled=${this.saving ? 'true' : 'false'}>${t(this.saving ? 'saving' : draft.id ? 'save' : 'create')}</button>
        <button type="button" class="quiet" @click=${this.#cancel}>${t('cancel')}</button>
      </div>
    </form>`;
  }

  #renderPoll(poll: AdminPoll): TemplateResult {
    const t = this.#t;
    const percent = numberFormat(this.locale, { style: 'percent', maximumFractionDigits: 1 });
    const count = numberFormat(this.locale);
    const when = (iso: string) => dateFormat(this.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
    const confirming = this.confirming === poll.id;
    return html`<li class="poll" data-poll=${poll.id}>
      <h4 tabindex="-1">${poll.question}</h4>
      <p class="meta">
        <span class="badge">${t(poll.closed ? 'closedState' : 'open')}</span>
        ${poll.closesAt && !poll.closed ? html`<span>${t('closes', { time: when(poll.closesAt) })}</span>` : nothing}
        <span>${t(pluralKey('voters', poll.total, this.locale), { count: count.format(poll.total) })}</span>
      </p>
      <ul class="poll-results">
        ${poll.options.map(
          (option) =>
            html`<li>
              <span>${option.text}</span>:
              ${t('optionResult', { votes: count.format(option.votes), percent: percent.format(poll.total ? option.votes / poll.total : 0) })}
            </li>`,
        )}
      </ul>
      <p class="embed"><span>${t('embed')}:</span> <code>&lt;chorus-poll poll="${poll.id}"&gt;&lt;/chorus-poll&gt;</code></p>
      ${
        confirming
          ? html`<div class="confirm" role="group" aria-labelledby="confirm-${poll.id}">
              <p id="confirm-${poll.id}">${t('confirmDelete', { question: poll.question })}</p>
              <button type="button" class="danger confirm-delete" @click=${() => void this.track(this.#act(poll, 'delete'))}>${t('confirmDeleteYes')}</button>
              <button
                type="button"
                class="quiet cancel-delete"
                @click=${() => {
                  this.confirming = undefined;
                  void this.#focus(`[data-poll="${poll.id}"] .delete`);
                }}
              >
                ${t('cancel')}
              </button>
            </div>`
          : html`<div class="poll-actions">
              ${!poll.closed ? html`<button type="button" class="quiet edit" @click=${() => this.#startEdit(poll)}>${t('edit')}</button>` : nothing}
              ${!poll.closed ? html`<button type="button" class="quiet close" @click=${() => void this.track(this.#act(poll, 'close'))}>${t('close')}</button>` : nothing}
              <button type="button" class="quiet csv" @click=${() => void this.#download(poll, 'csv')}>${t('csv')}</button>
              <button type="button" class="quiet json" @click=${() => void this.#download(poll, 'json')}>${t('json')}</button>
              <button
                type="button"
                class="quiet delete"
                @click=${() => {
                  this.confirming = poll.id;
                  void this.#focus(`[data-poll="${poll.id}"] .cancel-delete`);
                }}
              >
                ${t('delete')}
              </button>
            </div>`
      }
    </li>`;
  }

  override render(): TemplateResult {
    const t = this.#t;
    const polls = this.polls;
    return html`<div class="polls-panel">
      <div class="polls-top">
        <h3 id="polls-heading">${t('heading')}</h3>
        ${this.draft ? nothing : html`<button type="button" class="new-poll" @click=${this.#startNew}>${t('newPoll')}</button>`}
      </div>
      ${this.draft ? this.#renderForm(this.draft) : nothing} ${this.failure ? html`<p class="failure" role="alert">${this.failure}</p>` : nothing}
      ${
        this.state === 'error'
          ? html`<div class="failure" role="alert">
              <p>${this.loadError}</p>
              <button type="button" class="quiet" @click=${() => void this.reload()}>${t('retry')}</button>
            </div>`
          : !polls
            ? html`<p class="hint" aria-busy="true">${t('loading')}</p>`
            : polls.length
              ? html`<ul class="polls" role="list" aria-labelledby="polls-heading">
                  ${repeat(
                    polls,
                    (poll) => poll.id,
                    (poll) => this.#renderPoll(poll),
                  )}
                </ul>`
              : html`<p class="empty">${t('empty')}</p>`
      }
    </div>`;
  }
}

define('chorus-polls-panel', ChorusPollsPanel);

declare global {
  interface HTMLElementTagNameMap {
    'chorus-polls-panel': ChorusPollsPanel;
  }
}
