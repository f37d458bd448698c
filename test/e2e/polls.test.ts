import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { DEMO_POLL_ID } from '../../server/demo-seed.ts';
import { Poll } from '../../src/schema/index.ts';
import { postgresAvailability, type PgServer } from '../server/pg-server.ts';
import { startServer, type RunningServer } from './server-process.ts';

const ADMIN_TOKEN = 'e2e-admin-token-0123456789abcdef';
const dirs: string[] = [];
const running: RunningServer[] = [];
let postgres: PgServer | undefined;
after(async () => {
  for (const server of running) server.process.kill('SIGKILL');
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  await postgres?.stop();
});

async function start(env: Record<string, string>, args: string[] = []) {
  const server = await startServer({ CHORUS_ADMIN_TOKEN: ADMIN_TOKEN, ...env }, args);
  running.push(server);
  return server;
}

/** An open event stream over a real socket: its events as they come, and whether it has ended. */
async function openStream(url: string) {
  const response = await fetch(url);
  assert.equal(response.status, 200);
  assert.ok(response.body);
  const events: EventSourceMessage[] = [];
  let wake = () => {};
  const parser = createParser({
    onEvent: (event) => {
      events.push(event);
      wake();
    },
  });
  const ended = (async () => {
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      parser.feed(value);
    }
  })();
  return {
    ended,
    async event(n: number): Promise<EventSourceMessage> {
      while (events.length < n) await new Promise<void>((resolve) => (wake = resolve));
      return events[n - 1]!;
    },
  };
}

function vote(base: string, pollId: string, optionId: string, voter: string) {
  return fetch(`${base}/api/v1/polls/${pollId}/votes`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ options: [optionId], voter }),
  });
}

describe('polls in the real server process', { timeout: 300_000 }, () => {
  it('serves the demo poll, streams it, and ends open streams on SIGTERM, exiting 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chorus-e2e-polls-'));
    dirs.push(dir);
    const server = await start({ CHORUS_DATA_DIR: join(dir, 'data') }, ['--demo']);
    const poll = Poll.parse(await (await fetch(`${server.url}/api/v1/polls/${DEMO_POLL_ID}`)).json());
    assert.equal(poll.question, 'Where are you using WebAssembly?');
    assert.equal(poll.options.length, 5);
    const voter = crypto.randomUUID();
    const stream = await openStream(`${server.url}/api/v1/polls/${DEMO_POLL_ID}/events?voter=${voter}`);
    assert.equal(Poll.parse(JSON.parse((await stream.event(1)).data)).total, undefined);
    const voted = Poll.parse(await (await vote(server.url, DEMO_POLL_ID, poll.options[2]!.id, voter)).json());
    assert.equal(voted.total, 51);
    // The reader's own vote, taken by a plain request, shows in its stream with the counts.
    const update = Poll.parse(JSON.parse((await stream.event(2)).data));
    assert.deepEqual(update.choice, [poll.options[2]!.id]);
    assert.equal(update.total, 51);

    server.process.kill('SIGTERM');
    await stream.ended;
    assert.equal(await server.exited, 0);
    assert.match(server.stdout(), /"msg":"stopped"/);
  });

  const pg = postgresAvailability();
  it('delivers a vote taken by one server to a reader of another on the same PostgreSQL', { skip: pg.ok ? false : pg.reason }, async () => {
    if (!pg.ok) return;
    postgres = await pg.start();
    const env = { DATABASE_URL: postgres.url, CHORUS_DATA_DIR: join(tmpdir(), 'chorus-unused') };
    const [one, two] = [await start(env), await start(env)];
    const created = await fetch(`${one.url}/api/v1/admin/polls`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${ADMIN_TOKEN}` },
      body: JSON.stringify({ question: 'Tabs or spaces?', options: ['Tabs', 'Spaces'], resultsBeforeVote: true }),
    });
    assert.equal(created.status, 201);
    const poll = Poll.parse(await created.json());
    const stream = await openStream(`${one.url}/api/v1/polls/${poll.id}/events`);
    assert.equal(Poll.parse(JSON.parse((await stream.event(1)).data)).total, 0);
    assert.equal((await vote(two.url, poll.id, poll.options[1]!.id, crypto.randomUUID())).status, 200);
    const update = Poll.parse(JSON.parse((await stream.event(2)).data));
    assert.deepEqual(
      update.options.map((option) => option.votes),
      [0, 1],
    );
    const closed = await fetch(`${two.url}/api/v1/admin/polls/${poll.id}/close`, { method: 'POST', headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } });
    assert.equal(closed.status, 200);
    const final = await stream.event(3);
    assert.equal(final.event, 'closed');
    await stream.ended;
    for (const server of [one, two]) {
      server.process.kill('SIGTERM');
      assert.equal(await server.exited, 0);
    }
  });
});
