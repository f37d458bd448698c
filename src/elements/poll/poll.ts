import { html, nothing, type CSSResult, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { pageEndpoint } from '../../client/endpoint.ts';
import { SourceError } from '../../client/types.ts';
import { lazy, type Lazy } from '../../lazy.ts';
import type { Poll } from '../../schema/poll.ts';
import { ChorusElement, define } from '../../shared/chorus-element.ts';
import { ChorusErrorEvent } from '../../shared/events.ts';
import { whenIdle } from '../../shared/idle.ts';
import { dateFormat } from '../../shared/intl.ts';
import { buttonStyles } from '../../shared/theme.ts';
import { httpPollClient, voterToken, type PollClient } from './poll-client.ts';
import type * as LiveModule from './poll-live.ts';
import type { LivePollController } from './poll-live.ts';
import type { Ballot } from './poll-ballot.ts';
import { NearViewportController } from './poll-viewport.ts';
import { ChorusVoteEvent } from './poll.events.ts';
import { pollElementStrings } from './poll.strings.ts';
import { pollStyles } from './poll.styles.ts';

const LOG = '<chorus-poll>';
// What loads later, each its own chunk. The poll is ready with the code of what it shows first (the
// form or the results) and no more; the other arrives once it has shown and the page is idle.
// - poll-ballot, the voting form (its template, styles and state, sending a vote, what follows a refusal):
//   before an open poll is ready; for one voted on from this browser, once it shows or on "Change your vote";
//   never for a closed poll.
// - poll-results, the results (the chart, its styles, the words for live news): before the poll is ready when
//   they show at once (closed, or voted on from this browser); otherwise once it shows, or on a first choice.
// - poll-live, live results (the event stream, and when to speak of a change): once a poll that can still change shows.
// - errors, the shared words for a failure: once the poll shows, or by a failure that comes first.
// - poll-refusal, the words for a refused vote: fetched by the form on a first choice.
// - Another language's words, and the list of where they are (poll.strings.locales): only on a page in that language.
const ballotCode = lazy(() => import('./poll-ballot.ts'));
const resultsCode = lazy(() => import('./poll-results.ts'));
const liveCode = lazy(() => import('./poll-live.ts'));
const failureWords = lazy(() => import('../../shared/error-messages.ts'));

export { ChorusVoteEvent } from './poll.events.ts';

/**
 * A quick community poll: the question, its answers as radio buttons (checkboxes
 * when several may be chosen) and one Vote button; then the results as a bar chart
 * with each answer's percentage and count as text, updated live while the page is open.
 * One vote per browser, no account, no cookie: a random token in `localStorage`
 * (`chorus-voter`) lets the same browser change its vote.
 * @tag chorus-poll
 * @summary A poll with live results, one vote per browser.
 * @fires chorus-vote - The server counted a vote (first or changed). detail: {poll, options}
 * @fires chorus-error - Reading the poll or a vote failed, and the person was told. detail: {code, message}
 * @csspart form - The voting form.
 * @csspart fieldset - The fieldset around the answers.
 * @csspart question - The question (the legend while voting).
 * @csspart hint - "Choose one answer", and "Results appear once you vote".
 * @csspart option - One answer's label with its radio button or checkbox.
 * @csspart vote - The Vote button.
 * @csspart show-results - The "Show results" link (polls that show results before voting).
 * @csspart error - A refused or failed vote, under the answers.
 * @csspart results-view - Everything shown with the results.
 * @csspart results - The list of results.
 * @csspart result - One answer's result (also `chosen` for this browser's choice).
 * @csspart chosen - The result of an answer this browser chose.
 * @csspart answer - An answer's text in the results.
 * @csspart your-choice - The "(your choice)" mark.
 * @csspart bar - An answer's bar (a `<meter>`).
 * @csspart count - An answer's percentage and number of votes.
 * @csspart total - How many people voted.
 * @csspart note - "This poll is closed", "Your vote was counted".
 * @csspart change - "Change your vote" or "Back to voting".
 * @csspart closes - When the poll closes.
 * @csspart status - The loading or error message.
 * @cssprop --chorus-poll-bar - The bars' colour (default the accent colour).
 * @cssprop --chorus-poll-bar-track - Behind the bars (default the subtle colour).
 * @cssprop --chorus-poll-bar-height - The bars' thickness (default 0.75rem).
 * @cssprop --chorus-color-accent - Buttons, links and the bars.
 * @cssprop --chorus-color-danger - A refused vote.
 */
export class ChorusPoll extends ChorusElement {
  static override styles = [...ChorusElement.styles, buttonStyles, pollStyles];

  readonly #near = new NearViewportController(this);
  /** Follows the live results once poll-live.ts is here (see `updated`). */
  #live: LivePollController | undefined;

  /** The poll's id. */
  @property() poll = '';

  /** `lazy` (default) reads the poll once it is within about 600px of the viewport; `eager` at once. */
  @property() loading: 'lazy' | 'eager' = 'lazy';

  /** A PollClient to use instead of `endpoint` (tests, Storybook, your own transport). */
  @property({ attribute: false }) pollClient: PollClient | undefined;

  /** The poll as this browser sees it, once read. */
  @state() private data: Poll | undefined;
  @state() private loadError: string | undefined;
  /** The reader chose "Show results" before voting. */
  @state() private revealed = false;
  /** The reader chose "Change your vote". */
  @state() private changing = false;
  @state() private note: string | undefined;
  @state() private gone = false;
  @state() private announcement = '';

  #loaded: string | undefined;
  /** Resolves once the poll has shown and the page was idle (see `updated`). */
  #settled: Promise<void> | undefined;
  #reading: AbortController | undefined;
  /** When "Your vote was counted" was said: live news waits a while after it. */
  #saidAt = -Infinity;
  /** The code of the views whose styles are in this shadow root (they come with it): the form's, the results'. */
  readonly #styled = new Set<unknown>();
  /** Why what should show cannot: its code could not be fetched. */
  #viewError: string | undefined;
  /** The voting form of this poll, made when it first shows. */
  #ballot: Ballot | undefined;

  get #t() {
    return pollElementStrings(this.locale);
  }

  get #endpoint(): string | null {
    return this.endpoint?.trim() || pageEndpoint(this.ownerDocument);
  }

  get #client(): PollClient | null {
    if (this.pollClient) return this.pollClient;
    const endpoint = this.#endpoint;
    return endpoint ? httpPollClient(endpoint) : null;
  }

  /** Whether `poll` shows its results rather than the form. */
  #showsResults(poll = this.data): boolean {
    if (!poll || poll.total === undefined) return false;
    if (poll.closed) return true;
    return poll.choice ? !this.changing : this.revealed;
  }

  /** The code of what `poll` shows: the results or the form. */
  #viewOf(poll = this.data): Lazy<{ styles: CSSResult }> {
    return this.#showsResults(poll) ? resultsCode : ballotCode;
  }

  /** The voting form, once its code and styles are here (made on first use, one per poll). */
  get #form(): Ballot | undefined {
    const code = ballotCode.value;
    return code && this.#styled.has(code)
      ? (this.#ballot ??= new code.Ballot(this, {
          poll: () => this.data,
          t: () => this.#t,
          client: () => this.#client,
          voter: voterToken,
          // The results as they now are, said once, with focus on them.
          counted: (poll, options) => {
            this.revealed = this.changing = false;
            this.#show(poll);
            this.announcement = this.note = this.#t('counted');
            this.#saidAt = performance.now();
            this.#live?.said(poll, this.#saidAt);
            this.dispatchEvent(new ChorusVoteEvent(poll, options));
            return this.#focusResults();
          },
          reread: () => this.#read(),
          refused: (error, message, closed) => {
            if (closed) this.note = message;
            this.#fail(error, message);
          },
          showResults: this.#reveal,
          track: (job) => void this.track(job),
          rendered: () => this.rendered(),
        }))
      : undefined;
  }

  /** Starts following live results, with the code that does it. */
  #follow(code: typeof LiveModule): void {
    this.#live ??= new code.LivePollController(this, {
      key: () =>
        this.data && !this.data.closed && !this.gone && this.#client ? `${this.#client === this.pollClient ? 'own' : this.#endpoint} ${this.data.id}` : null,
      open: () => (this.data && this.#client ? this.#client.events(this.data.id, voterToken()) : null),
      current: () => this.data,
      update: (poll) => this.#show(poll),
      closed: (poll) => this.#show(poll),
      deleted: () => {
        this.gone = true;
        this.data = undefined;
        this.state = 'empty';
        this.announcement = this.#t('deleted');
      },
      announce: (poll, leader, final) =>
        void resultsCode.load().then((code) => code && (this.announcement = code.resultsSummary(this.#t, poll, leader, final))),
    });
    this.#live.said(this.data, this.#saidAt);
    // The controller opens its stream after an update.
    this.requestUpdate();
  }

  /** The shared words for why `error` happened, as the end of a sentence ('' when they cannot be fetched either). */
  async #reason(error: unknown): Promise<string> {
    return (await failureWords.load())?.errorMessage(error, 'reason', this.locale) ?? '';
  }

  /** Takes in the poll as the server now shows it: from a read, a vote or the stream. */
  #show(poll: Poll): void {
    const before = this.data;
    this.data = poll;
    this.state = 'ready';
    this.loadError = undefined;
    this.#ballot?.shown(poll, !before, this.changing);
    if (poll.closed) this.changing = false;
  }

  /**
   * Fetches a view's code and brings its styles into the shadow root after the element's own, once
   * (Lit adopts static styles once; these arrive later); says why when it cannot be fetched.
   */
  async #withView(view: Lazy<{ styles: CSSResult }>): Promise<boolean> {
    const code = await view.load();
    const root = this.renderRoot as ShadowRoot;
    if (code && !this.#styled.has(code)) {
      this.#styled.add(code);
      if (code.styles.styleSheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, code.styles.styleSheet];
    }
    this.#viewError = code ? undefined : this.#t('loadFailed', { reason: await this.#reason(new SourceError('network', 'Code could not be fetched')) });
    if (!code) this.state = 'error';
    return !!code;
  }

  async #read(): Promise<void> {
    const client = this.#client;
    this.#reading?.abort();
    if (!this.poll) return;
    if (!client) {
      this.state = 'error';
      this.loadError = this.#t('noEndpoint');
      return;
    }
    const reading = (this.#reading = new AbortController());
    this.state = 'loading';
    try {
      const poll = await client.read(this.poll, voterToken(), reading.signal);
      // What shows first comes with its code: the poll is ready with its form or its chart, not before.
      const here = await this.#withView(this.#viewOf(poll));
      if (reading.signal.aborted) return;
      this.#show(poll);
      if (!here) this.state = 'error';
    } catch (error) {
      if (reading.signal.aborted) return;
      const reason = await this.#reason(error);
      if (reading.signal.aborted) return;
      this.loadError = this.#t('loadFailed', { reason });
      this.#fail(error, this.loadError);
      this.data = undefined;
      this.state = 'error';
    }
  }

  #fail(error: unknown, message: string): void {
    console.error(`${LOG} ${this.poll}:`, error);
    this.dispatchEvent(new ChorusErrorEvent({ code: error instanceof SourceError ? error.kind : 'other', message }));
  }

  #reveal = (): void => {
    this.revealed = true;
    this.changing = false;
    void this.#focusResults();
  };

  #backToForm = (): void => {
    this.changing = true;
    this.revealed = false;
    this.note = undefined;
    // The form's code may still have to arrive: the next render waits for it. If it cannot, focus goes to "Try again".
    void this.rendered().then(() =>
      (
        this.renderRoot.querySelector<HTMLInputElement>('input:checked') ??
        this.renderRoot.querySelector('input') ??
        this.renderRoot.querySelector<HTMLButtonElement>('[part="status"] button')
      )?.focus(),
    );
  };

  async #focusResults(): Promise<void> {
    await this.rendered();
    this.renderRoot.querySelector<HTMLElement>('[part="results"]')?.focus();
  }

  /** Whether live results are being followed now (a stream is open). */
  get live(): boolean {
    return this.#live?.open ?? false;
  }

  /** Reads the poll again (after a failure, or to show changes made while streams were closed). */
  reload(): Promise<void> {
    this.#loaded = undefined;
    this.requestUpdate();
    return this.updateComplete.then(() => undefined);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Once the poll shows and the page is idle, what only later needs arrives: live results while it can change, and the words for a failure.
    if (this.state !== 'ready') return;
    this.#settled ??= whenIdle();
    void this.#settled.then(() => {
      if (!this.#live && this.data && !this.data.closed) void liveCode.load().then((code) => code && this.#follow(code));
      void failureWords.load();
      void resultsCode.load();
      if (!this.data?.closed) void ballotCode.load();
    });
    // A view asked for while an update was already on its way: another update fetches its code first.
    if (this.data && !this.#styled.has(this.#viewOf().value) && !this.#viewError) this.requestUpdate();
  }

  // The form and the results render once their code and styles are here: never one without its styles.
  protected override async scheduleUpdate(): Promise<unknown> {
    const view = this.#viewOf();
    if (this.data && !this.gone && !this.#styled.has(view.value)) await this.#withView(view);
    return super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const key = `${this.poll} ${this.endpoint ?? ''}`;
    if (changed.has('pollClient')) this.#loaded = undefined;
    if (key !== this.#loaded && (this.#near.near || this.loading === 'eager')) {
      if (this.poll !== this.data?.id) {
        this.data = undefined;
        this.#saidAt = -Infinity;
        this.#live?.said(undefined, -Infinity);
        this.gone = false;
        this.revealed = this.changing = false;
        this.#ballot = undefined;
      }
      this.#loaded = key;
      void this.track(this.#read());
    }
  }

  override render() {
    const t = this.#t;
    const poll = this.data;
    const status = html`<div class="visually-hidden" role="status">${this.announcement}</div>`;
    if (this.gone)
      return html`<p part="status" class="status">${t('deleted')}</p>
        ${status}`;
    const failure = (message: string | undefined) =>
      html`<div part="status" class="status failure">
          <p>${message}</p>
          ${this.#client ? html`<button type="button" @click=${() => void this.reload()}>${t('retry')}</button>` : nothing}
        </div>
        ${status}`;
    const loading = html`<p part="status" class="status" aria-busy="true">${t('loading')}</p>
      ${status}`;
    if (!poll) return this.state === 'error' ? failure(this.loadError) : loading;
    const showsResults = this.#showsResults();
    const results = showsResults && this.#styled.has(resultsCode.value) ? resultsCode.value : undefined;
    const form = showsResults ? undefined : this.#form;
    if (!results && !form) return this.#viewError ? failure(this.#viewError) : loading;
    const closes =
      poll.closesAt && !poll.closed
        ? html`<p part="closes" class="hint">
            ${t('closesAt', { time: dateFormat(this.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(poll.closesAt)) })}
          </p>`
        : nothing;
    const body = results
      ? results.pollResults({
          t,
          poll,
          note: poll.closed ? (this.note ?? t('closed')) : this.note,
          action: poll.closed ? undefined : { label: t(poll.choice ? 'changeVote' : 'hideResults'), run: this.#backToForm },
        })
      : form?.render(t, poll);
    return html`${body}${closes}${status}`;
  }
}

define('chorus-poll', ChorusPoll);

declare global {
  interface HTMLElementTagNameMap {
    'chorus-poll': ChorusPoll;
  }
}
