import type { PollStreamEvent } from '../src/schema/index.ts';
import type { Logger } from './http.ts';
import { publicPoll } from './poll-view.ts';
import type { PollRecord, PollStore } from './store/poll-store.ts';

/** One Server-Sent Event, as `SSEStreamingApi.writeSSE` takes it. */
export interface PollEventMessage {
  event: PollStreamEvent;
  data: string;
  id?: string;
}

/** Where a reader's events go: the route wraps Hono's SSE stream in this. */
export interface PollEventSink {
  send(message: PollEventMessage): Promise<void>;
  /** A comment line, which EventSource ignores: keeps proxies from closing an idle connection. */
  heartbeat(): Promise<void>;
  /** Ends the response. */
  end(): Promise<void>;
}

export interface PollEventHubOptions {
  store: PollStore;
  now?: () => number;
  logger?: Logger;
  /** How often the database is asked for changes, which is also the most often a poll's readers get an update. */
  intervalMs?: number;
  /** How long a stream may stay silent before it gets a comment line. */
  heartbeatMs?: number;
}

interface Subscriber {
  sink: PollEventSink;
  /** The reader's ballot key, if it sent a voter token. */
  voterHash: string | null;
  choice: string[] | null;
  /** The last event's data, to skip sending the same view twice. */
  lastData: string;
  lastWrite: number;
  /** Sending one event at a time; a newer event replaces one still waiting, so a slow reader never piles up memory. */
  sending: boolean;
  waiting: PollEventMessage | null;
  finalSent: boolean;
  ended: boolean;
  done: () => void;
}

interface Watched {
  version: number;
  subscribers: Set<Subscriber>;
}

/** The `id:` of the final event; a reconnect that sends it back as `Last-Event-ID` is answered 204, which stops EventSource. */
export const CLOSED_EVENT_ID = 'closed';

/**
 * Live poll results for every reader connected to this process.
 *
 * One timer per process asks the database, in one query, for the version of
 * every poll someone is watching; a version that moved means a vote, an edit
 * or a close, made by this server or by any other on the same database. So
 * several instances behind a load balancer need nothing but the database
 * (no LISTEN/NOTIFY connection to keep alive, nothing to lose while one is
 * down), and the interval is the throttle: a poll's readers get at most one
 * update per interval however fast votes come in. Each reader gets its own
 * view: counts only once it may see them.
 */
export class PollEventHub {
  readonly #store: PollStore;
  readonly #now: () => number;
  readonly #logger: Logger | undefined;
  readonly #intervalMs: number;
  readonly #heartbeatMs: number;
  readonly #watched = new Map<string, Watched>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #checking: Promise<void> | undefined;
  #closed = false;

  constructor(options: PollEventHubOptions) {
    this.#store = options.store;
    this.#now = options.now ?? Date.now;
    this.#logger = options.logger;
    this.#intervalMs = options.intervalMs ?? 1000;
    this.#heartbeatMs = options.heartbeatMs ?? 20_000;
  }

  /** Readers connected now (for tests and metrics). */
  get size(): number {
    let count = 0;
    for (const watched of this.#watched.values()) count += watched.subscribers.size;
    return count;
  }

  /**
   * Sends the reader its first event for `poll` (as loaded by the route), then
   * every change until the poll closes or is deleted, the reader leaves
   * (`signal`) or the hub closes. Resolves when the stream is over.
   */
  watch(
    poll: PollRecord,
    reader: { voterHash: string | null; choice: string[] | null },
    sink: PollEventSink,
    signal: { onAbort(listener: () => void): void },
  ): Promise<void> {
    return new Promise<void>((resolve) => {
      const subscriber: Subscriber = {
        sink,
        voterHash: reader.voterHash,
        choice: reader.choice,
        lastData: '',
        lastWrite: this.#now(),
        sending: false,
        waiting: null,
        finalSent: false,
        ended: false,
        done: resolve,
      };
      signal.onAbort(() => this.#end(poll.id, subscriber));
      this.#deliver(subscriber, poll);
      if (poll.closed) return;
      if (this.#closed) {
        // Shutting down: this first event is also the last, and the stream ends once it is written.
        subscriber.finalSent = true;
        if (!subscriber.sending) void this.#finish(subscriber);
        return;
      }
      const watched = this.#watched.get(poll.id) ?? { version: poll.version, subscribers: new Set<Subscriber>() };
      // A reader who loaded an older version than the others watch will get the next change like them.
      watched.version = Math.min(watched.version, poll.version);
      watched.subscribers.add(subscriber);
      this.#watched.set(poll.id, watched);
      this.#schedule();
    });
  }

  /** Ends every stream (server shutdown): readers' EventSource reconnects to another instance or after the restart. */
  async close(): Promise<void> {
    this.#closed = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    const all = [...this.#watched].flatMap(([id, watched]) => [...watched.subscribers].map((subscriber) => [id, subscriber] as const));
    this.#watched.clear();
    await Promise.all(all.map(([id, subscriber]) => this.#end(id, subscriber)));
  }

  #schedule(): void {
    if (this.#timer || this.#closed || this.#watched.size === 0) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.check()
        .catch((error: unknown) => this.#logger?.log('error', 'poll stream check failed', { error: (error as Error).message }))
        .finally(() => this.#schedule());
    }, this.#intervalMs);
    // The server's socket keeps the process alive; a poll check alone should not.
    this.#timer.unref();
  }

  /**
   * Asks the database once for changes to the watched polls and sends them, with
   * heartbeats to quiet streams. The timer calls it every interval; a call while
   * one runs joins that one.
   */
  check(): Promise<void> {
    this.#checking ??= this.#check().finally(() => (this.#checking = undefined));
    return this.#checking;
  }

  async #check(): Promise<void> {
    const at = new Date(this.#now());
    const ids = [...this.#watched.keys()];
    const states = await this.#store.pollStates(ids, at);
    for (const id of ids) {
      const watched = this.#watched.get(id);
      if (!watched) continue;
      const state = states.get(id);
      if (!state) {
        this.#watched.delete(id);
        for (const subscriber of watched.subscribers) {
          this.#send(subscriber, { event: 'deleted', data: JSON.stringify({ id }) }, true);
        }
        continue;
      }
      if (state.version !== watched.version || state.closed) {
        const poll = await this.#store.getPoll(id, at);
        if (!poll) continue;
        watched.version = poll.version;
        await this.#refreshChoices(id, watched);
        for (const subscriber of watched.subscribers) this.#deliver(subscriber, poll);
        if (poll.closed) this.#watched.delete(id);
      }
      const quietSince = at.getTime() - this.#heartbeatMs;
      for (const subscriber of watched.subscribers) {
        if (!subscriber.sending && subscriber.lastWrite <= quietSince) {
          subscriber.lastWrite = at.getTime();
          void subscriber.sink.heartbeat();
        }
      }
    }
  }

  /** Reads the ballots of the readers who sent a voter token, so a vote (from any device, on any server) shows in their view. */
  async #refreshChoices(pollId: string, watched: Watched): Promise<void> {
    const hashes = [...new Set([...watched.subscribers].flatMap((subscriber) => (subscriber.voterHash ? [subscriber.voterHash] : [])))];
    const ballots = new Map<string, string[]>();
    for (let start = 0; start < hashes.length; start += 500) {
      for (const [hash, choice] of await this.#store.ballots(pollId, hashes.slice(start, start + 500))) ballots.set(hash, choice);
    }
    for (const subscriber of watched.subscribers) if (subscriber.voterHash) subscriber.choice = ballots.get(subscriber.voterHash) ?? null;
  }

  /** The reader's view of `poll`, as a `poll` event or, once closed, the final `closed` event. */
  #deliver(subscriber: Subscriber, poll: PollRecord): void {
    const view = publicPoll(poll, subscriber.choice);
    const data = JSON.stringify(view);
    if (poll.closed) {
      this.#send(subscriber, { event: 'closed', data, id: CLOSED_EVENT_ID }, true);
      return;
    }
    // A change this reader cannot see (another's vote while counts are hidden) is not worth an event.
    if (data === subscriber.lastData) return;
    subscriber.lastData = data;
    this.#send(subscriber, { event: 'poll', data, id: String(poll.version) }, false);
  }

  #send(subscriber: Subscriber, message: PollEventMessage, final: boolean): void {
    if (subscriber.ended || subscriber.finalSent) return;
    if (final) subscriber.finalSent = true;
    if (subscriber.sending) {
      subscriber.waiting = message;
      return;
    }
    subscriber.sending = true;
    void (async () => {
      let next: PollEventMessage | null = message;
      while (next && !subscriber.ended) {
        subscriber.waiting = null;
        subscriber.lastWrite = this.#now();
        await subscriber.sink.send(next);
        next = subscriber.waiting;
      }
      subscriber.sending = false;
      if (subscriber.finalSent) await this.#finish(subscriber);
    })();
  }

  #end(pollId: string, subscriber: Subscriber): Promise<void> {
    const watched = this.#watched.get(pollId);
    watched?.subscribers.delete(subscriber);
    if (watched && watched.subscribers.size === 0) this.#watched.delete(pollId);
    return this.#finish(subscriber);
  }

  async #finish(subscriber: Subscriber): Promise<void> {
    if (subscriber.ended) return;
    subscriber.ended = true;
    await subscriber.sink.end();
    subscriber.done();
  }
}
