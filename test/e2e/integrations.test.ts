import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { FakeServer } from '../server/fakes/fake-server.ts';
import { SLACK_PATH, fakeSlack } from '../server/fakes/services.ts';
import { startServer, type RunningServer } from './server-process.ts';

const TOKEN = 'e2e-admin-token-0123456789abcdef';
const dir = mkdtempSync(join(tmpdir(), 'chorus-e2e-outbox-'));
const running: RunningServer[] = [];
let slack: FakeServer | undefined;
after(async () => {
  for (const server of running) server.process.kill('SIGKILL');
  await slack?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Waits for a condition the server reaches on its own; the test's timeout bounds it. */
async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((done) => setTimeout(done, 50));
}

describe('the outbox in the server process', { timeout: 240_000 }, () => {
  it('delivers a story submitted while Slack was down after kill -9 and a restart, exactly once', async () => {
    slack = await fakeSlack();
    // Slack is down and asks for a one-second pause.
    slack.outage = { status: 503, headers: { 'Retry-After': '1' }, body: 'unavailable' };
    const env = { CHORUS_DATA_DIR: join(dir, 'data'), CHORUS_ADMIN_TOKEN: TOKEN, CHORUS_SLACK_WEBHOOK_URL: `${slack.url}${SLACK_PATH}` };
    const first = await startServer(env);
    running.push(first);
    const response = await fetch(`${first.url}/api/v1/stories`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ kind: 'story', title: 'Sent while Slack was down', body: 'Still here.', authorName: 'Grace', consent: true }),
    });
    assert.equal(response.status, 202);
    const { id } = (await response.json()) as { id: string };
    await until(() => slack!.requests.length >= 1);
    first.process.kill('SIGKILL');
    await first.exited;
    assert.equal(slack.accepted.length, 0);

    slack.outage = null;
    const second = await startServer(env);
    running.push(second);
    await until(() => slack!.accepted.length >= 1);
    const status = async () => {
      const queue = await fetch(`${second.url}/api/v1/admin/stories?status=pending`, { headers: { Authorization: `Bearer ${TOKEN}` } });
      const { stories } = (await queue.json()) as { stories: { id: string; deliveries: { target: string; status: string }[] }[] };
      return stories.find((story) => story.id === id)?.deliveries.find((delivery) => delivery.target === 'slack')?.status;
    };
    await until(async () => (await status()) === 'delivered');
    assert.equal(slack.accepted.length, 1);
    assert.deepEqual(slack.problems, []);
    assert.match(second.stdout(), /"msg":"outbox: delivered"/);
    assert.equal(second.stdout().includes(SLACK_PATH), false, 'the webhook URL is never logged');
  });
});
