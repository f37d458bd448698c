/**
 * Live results for `<chorus-poll>`: the event stream, and when to speak of a change and
 * of whom. Its own chunk, fetched once a poll that can still change has shown. It imports
 * only types from the element's chunk, so that chunk exports nothing but the element.
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Poll, PollOption } from '../../schema/poll.ts';
import type { PollStream } from './poll-client.ts';

/** At most one re-render per second from the stream, however fast events arrive. */
export const RENDER_EVERY_MS = 1000;
/** At most one live announcement per 30 seconds: a screen reader is not a ticker. */
export const ANNOUNCE_EVERY_MS = 30_000;

/** The answer ahead of every other, or undefined while nobody voted or the top is shared. */
export function leaderOf(poll: Poll): PollOption | undefined {
  const [first, second] = [...poll.options].sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0));
  if (!first?.votes || (second && second.votes === first.votes)) return undefined;
  return first;
}

/** What was last said aloud (or first seen) about the results. */
export interface Heard {
  leader: string | undefined;
  total: number;
  /** When it was said; `-Infinity` for what was only seen, so the first real change is said at once. */
  at: number;
}

/** What a poll's results say now, for `worthSaying`. */
export const hearing = (poll: Poll, at: number): Heard => ({ leader: leaderOf(poll)?.id, total: poll.total ?? 0, at });

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
  /** The poll as the element shows it now. */
  current(): Poll | undefined;
  /** The poll changed (at most once per `RENDER_EVERY_MS`). */
  update(poll: Poll): void;
  /** The poll closed: the final results. The stream is closed. */
  closed(poll: Poll): void;
  /** A moderator deleted the poll. The stream is closed. */
  deleted(): void;
  /** Say the results aloud, politely: who leads (none on a tie), `final` once the poll has closed. */
  announce(poll: Poll, leader: PollOption | undefined, final: boolean): void;
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
 *
 * It also tells screen readers about them, politely and rarely: the poll closing, or the
 * lead or the number of voters changing meaningfully, at most once per ANNOUNCE_EVERY_MS
 * (a change within the window is said when it ends, if it still holds).
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
  #heard: Heard | undefined;
  #news: ReturnType<typeof setTimeout> | undefined;
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

  /** What was last said about `poll` (or first seen, at `-Infinity`); undefined forgets it (another poll). */
  said(poll: Poll | undefined, at: number): void {
    this.#heard = poll?.total === undefined ? undefined : hearing(poll, at);
  }

  hostDisconnected(): void {
    clearTimeout(this.#news);
    this.#news = undefined;
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
    const before = this.#options.current();
    this.#options.update(poll);
    this.#tell(poll, before);
  }

  readonly #onClosed = (event: Event): void => {
    const poll = parse(event);
    const before = this.#options.current();
    this.#close();
    if (!poll) return;
    this.#options.closed(poll);
    this.#tell(poll, before);
  };

  #tell(poll: Poll, before: Poll | undefined): void {
    if (poll.total === undefined) return;
    const now = performance.now();
    if (poll.closed && !before?.closed) {
      clearTimeout(this.#news);
      this.#news = undefined;
      return this.#say(poll, true, now);
    }
    if (!this.#heard) return void (this.#heard = hearing(poll, -Infinity));
    if (!worthSaying(this.#heard, hearing(poll, now))) return;
    const wait = this.#heard.at + ANNOUNCE_EVERY_MS - now;
    if (wait <= 0) return this.#say(poll, false, now);
    this.#news ??= setTimeout(() => {
      this.#news = undefined;
      const latest = this.#options.current();
      if (latest && latest.total !== undefined && this.#heard && worthSaying(this.#heard, hearing(latest, 0))) this.#say(latest, false, performance.now());
    }, wait);
  }

  #say(poll: Poll, final: boolean, at: number): void {
    this.#options.announce(poll, leaderOf(poll), final);
    this.#heard = hearing(poll, at);
  }

  readonly #onDeleted = (): void => {
    this.#close();
    this.#options.deleted();
  };
}
