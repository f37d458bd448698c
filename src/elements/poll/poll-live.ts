/**
 * Live results for `<chorus-poll>`: the event stream and the rules for speaking of a
 * change. Its own chunk, fetched once a poll that can still change has shown.
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Poll } from '../../schema/poll.ts';
import type { PollStream } from './poll-client.ts';
import type { Heard } from './poll-news.ts';

export { hearing, leaderOf, type Heard } from './poll-news.ts';

/** At most one re-render per second from the stream, however fast events arrive. */
export const RENDER_EVERY_MS = 1000;
/** At most one live announcement per 30 seconds: a screen reader is not a ticker. */
export const ANNOUNCE_EVERY_MS = 30_000;

/**
 * Whether the results changed enough to interrupt a person: another answer took the
 * lead, or the number of voters moved by a tenth (at least 5). A change that comes
 * within `ANNOUNCE_EVERY_MS` of the last announcement waits for the window to end.
 */
export function worthSaying(last: Heard, next: Heard): boolean {
  if (next.leader !== last.leader) return true;
  return Math.abs(next.total - last.total) >= Math.max(5, Math.ceil(last.total / 10));
}

export interface LiveOptions {
  /** The stream to follow now, or null when there is none. */
  open(): PollStream | null;
  /** Which stream `open` would give, or null when none should be open (no poll yet, closed, deleted): a new key closes the old stream and opens the new. */
  key(): string | null;
  /** The poll changed (at most once per `RENDER_EVERY_MS`). */
  update(poll: Poll): void;
  /** The poll closed: the final results. The stream is closed. */
  closed(poll: Poll): void;
  /** A moderator deleted the poll. The stream is closed. */
  deleted(): void;
}

function parse(event: Event): Poll | undefined {
  try {
    return JSON.parse((event as MessageEvent<string>).data) as Poll;
  } catch {
    return undefined;
  }
}

/**
 * Live results: follows the poll's event stream while the element is in the
 * document, shown (not `hidden`) and its page visible; closes it otherwise, and
 * opens it again when that changes (the server sends the current poll first).
 * Events are applied at most once per `RENDER_EVERY_MS`, the last one winning.
 */
export class LivePollController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: LiveOptions;
  #stream: PollStream | null = null;
  #key: string | null = null;
  #pending: Poll | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #lastApplied = -Infinity;
  #connected = false;
  // \`hidden\` is the platform's attribute, not a Lit property: watched here.
  readonly #hiding = new MutationObserver(() => this.#sync());

  constructor(host: ReactiveControllerHost & HTMLElement, options: LiveOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Whether a stream is open now. */
  get open(): boolean {
    return this.#stream !== null;
  }

  hostConnected(): void {
    this.#connected = true;
    document.addEventListener('visibilitychange', this.#sync);
    this.#hiding.observe(this.#host, { attributes: true, attributeFilter: ['hidden'] });
  }

  hostDisconnected(): void {
    this.#connected = false;
    document.removeEventListener('visibilitychange', this.#sync);
    this.#hiding.disconnect();
    this.#close();
  }

  hostUpdated(): void {
    this.#sync();
  }

  readonly #sync = (): void => {
    const wanted = this.#connected && !this.#host.hidden && document.visibilityState !== 'hidden' ? this.#options.key() : null;
    if (wanted === this.#key && (wanted === null || this.#stream)) return;
    this.#close();
    if (wanted === null) return;
    const stream = this.#options.open();
    if (!stream) return;
    this.#key = wanted;
    this.#stream = stream;
    stream.addEventListener('poll', this.#onPoll);
    stream.addEventListener('closed', this.#onClosed);
    stream.addEventListener('deleted', this.#onDeleted);
  };

  #close(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#pending = undefined;
    this.#stream?.removeEventListener('poll', this.#onPoll);
    this.#stream?.removeEventListener('closed', this.#onClosed);
    this.#stream?.removeEventListener('deleted', this.#onDeleted);
    this.#stream?.close();
    this.#stream = null;
    this.#key = null;
  }

  readonly #onPoll = (event: Event): void => {
    const poll = parse(event);
    if (!poll) return;
    this.#pending = poll;
    if (this.#timer) return;
    const wait = this.#lastApplied + RENDER_EVERY_MS - performance.now();
    if (wait <= 0) return this.#apply();
    this.#timer = setTimeout(() => this.#apply(), wait);
  };

  #apply(): void {
    this.#timer = undefined;
    const poll = this.#pending;
    this.#pending = undefined;
    if (!poll) return;
    this.#lastApplied = performance.now();
    this.#options.update(poll);
  }

  readonly #onClosed = (event: Event): void => {
    const poll = parse(event);
    this.#close();
    if (poll) this.#options.closed(poll);
  };

  readonly #onDeleted = (): void => {
    this.#close();
    this.#options.deleted();
  };
}
