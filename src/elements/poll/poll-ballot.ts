/**
 * The voting form of `<chorus-poll>`: its template's state (the answers ticked, a vote on
 * its way, why the last one was not counted), sending a vote and what follows a refusal, and
 * the form's styles. Its own chunk: an open poll fetches it before it is ready; a poll whose
 * results show at once (voted on from this browser) fetches it once it has shown and the
 * page is idle, or on "Change your vote"; a closed poll never does. It imports only types
 * from the element's chunk, so that chunk exports nothing but the element.
 * @module
 */
import { css, type ReactiveElement, type TemplateResult } from 'lit';
import { lazy } from '../../lazy.ts';
import type { Poll } from '../../schema/poll.ts';
import type { Translate } from '../../shared/locale.ts';
import type { PollClient } from './poll-client.ts';
import { pollForm, type FormState } from './poll.parts.ts';
import type { pollEn } from './poll.strings.ts';

type T = Translate<typeof pollEn>;

// The words for a refused vote: fetched when someone first chooses an answer.
const refusalCode = lazy(() => import('./poll-refusal.ts'));
// A vote shows the results: their code is asked for on a first choice, if the page was not idle yet (the element fetches it then).
const resultsCode = lazy(() => import('./poll-results.ts'));

/** What the form needs of the element it is drawn in. */
export interface BallotOptions {
  /** The poll as the element shows it now. */
  poll(): Poll | undefined;
  /** The element's words, in its language now. */
  t(): T;
  /** Where votes go, or null when the element has no server. */
  client(): PollClient | null;
  /** This browser's voter token. */
  voter(): string;
  /** The server counted the vote: show `poll` as it now is, say so, and move focus to its results. */
  counted(poll: Poll, options: string[]): Promise<void>;
  /** The poll changed meanwhile (it closed, or an answer went): read it again. */
  reread(): Promise<void>;
  /** A vote was refused or never arrived: `message` says why; when the poll `closed` it also goes above the final results. */
  refused(error: unknown, message: string, closed: boolean): void;
  /** "Show results" was chosen. */
  showResults(): void;
  /** Makes the element's `updateComplete` wait for a vote and what it shows. */
  track(job: Promise<void>): void;
  /** The element's next render (what tracked work waits for). */
  rendered(): Promise<unknown>;
}

/**
 * The voting form of one poll. The element makes one when the form first shows (and a new one
 * for another poll), draws it with `render`, and tells it of every new state of the poll with `shown`.
 */
export class Ballot implements FormState {
  /** The answers ticked and not yet sent (or sent and refused: they stay). */
  selected: string[];
  /** A vote is on its way. */
  busy = false;
  /** Why the last vote was not counted, shown under the answers. */
  error: string | undefined;
  readonly #host: ReactiveElement;
  readonly #options: BallotOptions;

  constructor(host: ReactiveElement, options: BallotOptions) {
    this.#host = host;
    this.#options = options;
    this.selected = options.poll()?.choice ?? [];
  }

  /**
   * Takes in the poll as the server now shows it (`first`: the first answer for this poll). Answers
   * that went are unticked; an untouched form follows the recorded choice (another device may have changed it).
   */
  shown(poll: Poll, first: boolean, changing: boolean): void {
    const ids = new Set(poll.options.map((option) => option.id));
    const kept = this.selected.filter((id) => ids.has(id));
    this.selected = first || (!changing && !this.error) ? (poll.choice ?? kept) : kept;
  }

  async #vote(): Promise<void> {
    const { poll: current, client: server, t, voter, counted, rendered } = this.#options;
    const poll = current();
    const client = server();
    if (!poll || !client || this.busy) return;
    if (!this.selected.length) {
      this.error = t()('required');
      this.#host.requestUpdate();
      await rendered();
      this.#host.renderRoot.querySelector<HTMLInputElement>('input')?.focus();
      return;
    }
    const options = [...this.selected];
    this.busy = true;
    this.error = undefined;
    this.#host.requestUpdate();
    try {
      await counted(await client.vote(poll.id, options, voter()), options);
    } catch (error) {
      await this.#refused(error, options);
    } finally {
      this.busy = false;
      this.#host.requestUpdate();
    }
  }

  /** A vote the server refused or never got: words in place, the choice kept, the poll re-read when it changed. */
  async #refused(error: unknown, options: string[]): Promise<void> {
    const { poll, t: words, reread, refused } = this.#options;
    const t = words();
    const refusal = (await refusalCode.load())?.refusalOf(error, t);
    const { message, reread: changed, closed } = (await refusal) ?? { message: t('voteFailed', { reason: '' }), reread: false, closed: false };
    if (changed) await reread();
    this.selected = options.filter((id) => poll()?.options.some((option) => option.id === id));
    if (!poll()?.closed) this.error = message;
    refused(error, message, closed);
  }

  readonly choose = (id: string, checked: boolean): void => {
    void refusalCode.load();
    void resultsCode.load();
    this.selected = this.#options.poll()?.multiple ? (checked ? [...this.selected, id] : this.selected.filter((other) => other !== id)) : checked ? [id] : [];
    if (this.error === this.#options.t()('required')) this.error = undefined;
    this.#host.requestUpdate();
  };

  readonly submit = (event: SubmitEvent): void => {
    event.preventDefault();
    this.#options.track(this.#vote());
  };

  readonly showResults = (): void => this.#options.showResults();

  /** The question as a fieldset of radios (checkboxes for `multiple`) and one Vote button. */
  render(t: T, poll: Poll): TemplateResult {
    return pollForm(t, poll, this);
  }
}

/** The form's styles, adopted by the element with this module (the question, hints and status lines are the element's own). */
export const styles = css`
  form {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .options {
    display: grid;
    gap: 0.25rem;
    margin-block-start: 0.5rem;
  }
  label {
    display: flex;
    align-items: center;
    gap: 0.625rem;
    min-block-size: 2.75rem;
    padding: 0.375rem 0.625rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.5);
    cursor: pointer;
  }
  label:has(:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  input {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  [aria-invalid='true'] label {
    border-color: var(--_danger);
  }
  .error {
    color: var(--_danger);
    font-weight: 600;
  }
  /* Forced colours drop shadows and replace colours: the chosen option gets a thicker ring, an
     invalid one a dashed border. */
  @media (forced-colors: active) {
    label:has(:checked) {
      outline: 2px solid Highlight;
      outline-offset: -3px;
    }
    [aria-invalid='true'] label {
      border-style: dashed;
    }
  }
`;
