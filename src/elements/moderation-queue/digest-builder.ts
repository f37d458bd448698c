import { Task, TaskStatus } from '@lit/task';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { AdminApi, DigestFormat } from '../../client/admin.ts';
import { SourceError } from '../../client/types.ts';
import { ChorusElement, define } from '../../shared/chorus-element.ts';
import { FormFeedbackController } from '../../shared/controllers/form-feedback-controller.ts';
import { errorMessage } from '../../shared/error-messages.ts';
import { ChorusErrorEvent } from '../../shared/events.ts';
import { moderationQueueStrings } from './moderation-queue.strings.ts';

/** What the digest builder asks of the queue it sits in. */
export interface DigestDelegate {
  /** Says something in the queue's live region. */
  announce(text: string): void;
  /** The token was refused: the queue asks for it again. */
  refused(): void;
  /** The builder's state changed (the queue's own `state` follows it while the Digest tab is open). */
  changed(): void;
}

type DateField = 'since' | 'until';

/** `YYYY-MM-DD` of a date in the reader's own time zone. */
function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The newsletter digest: approved stories in a date range, grouped by kind, as Markdown
 * or HTML to copy. It renders into its own light DOM, so it lives in the queue's shadow
 * root and shares its styles, ids and live region.
 * @tag chorus-digest-builder
 * @fires chorus-error - The digest could not be built and the moderator was told. detail: {code, message}
 */
export class ChorusDigestBuilder extends ChorusElement {
  readonly #feedback = new FormFeedbackController<DateField>(this, {
    fields: ['since', 'until'],
    word: (problem) => (problem.code && this.#t.has(problem.code) ? this.#t(problem.code) : problem.message),
    focusField: (field) => this.querySelector<HTMLElement>(`#${field}`)?.focus(),
  });

  readonly #digest = new Task(this, {
    autoRun: false,
    task: async ([client, since, until, format]: readonly [AdminApi | undefined, string, string, DigestFormat], { signal }) => {
      if (!client) return '';
      try {
        const text = await client.digest({ since, until, format }, { signal });
        this.delegate?.announce(this.#t('digestReady'));
        return text;
      } catch (error) {
        if (error instanceof SourceError && error.kind === 'unauthorized') this.delegate?.refused();
        else if (!(error instanceof DOMException && error.name === 'AbortError')) {
          const event = new ChorusErrorEvent({ code: error instanceof SourceError ? error.kind : 'unknown', message: this.#failure(error) });
          this.dispatchEvent(event);
        }
        throw error;
      }
    },
    args: () => [this.client, this.since, this.until, this.format] as const,
  });

  /** The signed-in admin API. */
  @property({ attribute: false }) client: AdminApi | undefined;

  /** The queue it belongs to. */
  @property({ attribute: false }) delegate: DigestDelegate | undefined;

  @state() private since = isoDay(new Date(Date.now() - 7 * 86_400_000));
  @state() private until = isoDay(new Date());
  @state() private format: DigestFormat = 'markdown';
  @state() private copyMessage = '';

  @query('#digest-text') private digestArea!: HTMLTextAreaElement | null;

  get #t() {
    return moderationQueueStrings(this.locale);
  }

  #failure(error: unknown): string {
    return this.#t('digestFailed', { reason: errorMessage(error, 'reason', this.locale) });
  }

  #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const problem = !this.since ? 'sinceRequired' : !this.until ? 'untilRequired' : this.since > this.until ? 'rangeOrder' : undefined;
    if (problem) {
      this.#feedback.show([{ field: problem === 'untilRequired' ? 'until' : 'since', code: problem, message: this.#t(problem) }], { summary: false });
      this.#feedback.focus();
      return;
    }
    this.#feedback.clear();
    this.copyMessage = '';
    this.delegate?.announce(this.#t('building'));
    void this.#digest.run();
  };

  #onCopy = async (): Promise<void> => {
    const text = this.#digest.value ?? '';
    try {
      await navigator.clipboard.writeText(text);
      this.copyMessage = this.#t('copied');
    } catch {
      // No clipboard permission (or an insecure page): select the text so one keystroke copies it.
      this.digestArea?.focus();
      this.digestArea?.select();
      this.copyMessage = this.#t('copyFallback');
    }
    this.delegate?.announce(this.copyMessage);
  };

  // Light DOM: the queue's shadow root holds it, with the queue's styles and live region.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const status = this.#digest.status;
    this.state = status === TaskStatus.ERROR ? 'error' : status === TaskStatus.PENDING ? 'loading' : 'ready';
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('state')) this.delegate?.changed();
  }

  #renderDate(name: DateField): TemplateResult {
    const t = this.#t;
    const invalid = this.#feedback.invalid(name);
    return html`<div class="field">
      <label for=${name}>${t(name)}</label>
      ${this.#feedback.fieldError(name, t('errorPrefix'))}
      <input
        id=${name}
        type="date"
        required
        .value=${live(this[name])}
        aria-invalid=${invalid ?? 'false'}
        aria-describedby=${this.#feedback.describedBy(name)}
        @input=${(e: Event) => (this[name] = (e.target as HTMLInputElement).value)}
      />
    </div>`;
  }

  override render(): TemplateResult {
    const t = this.#t;
    return html`<div part="digest" class="digest">
      <h3 id="digest-heading">${t('digestHeading')}</h3>
      <p class="hint">${t('digestIntro')}</p>
      <form novalidate @submit=${this.#onSubmit}>
        <div class="range">${this.#renderDate('since')} ${this.#renderDate('until')}</div>
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
        error: (error) => html`<p class="failure" role="alert">${this.#failure(error)}</p>`,
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
}

define('chorus-digest-builder', ChorusDigestBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'chorus-digest-builder': ChorusDigestBuilder;
  }
}
