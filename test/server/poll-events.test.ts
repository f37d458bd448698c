import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';
import { setImmediate as tick } from 'node:timers/promises';
import { serve } from '@hono/node-server';
import { EventSource } from 'eventsource';
import { createParser } from 'eventsource-parser';
import { sha256 } from '../../server/admin-token.ts';
import { createApp } from '../../server/app.ts';
import { uuidv7 } from '../../server/ids.ts';
import { PollEventHub } from '../../server/poll-events.ts';
import { KyselyPollStore } from '../../server/store/kysely-poll-store.ts';
import type { KyselyStoryStore } from '../../server/store/kysely-store.ts';
import { openPostgresStore } from '../../server/store/postgres.ts';
import { ApiError, Poll } from '../../src/schema/index.ts';
import { ADMIN_TOKEN, admin, closeSharedStore, sharedStore } from './helpers.ts';
import { POLL_KEY, createPoll, pollApp, resetPolls, vote, votedPoll, voterToken } from './poll-helpers.ts';
import { postgresAvailability, type PgServer } from './pg-server.ts';

type Item = { kind: 'event'; event: string | undefined; id: string | undefined; data: string } | { kind: 'comment'; text: string } | { kind: 'end' };

/** Reads a text/event-stream body with a spec-following parser, one item at a time. */
class StreamReader {
  readonly #items: Item[] = [];
  #wake: (() => void) | undefined;
  readonly #reader: ReadableStreamDefaultReader<string>;
  retry: number | undefined;

  constructor(response: Response) {
    assert.ok(response.body, 'the stream has a body');
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    this.#reader = reader;
    const parser = createParser({
      onEvent: (message) => this.#push({ kind: 'event', event: message.event, id: message.id, data: message.data }),
      onComment: (text) => this.#push({ kind: 'comment', text }),
      onRetry: (retry) => (this.retry = retry),
    });
    void (async () => {
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          parser.feed(value);
        }
      } catch {
        // Cancelled by the test.
      }
      this.#push({ kind: 'end' });
    })();
  }

  #push(item: Item) {
    this.#items.push(item);
    this.#wake?.();
  }

  async next(): Promise<Item> {
    while (this.#items.length === 0) await new Promise<void>((resolve) => (this.#wake = resolve));
    return this.#items.shift() as Item;
  }

  /** The next event, skipping heartbeats; fails on the end of the stream. */
  async event(): Promise<{ event: string | undefined; id: string | undefined; data: string }> {
    for (;;) {
      const item = await this.next();
      if (item.kind === 'event') return item;
      assert.notEqual(item.kind, 'end', 'the stream ended before the next event');
    }
  }

  async poll(expected = 'poll'): Promise<Poll> {
    const item = await this.event();
    assert.equal(item.event, expected);
    return Poll.parse(JSON.parse(item.data));
  }

  async ended(): Promise<void> {
    for (;;) if ((await this.next()).kind === 'end') return;
  }

  cancel(): Promise<void> {
    return this.#reader.cancel();
  }
}

const TIMEOUT = { timeout: 30_000 };

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await tick();
}

describe('GET /api/v1/polls/{id}/events', () => {
  let store: KyselyStoryStore;
  before(async () => {
    store = await sharedStore();
  });
  beforeEach(() => resetPolls(store));
  after(closeSharedStore);

  /** Two app instances on one database, each with its own hub, as two servers behind a load balancer. */
  async function twoInstances(options: Parameters<typeof pollApp>[0] = {}, hub: Parameters<typeof pollApp>[2] = {}) {
    const a = await pollApp(options, {}, hub);
    const b = await pollApp(options, {}, hub);
    return { a, b };
  }

  it('streams the reader’s view first, without counts before they vote', TIMEOUT, async () => {
    const { a } = await twoInstances();
    const poll = await createPoll(a.app);
    const response = await a.app.request(`/api/v1/polls/${poll.id}/events`, { headers: { Origin: 'https://anywhere.example' } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('Content-Type'), 'text/event-stream');
    assert.equal(response.headers.get('Cache-Control'), 'no-cache');
    assert.equal(response.headers.get('X-Accel-Buffering'), 'no');
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), '*');
    const stream = new StreamReader(response);
    const first = await stream.event();
    assert.equal(first.event, 'poll');
    assert.equal(first.id, '1');
    assert.deepEqual(JSON.parse(first.data), {
      id: poll.id,
      question: poll.question,
      options: poll.options.map((option) => ({ id: option.id, text: option.text })),
      multiple: false,
      resultsBeforeVote: false,
      closesAt: null,
      closed: false,
    });
    assert.equal(stream.retry, 5000);
    await stream.cancel();
  });

  it('sends a vote made through another instance sharing the database', TIMEOUT, async () => {
    const { a, b } = await twoInstances();
    const poll = await createPoll(a.app);
    const reader = voterToken();
    await votedPoll(await vote(a.app, poll.id, [poll.options[0]!.id], reader));
    const stream = new StreamReader(await a.app.request(`/api/v1/polls/${poll.id}/events?voter=${reader}`));
    const first = await stream.poll();
    assert.equal(first.total, 1);
    assert.deepEqual(first.choice, [poll.options[0]!.id]);

    await votedPoll(await vote(b.app, poll.id, [poll.options[3]!.id], voterToken()));
    await a.events.check();
    const update = await stream.poll();
    assert.equal(update.total, 2);
    assert.deepEqual(
      update.options.map((option) => option.votes),
      [1, 0, 0, 1, 0],
    );
    assert.deepEqual(update.choice, [poll.options[0]!.id]);
    await stream.cancel();
  });

  it('checks on its own timer too', TIMEOUT, async () => {
    const { a, b } = await twoInstances({}, { intervalMs: 25 });
    const poll = await createPoll(a.app, { resultsBeforeVote: true });
    const stream = new StreamReader(await a.app.request(`/api/v1/polls/${poll.id}/events`));
    assert.equal((await stream.poll()).total, 0);
    await votedPoll(await vote(b.app, poll.id, [poll.options[1]!.id], voterToken()));
    assert.equal((await stream.poll()).total, 1);
    await stream.cancel();
    await a.events.close();
    await b.events.close();
  });

  it('shows counts on a reader’s stream once that reader votes, on any instance', TIMEOUT, async () => {
    const { a, b } = await twoInstances();
    const poll = await createPoll(a.app);
    const reader = voterToken();
    const stream = new StreamReader(await a.app.request(`/api/v1/polls/${poll.id}/events?voter=${reader}`));
    assert.equal((await stream.poll()).total, undefined);
    await votedPoll(await vote(b.app, poll.id, [poll.options[2]!.id], reader));
    await a.events.check();
    const seen = await stream.poll();
    assert.equal(seen.total, 1);
    assert.deepEqual(seen.choice, [poll.options[2]!.id]);
    await stream.cancel();
  });

  it('sends one update for many votes between two checks', TIMEOUT, async () => {
    const { a, b } = await twoInstances();
    const poll = await createPoll(a.app, { resultsBeforeVote: true });
    const stream = new StreamReader(await a.app.request(`/api/v1/polls/${poll.id}/events`));
    await stream.poll();
    await Promise.all(Array.from({ length: 20 }, (_, i) => vote(b.app, poll.id, [poll.options[i % 5]!.id], voterToken())));
    await a.events.check();
    await a.events.check();
    assert.equal((await stream.poll()).total, 20);
    // The next thing the reader gets is the close, not a second update of the same votes.
    await b.app.request(`/api/v1/admin/polls/${poll.id}/close`, admin({ method: 'POST' }));
    await a.events.check();
    const final = await stream.event();
    assert.equal(final.event, 'closed');
    await stream.ended();
  });

  it('sends nothing for changes the reader may not see, and counts with the final event when closed', TIMEOUT, async () => {
    const { a, b } = await twoInstances();
    const poll = await createPoll(a.app);
    const stream = new StreamReader(await a.app.request(`/api/v1/polls/${poll.id}/events?voter=${voterToken()}`));
    assert.equal((await stream.poll()).total, undefined);
    await votedPoll(await vote(b.app, poll.id, [poll.options[0]!.id], voterToken()));
    await a.events.check();
    await b.app.request(`/api/v1/admin/polls/${poll.id}/close`, admin({ method: 'POST' }));
    await a.events.check();
    const final = await stream.event();
    assert.equal(final.event, 'closed');
    assert.equal(final.id, 'closed');
    const closed = Poll.parse(JSON.parse(final.data));
    assert.equal(closed.closed, true);
    assert.equal(closed.total, 1);
    await stream.ended();
    assert.equal(a.events.size, 0);
  });

  it('sends the final event when the closing time passes', TIMEOUT, async () => {
    let now = Date.UTC(2025, 0, 1);
    const clock = () => now;
    const { a } = await twoInstances({ now: clock }, { now: clock });
    const poll = await createPoll(a.app, { closesAt: new Date(now + 60_000).toISOString(), resultsBeforeVote: true });
    const stream = new StreamReader(await a.app.request(`/api/v1/polls/${poll.id}/events`));
    assert.equal((await stream.poll()).closed, false);
    now += 60_000;
    await a.events.check();
    assert.equal((await stream.poll('closed')).closed, true);
    await stream.ended();
  });

  it('tells readers when the poll is deleted, and ends the stream', TIMEOUT, async () => {
    const { a, b } = await twoInstances();
    const poll = await createPoll(a.app);
    const stream = new StreamReader(await a.app.request(`/api/v1/polls/${poll.id}/events`));
    await stream.poll();
    assert.equal((await b.app.request(`/api/v1/admin/polls/${poll.id}`, admin({ method: 'DELETE' }))).status, 204);
    await a.events.check();
    const gone = await stream.event();
    assert.equal(gone.event, 'deleted');
    assert.deepEqual(JSON.parse(gone.data), { id: poll.id });
    await stream.ended();
  });

  it('sends a closed poll’s final event at once, and 204 to a reader who already has it', TIMEOUT, async () => {
    const { a } = await twoInstances();
    const poll = await createPoll(a.app);
    await a.app.request(`/api/v1/admin/polls/${poll.id}/close`, admin({ method: 'POST' }));
    const stream = new StreamReader(await a.app.request(`/api/v1/polls/${poll.id}/events`));
    const final = await stream.event();
    assert.equal(final.event, 'closed');
    await stream.ended();
    const again = await a.app.request(`/api/v1/polls/${poll.id}/events`, { headers: { 'Last-Event-ID': 'closed' } });
    assert.equal(again.status, 204);
    assert.equal(a.events.size, 0);
  });

  it('keeps a quiet stream alive with comment lines', TIMEOUT, async () => {
    let now = Date.UTC(2025, 0, 1);
    const clock = () => now;
    const { a } = await twoInstances({ now: clock }, { now: clock, heartbeatMs: 15_000 });
    const poll = await createPoll(a.app);
    const stream = new StreamReader(await a.app.request(`/api/v1/polls/${poll.id}/events`));
    await stream.poll();
    now += 15_000;
    await a.events.check();
    assert.deepEqual(await stream.next(), { kind: 'comment', text: 'keep-alive' });
    await stream.cancel();
  });

  it('forgets a reader who disconnects', TIMEOUT, async () => {
    const { a } = await twoInstances();
    const poll = await createPoll(a.app);
    const streams = await Promise.all([1, 2].map(async () => new StreamReader(await a.app.request(`/api/v1/polls/${poll.id}/events`))));
    for (const stream of streams) await stream.poll();
    assert.equal(a.events.size, 2);
    await streams[0]!.cancel();
    await until(() => a.events.size === 1);
    await streams[1]!.cancel();
    await until(() => a.events.size === 0);
  });

  it('ends every stream when the server stops', TIMEOUT, async () => {
    const { a } = await twoInstances();
    const poll = await createPoll(a.app);
    const stream = new StreamReader(await a.app.request(`/api/v1/polls/${poll.id}/events`));
    await stream.poll();
    await a.events.close();
    await stream.ended();
    assert.equal(a.events.size, 0);
    // A stream opened while stopping gets its first event and ends at once.
    const late = new StreamReader(await a.app.request(`/api/v1/polls/${poll.id}/events`));
    await late.poll();
    await late.ended();
  });

  it('answers 404 for an unknown poll and 422 for a malformed voter token, as JSON', TIMEOUT, async () => {
    const { a } = await twoInstances();
    const missing = await a.app.request(`/api/v1/polls/${uuidv7()}/events`);
    assert.equal(missing.status, 404);
    assert.equal(ApiError.parse(await missing.json()).error.code, 'not_found');
    const poll = await createPoll(a.app);
    const bad = await a.app.request(`/api/v1/polls/${poll.id}/events?voter=${encodeURIComponent('<script>')}`);
    assert.equal(bad.status, 422);
  });

  it('works with a standard EventSource client over a real socket', TIMEOUT, async () => {
    const { a, b } = await twoInstances({ remoteAddress: () => '127.0.0.1' }, { intervalMs: 25 });
    const poll = await createPoll(a.app);
    const server = serve({ fetch: a.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    const { port } = server.address() as AddressInfo;
    const reader = voterToken();
    await votedPoll(await vote(b.app, poll.id, [poll.options[0]!.id], reader));
    const source = new EventSource(`http://127.0.0.1:${port}/api/v1/polls/${poll.id}/events?voter=${reader}`);
    const received: { type: string; poll: Poll }[] = [];
    let wake: () => void = () => {};
    for (const type of ['poll', 'closed']) {
      source.addEventListener(type, (event) => {
        received.push({ type, poll: Poll.parse(JSON.parse(event.data)) });
        if (type === 'closed') source.close();
        wake();
      });
    }
    const next = async (count: number) => {
      while (received.length < count) await new Promise<void>((resolve) => (wake = resolve));
      return received[count - 1]!;
    };
    assert.equal((await next(1)).poll.total, 1);
    await votedPoll(await vote(b.app, poll.id, [poll.options[1]!.id], voterToken()));
    assert.equal((await next(2)).poll.total, 2);
    await b.app.request(`/api/v1/admin/polls/${poll.id}/close`, admin({ method: 'POST' }));
    const final = await next(3);
    assert.equal(final.type, 'closed');
    assert.equal(final.poll.closed, true);
    assert.equal(source.readyState, EventSource.CLOSED);
    await until(() => a.events.size === 0);
    await a.events.close();
    await b.events.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
});

const pg = postgresAvailability();
describe('live results across two servers on one PostgreSQL', { skip: pg.ok ? false : pg.reason }, () => {
  let server: PgServer | undefined;
  const stores: KyselyStoryStore[] = [];
  before(async () => {
    if (!pg.ok) return;
    server = await pg.start();
    // Two pools, as two processes would have.
    for (let i = 0; i < 2; i++) stores.push(await openPostgresStore({ connectionString: server.url, max: 4 }));
  });
  after(async () => {
    for (const store of stores) await store.close();
    await server?.stop();
  });

  it('streams a vote taken by the other server', TIMEOUT, async () => {
    const apps = stores.map((store) => {
      const polls = KyselyPollStore.sharing(store.db);
      const events = new PollEventHub({ store: polls, intervalMs: 3_600_000 });
      return {
        app: createApp({ store, adminTokenHash: sha256(ADMIN_TOKEN), remoteAddress: () => '192.0.2.1', polls: { store: polls, key: POLL_KEY, events } }),
        events,
      };
    });
    const [a, b] = apps as [(typeof apps)[0], (typeof apps)[0]];
    const poll = await createPoll(a.app, { resultsBeforeVote: true });
    const stream = new StreamReader(await a.app.request(`/api/v1/polls/${poll.id}/events`));
    assert.equal((await stream.poll()).total, 0);
    await votedPoll(await vote(b.app, poll.id, [poll.options[4]!.id], voterToken()));
    await a.events.check();
    const update = await stream.poll();
    assert.equal(update.total, 1);
    assert.equal(update.options[4]!.votes, 1);
    await b.app.request(`/api/v1/admin/polls/${poll.id}/close`, admin({ method: 'POST' }));
    await a.events.check();
    assert.equal((await stream.poll('closed')).total, 1);
    await stream.ended();
  });
});
