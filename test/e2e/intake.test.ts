import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { FakeServer } from '../server/fakes/fake-server.ts';
import {
  DISCORD_BOT_TOKEN,
  DISCOURSE_KEY,
  GITHUB_TOKEN,
  SLACK_BOT_TOKEN,
  fakeDiscordApi,
  fakeForum,
  fakeGitHubIssues,
  fakeSlackApi,
} from '../server/fakes/intake-services.ts';
import {
  discordKeys,
  discordRequest,
  discourseRequest,
  fixture,
  githubExample,
  githubRequest,
  secrets,
  slackPayload,
  slackRequest,
  topicCreated,
} from '../server/intake-helpers.ts';
import { startServer, type RunningServer } from './server-process.ts';

const TOKEN = 'e2e-admin-token-0123456789abcdef';
const PUBLIC = 'https://stories.example.org';
const dir = mkdtempSync(join(tmpdir(), 'chorus-e2e-intake-'));
const running: RunningServer[] = [];
const fakes: FakeServer[] = [];
after(async () => {
  for (const server of running) server.process.kill('SIGKILL');
  await Promise.all(fakes.map((fake) => fake.close()));
  rmSync(dir, { recursive: true, force: true });
});

async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((done) => setTimeout(done, 50));
}

interface Listed {
  id: string;
  title: string;
  origin: { channel: string; url: string | null };
  deliveries: { target: string; action?: string; status: string }[];
}

describe('stories from every channel in the server process', { timeout: 240_000 }, () => {
  it('are queued once with their origin, published on approval and answered once each, across kill -9 and a restart', async () => {
    const [slack, discord, github, forum] = await Promise.all([fakeSlackApi(), fakeDiscordApi(), fakeGitHubIssues(), fakeForum()]);
    fakes.push(slack, discord, github, forum);
    const keys = discordKeys();
    const env = {
      CHORUS_DATA_DIR: join(dir, 'data'),
      CHORUS_ADMIN_TOKEN: TOKEN,
      CHORUS_PUBLIC_URL: PUBLIC,
      CHORUS_GITHUB_REPO: 'Codertocat/Hello-World',
      CHORUS_GITHUB_TOKEN: GITHUB_TOKEN,
      CHORUS_GITHUB_API_URL: github.url,
      CHORUS_GITHUB_WEBHOOK_SECRET: secrets.github,
      CHORUS_GITHUB_INTAKE_LABELS: 'bug',
      CHORUS_DISCOURSE_WEBHOOK_SECRET: secrets.discourse,
      CHORUS_DISCOURSE_URL: forum.url,
      CHORUS_DISCOURSE_API_KEY: DISCOURSE_KEY,
      CHORUS_DISCOURSE_USERNAME: 'chorus-bot',
      CHORUS_SLACK_SIGNING_SECRET: secrets.slack,
      CHORUS_SLACK_BOT_TOKEN: SLACK_BOT_TOKEN,
      CHORUS_SLACK_API_URL: `${slack.url}/api`,
      CHORUS_DISCORD_PUBLIC_KEY: keys.publicKeyHex,
      CHORUS_DISCORD_BOT_TOKEN: DISCORD_BOT_TOKEN,
      CHORUS_DISCORD_APPLICATION_ID: '775799577604522054',
      CHORUS_DISCORD_API_URL: discord.url,
    };
    const first = await startServer(env);
    running.push(first);
    const send = async (path: string, init: RequestInit) => (await fetch(`${first.url}/api/v1/intake/${path}`, init)).status;

    const shortcut = fixture('intake/slack/message-shortcut.json');
    shortcut.callback_id = 'chorus_share';
    shortcut.response_url = `${slack.url}/response/T0MJR11A4/21974584944/yk1S9ndf35Q1flupVG5JbpM6`;
    (shortcut.message as Record<string, unknown>).user = 'U0D15K92L';
    const command = fixture('intake/discord/message-command.json');
    (command.data as Record<string, unknown>).name = 'Share as story';
    for (let round = 0; round < 2; round++) {
      assert.equal(await send('github', githubRequest(githubExample('issues', 'opened'))), 202);
      assert.equal(await send('discourse', discourseRequest(topicCreated())), 202);
      assert.equal(await send('slack', slackRequest(slackPayload(shortcut))), 200);
      assert.equal(await send('discord', discordRequest(command, keys.privateKey)), 200);
    }
    await until(() => slack.requests.filter((request) => request.url.startsWith('/response/')).length === 2);

    const list = async (server: RunningServer, status: string) => {
      const response = await fetch(`${server.url}/api/v1/admin/stories?status=${status}`, { headers: { Authorization: `Bearer ${TOKEN}` } });
      return ((await response.json()) as { stories: Listed[] }).stories;
    };
    const queued = await list(first, 'pending');
    assert.deepEqual(queued.map((story) => story.origin.channel).sort(), ['discord', 'discourse', 'github', 'slack']);

    // Slack is down when the stories are approved: its thread reply waits in the outbox.
    slack.outage = { status: 503, headers: { 'Retry-After': '1' }, body: { ok: false, error: 'service_unavailable' } };
    for (const story of queued) {
      const approved = await fetch(`${first.url}/api/v1/admin/stories/${story.id}/approve`, { method: 'POST', headers: { Authorization: `Bearer ${TOKEN}` } });
      assert.equal(approved.status, 200);
    }
    await until(
      () =>
        github.comments.size > 0 &&
        forum.replies.length === 1 &&
        discord.messages.length === 1 &&
        slack.requests.some((request) => request.url === '/api/chat.postMessage'),
    );
    // The failed attempt is on record (its lease released) before the process dies.
    await until(async () =>
      (await list(first, 'approved')).some((story) =>
        story.deliveries.some((delivery) => delivery.target === 'slack' && delivery.action === 'reply' && (delivery as { lastError?: string }).lastError),
      ),
    );
    first.process.kill('SIGKILL');
    await first.exited;
    assert.equal(slack.posted.length, 0);

    slack.outage = null;
    const second = await startServer(env);
    running.push(second);
    await until(() => slack.posted.length === 1);
    await until(async () => (await list(second, 'approved')).every((story) => story.deliveries.every((delivery) => delivery.status !== 'pending')));

    const feed = (await (await fetch(`${second.url}/feed.json`)).json()) as { items: { title: string }[] };
    for (const story of queued)
      assert.ok(
        feed.items.some((item) => item.title === story.title),
        `${story.origin.channel}: ${story.title} is in the feed`,
      );
    assert.equal(github.comments.get('/repos/Codertocat/Hello-World/issues/1')?.length, 1);
    assert.equal(forum.replies.length, 1);
    assert.equal(discord.messages.length, 1);
    assert.equal(slack.posted.length, 1);
    assert.equal(slack.posted[0].thread_ts, '1516229207.000133');
    for (const fake of [slack, discord, github, forum]) assert.deepEqual(fake.problems, [], `${fake.name} received requests unlike the real API's`);
    assert.equal(second.stdout().includes(SLACK_BOT_TOKEN), false, 'tokens are never logged');
  });
});
