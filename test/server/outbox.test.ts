import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'kysely';
import { parseSettings } from '../../server/env.ts';
import { integrationsFrom } from '../../server/integrations/index.ts';
import { DAY_MS, OutboxWorker } from '../../server/outbox.ts';
import type { KyselyStoryStore } from '../../server/store/kysely-store.ts';
import { openPGliteStore } from '../../server/store/pglite.ts';
import { AdminStory, Story, StoryPage, type Delivery } from '../../src/schema/index.ts';
import type { FakeServer } from './fakes/fake-server.ts';
import { DISCORD_PATH, DISCOURSE_KEY, GITHUB_TOKEN, SLACK_PATH, fakeDiscord, fakeDiscourse, fakeGitHub, fakeSlack, type FakeGitHub } from './fakes/services.ts';
import { admin, captureLogger, closeSharedStore, pgliteTemplate, post, sharedStore, testApp, validSubmission } from './helpers.ts';

let slack: FakeServer, discord: FakeServer, github: FakeGitHub, forum: FakeServer;
let shared: KyselyStoryStore;
/** The injected clock: tests move it instead of waiting. */
let now = 0;
const clock = () => now;
const LEASE_MS = 120_000;

before(async () => {
  [slack, discord, github, forum] = await Promise.all([fakeSlack(), fakeDiscord(), fakeGitHub(), fakeDiscourse()]);
  shared = await sharedStore();
});
after(async () => {
  await Promise.all([slack, discord, github, forum].map((fake) => fake.close()));
  await closeSharedStore();
});
beforeEach(async () => {
  now = Date.now();
  for (const fake of [slack, discord, github, forum]) {
    fake.requests.length = 0;
    fake.problems.length = 0;
    fake.next.length = 0;
    fake.outage = null;
  }
  github.issues.length = 0;
  github.hangAfterCreating = 0;
  await sql`truncate outbox, story_tags, stories, settings`.execute(shared.db);
});
afterEach(() => {
  for (const fake of [slack, discord, github, forum]) assert.deepEqual(fake.problems, [], `${fake.name} received requests unlike the real API's`);
});

/** Every integration set up by its settings, pointing at the fakes. */
/** `timeoutMs` is generous: the machine is shared, and only the timeout test waits for it. */
function integrations(timeoutMs = 5000) {
  const settings = parseSettings({
    CHORUS_SLACK_WEBHOOK_URL: `${slack.url}${SLACK_PATH}`,
    CHORUS_DISCORD_WEBHOOK_URL: `${discord.url}${DISCORD_PATH}`,
    CHORUS_MODERATION_URL: 'https://stories.example.org/moderate',
    CHORUS_GITHUB_REPO: 'python/community-stories',
    CHORUS_GITHUB_TOKEN: GITHUB_TOKEN,
    CHORUS_GITHUB_API_URL: github.url,
    CHORUS_DISCOURSE_URL: forum.url,
    CHORUS_DISCOURSE_API_KEY: DISCOURSE_KEY,
    CHORUS_DISCOURSE_USERNAME: 'chorus-bot',
    CHORUS_DISCOURSE_CATEGORY: '5',
  });
  return integrationsFrom(settings, { timeoutMs, now: clock });
}

/** The app and an outbox worker on one store, as main.ts wires them. */
async function server(store: KyselyStoryStore = shared, timeoutMs?: number) {
  const setup = integrations(timeoutMs);
  const logger = captureLogger();
  const worker = new OutboxWorker({ store, senders: setup.senders, logger, now: clock, random: () => 0.5, leaseMs: LEASE_MS });
  const { app } = await testApp({ store, integrations: setup, onQueued: () => worker.wake(), now: clock, logger });
  return { app, worker, logger, store };
}

type App = Awaited<ReturnType<typeof server>>['app'];

async function submit(app: App, overrides = {}): Promise<string> {
  const response = await app.request('/api/v1/stories', post(validSubmission({ startedAt: now - 60_000, ...overrides })));
  assert.equal(response.status, 202);
  return ((await response.json()) as { id: string }).id;
}

async function moderate(app: App, id: string, action: 'approve' | 'reject', body?: unknown) {
  const response = await app.request(`/api/v1/admin/stories/${id}/${action}`, admin(body === undefined ? { method: 'POST' } : post(body)));
  assert.equal(response.status, 200);
  return AdminStory.parse(await response.json());
}

/** What a moderator sees of a story's deliveries in the queue. */
async function deliveries(app: App, id: string, status = 'pending'): Promise<Delivery[]> {
  const response = await app.request(`/api/v1/admin/stories?status=${status}`, admin());
  const { stories } = (await response.json()) as { stories: AdminStory[] };
  const story = stories.find((candidate) => candidate.id === id);
  assert.ok(story, `story ${id} is in the ${status} list`);
  return story.deliveries ?? [];
}

const titles = (fake: FakeServer) => fake.accepted.map((request) => JSON.stringify(request.json).match(/How our meetup grew|Story \d+|[^"]*grew[^"]*/)?.[0]);

describe('notifications on submission', () => {
  it('answers at once and announces the story on Slack and Discord once', async () => {
    const { app, worker } = await server();
    const id = await submit(app);
    assert.equal(slack.requests.length + discord.requests.length, 0, 'the request to submit does not wait for the services');
    assert.deepEqual(
      (await deliveries(app, id)).map((d) => [d.target, d.status]),
      [
        ['discord', 'pending'],
        ['slack', 'pending'],
      ],
    );
    assert.equal(await worker.runOnce(), 2);
    assert.equal(await worker.runOnce(), 0);
    assert.equal(slack.accepted.length, 1);
    assert.equal(discord.accepted.length, 1);
    const shown = await deliveries(app, id);
    assert.deepEqual(
      shown.map((d) => [d.target, d.status, d.attempts]),
      [
        ['discord', 'delivered', 1],
        ['slack', 'delivered', 1],
      ],
    );
  });

  it('never announces spam: honeypot, sent too fast, or marked as spam before delivery', async () => {
    const { app, worker } = await server();
    await submit(app, { title: 'Bot one', website: 'https://spam.example' });
    await submit(app, { title: 'Bot two', startedAt: now - 500 });
    const later = await submit(app, { title: 'Bot three' });
    const marked = await moderate(app, later, 'reject', { spam: true });
    assert.equal(marked.status, 'spam');
    await worker.runOnce();
    assert.equal(slack.requests.length + discord.requests.length, 0);
    assert.deepEqual(
      (await deliveries(app, later, 'spam')).map((d) => [d.target, d.status]),
      [
        ['discord', 'cancelled'],
        ['slack', 'cancelled'],
      ],
    );
  });

  it('honours Retry-After on 429 and backs off with jitter on 5xx', async () => {
    const { app, worker } = await server();
    const id = await submit(app);
    slack.outage = { status: 429, headers: { 'Retry-After': '120' }, body: 'rate_limited' };
    discord.outage = { status: 502, body: { message: 'Bad Gateway' } };
    const start = now;
    await worker.runOnce();
    const waiting = await deliveries(app, id);
    // Discord: first retry after 5 s × (½ + ½ × jitter 0.5) = 3.75 s. Slack: as asked, 120 s.
    assert.deepEqual(
      waiting.map((d) => [d.target, d.status, d.lastError, d.at]),
      [
        ['discord', 'pending', 'HTTP 502: Bad Gateway', new Date(start + 3750).toISOString()],
        ['slack', 'pending', 'HTTP 429: rate_limited', new Date(start + 120_000).toISOString()],
      ],
    );
    slack.outage = null;
    discord.outage = null;
    now = start + 60_000;
    await worker.runOnce();
    assert.equal(discord.accepted.length, 1);
    assert.equal(slack.requests.length, 1, 'Slack is not asked again before its Retry-After');
    now = start + 120_000;
    await worker.runOnce();
    assert.equal(slack.accepted.length, 1);
  });

  it('retries a service that does not answer in time', async () => {
    const { app, worker } = await server(shared, 300);
    const id = await submit(app);
    slack.outage = 'hang';
    await worker.runOnce();
    assert.match((await deliveries(app, id)).find((d) => d.target === 'slack')?.lastError ?? '', /no answer within 300 ms/);
    slack.outage = null;
    now += 10_000;
    await worker.runOnce();
    assert.equal(slack.accepted.length, 1);
  });

  it('gives up after a day, logs it, and shows it to moderators', async () => {
    const { app, worker, logger } = await server();
    const id = await submit(app);
    slack.outage = { status: 503, body: 'unavailable' };
    await worker.runOnce();
    for (let hour = 1; hour <= 24; hour++) {
      now += 3_600_000;
      await worker.runOnce();
    }
    const slackDelivery = (await deliveries(app, id)).find((d) => d.target === 'slack');
    assert.equal(slackDelivery?.status, 'failed');
    assert.match(slackDelivery?.lastError ?? '', /^given up after \d+ attempts: HTTP 503/);
    const logged = logger.lines.find((line) => line.msg === 'outbox: delivery failed for good');
    assert.equal(logged?.level, 'error');
    assert.equal(logged?.fields?.target, 'slack');
    const attempts = slack.requests.length;
    now += DAY_MS;
    await worker.runOnce();
    assert.equal(slack.requests.length, attempts, 'a job given up is not tried again');
    assert.equal(logger.text().includes(SLACK_PATH), false, 'the webhook URL, a secret, is never logged');
  });
});

describe('delivery across a restart', () => {
  it('delivers a story submitted while Slack was down after it comes back, on a new server on the same data', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chorus-outbox-'));
    try {
      const open = async () => openPGliteStore({ dataDir: dir, ...(existsSync(join(dir, 'PG_VERSION')) ? {} : { loadDataDir: await pgliteTemplate() }) });
      const firstStore = await open();
      const first = await server(firstStore);
      slack.outage = { status: 503, body: 'unavailable' };
      const id = await submit(first.app);
      await first.worker.runOnce();
      assert.equal(slack.accepted.length, 0);
      await first.worker.stop();
      await firstStore.close();

      slack.outage = null;
      now += 60_000;
      const secondStore = await open();
      const second = await server(secondStore);
      await second.worker.runOnce();
      await second.worker.runOnce();
      assert.equal(slack.accepted.length, 1);
      assert.equal(discord.accepted.length, 1, 'Discord, which was up, got it once, before the restart');
      const slackDelivery = (await deliveries(second.app, id)).find((d) => d.target === 'slack');
      assert.deepEqual([slackDelivery?.status, slackDelivery?.attempts], ['delivered', 2]);
      await secondStore.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('nothing is delivered twice', () => {
  it('two workers on one database share the jobs without overlap', async () => {
    const { app, worker } = await server();
    const other = new OutboxWorker({ store: shared, senders: integrations().senders, now: clock, batch: 3 });
    for (let n = 1; n <= 6; n++) await submit(app, { title: `Story ${n}` });
    await Promise.all([worker.runOnce(), other.runOnce(), worker.runOnce(), other.runOnce()]);
    await Promise.all([worker.runOnce(), other.runOnce()]);
    assert.deepEqual(titles(slack).sort(), ['Story 1', 'Story 2', 'Story 3', 'Story 4', 'Story 5', 'Story 6']);
    assert.equal(discord.accepted.length, 6);
  });

  it('a job leased by a worker that stopped answering waits for its lease, then goes to another worker once', async () => {
    const { app, worker } = await server();
    await submit(app);
    const stuck = await shared.claimJobs(new Date(now), LEASE_MS, 10);
    assert.equal(stuck.length, 2);
    assert.equal(await worker.runOnce(), 0, 'leased jobs are not handed out again');
    now += LEASE_MS;
    assert.equal(await worker.runOnce(), 2);
    assert.equal(slack.accepted.length, 1);
    // The stuck worker coming back cannot record anything over the new result.
    assert.equal(await shared.finishJob(stuck[0]!, { status: 'failed', error: 'late' }, new Date(now)), false);
    await worker.runOnce();
    assert.equal(slack.accepted.length, 1);
  });

  it('approving twice opens one issue and one topic', async () => {
    const { app, worker } = await server();
    const id = await submit(app);
    await moderate(app, id, 'approve');
    await moderate(app, id, 'approve');
    await worker.runOnce();
    await worker.runOnce();
    assert.equal(github.accepted.length, 1);
    assert.equal(forum.accepted.length, 1);
  });
});

describe('amplification on approval', () => {
  it('opens a GitHub issue and a forum topic and shows their links on the public story and in the feed', async () => {
    const { app, worker } = await server();
    const id = await submit(app, { title: 'How our meetup grew' });
    const approved = await moderate(app, id, 'approve');
    assert.deepEqual(
      approved.deliveries?.filter((d) => d.target === 'github' || d.target === 'discourse').map((d) => [d.target, d.status]),
      [
        ['discourse', 'pending'],
        ['github', 'pending'],
      ],
    );
    await worker.runOnce();
    assert.equal(github.accepted.length, 1);
    assert.equal(forum.accepted.length, 1);
    const issue = github.accepted[0]!.json as { title: string; labels: string[] };
    assert.deepEqual([issue.title, issue.labels], ['How our meetup grew', ['story']]);
    const story = Story.parse(await (await app.request(`/api/v1/stories/${id}`)).json());
    const byRel = Object.fromEntries(story.links.map((link) => [link.rel, link.url]));
    assert.equal(story.links.length, 2);
    assert.match(byRel.github ?? '', /^https:\/\/github\.com\/python\/community-stories\/issues\/\d+$/);
    assert.match(byRel.discourse ?? '', new RegExp(`^${forum.url}/t/how-our-meetup-grew-\\d+/\\d+$`));
    const feed = StoryPage.parse(await (await app.request('/api/v1/stories')).json());
    assert.deepEqual(feed.stories[0]!.links, story.links);
    const shown = await deliveries(app, id, 'approved');
    assert.equal(shown.find((d) => d.target === 'github')?.url, byRel.github);
  });

  it('gives up at once on 422, shows why, and keeps the story public', async () => {
    const { app, worker, logger } = await server();
    const id = await submit(app);
    github.next.push({ status: 422, body: { message: 'Validation Failed', errors: [{ resource: 'Issue', code: 'invalid', field: 'labels' }] } });
    await moderate(app, id, 'approve');
    await worker.runOnce();
    now += DAY_MS;
    await worker.runOnce();
    assert.equal(github.requests.length, 1);
    const failed = (await deliveries(app, id, 'approved')).find((d) => d.target === 'github');
    assert.equal(failed?.status, 'failed');
    assert.match(failed?.lastError ?? '', /^HTTP 422: Validation Failed/);
    assert.ok(logger.lines.some((line) => line.msg === 'outbox: delivery failed for good' && line.fields?.status === 422));
    assert.equal((await app.request(`/api/v1/stories/${id}`)).status, 200);
  });

  it('links the issue GitHub opened before timing out, instead of opening a second one', async () => {
    const { app, worker } = await server(shared, 300);
    const id = await submit(app, { title: 'How our meetup grew' });
    github.hangAfterCreating = 1;
    const approvedAt = now;
    await moderate(app, id, 'approve');
    await worker.runOnce();
    assert.equal(github.issues.length, 1);
    const waiting = (await deliveries(app, id, 'approved')).find((d) => d.target === 'github');
    assert.equal(waiting?.status, 'pending');
    assert.match(waiting?.lastError ?? '', /no answer within 300 ms/);

    now += 60_000;
    await worker.runOnce();
    assert.equal(github.issues.length, 1, 'no second issue');
    assert.equal(github.requests.filter((request) => request.method === 'POST').length, 1);
    const lookup = github.requests.find((request) => request.method === 'GET');
    assert.ok(lookup, 'the retry looked for the issue first');
    const since = Date.parse(new URL(lookup.url, 'http://x').searchParams.get('since') ?? '');
    assert.ok(since <= approvedAt, 'it looks back to before the job was queued');
    const delivered = (await deliveries(app, id, 'approved')).find((d) => d.target === 'github');
    assert.equal(delivered?.status, 'delivered');
    assert.equal(delivered?.url, github.issues[0]!.html_url);
    const story = Story.parse(await (await app.request(`/api/v1/stories/${id}`)).json());
    assert.deepEqual(
      story.links.filter((link) => link.rel === 'github').map((link) => link.url),
      [github.issues[0]!.html_url],
    );
  });

  it('opens the issue on a retry when the earlier attempt never reached GitHub', async () => {
    const { app, worker } = await server();
    const id = await submit(app);
    github.next.push({ status: 502, body: 'bad gateway' });
    await moderate(app, id, 'approve');
    await worker.runOnce();
    assert.equal(github.issues.length, 0);
    now += 60_000;
    await worker.runOnce();
    assert.equal(github.issues.length, 1);
    assert.deepEqual(
      github.requests.map((request) => request.method),
      ['POST', 'GET', 'POST'],
    );
    assert.equal((await deliveries(app, id, 'approved')).find((d) => d.target === 'github')?.url, github.issues[0]!.html_url);
  });

  it('opens nothing while it cannot tell whether an earlier attempt opened the issue', async () => {
    const { app, worker } = await server(shared, 300);
    const id = await submit(app);
    github.hangAfterCreating = 1;
    await moderate(app, id, 'approve');
    await worker.runOnce();
    now += 60_000;
    github.next.push({ status: 503, body: { message: 'Service unavailable' } });
    await worker.runOnce();
    assert.equal(github.requests.filter((request) => request.method === 'POST').length, 1);
    assert.match((await deliveries(app, id, 'approved')).find((d) => d.target === 'github')?.lastError ?? '', /HTTP 503/);
    now += 3_600_000;
    await worker.runOnce();
    assert.equal(github.issues.length, 1);
    assert.equal((await deliveries(app, id, 'approved')).find((d) => d.target === 'github')?.status, 'delivered');
  });

  it('does not amplify a story rejected before delivery, and does once it is approved again', async () => {
    const { app, worker } = await server();
    const id = await submit(app);
    await moderate(app, id, 'approve');
    await moderate(app, id, 'reject');
    await worker.runOnce();
    assert.equal(github.requests.length + forum.requests.length, 0);
    await moderate(app, id, 'approve');
    await worker.runOnce();
    await worker.runOnce();
    assert.equal(github.accepted.length, 1);
    assert.equal(forum.accepted.length, 1);
  });
});

describe('the worker in the background', () => {
  it('delivers a new story without being asked, once woken', async () => {
    now = Date.now();
    const { app, worker } = await server();
    worker.start();
    try {
      await submit(app);
      for (let tries = 0; slack.accepted.length + discord.accepted.length < 2 && tries < 200; tries++) await new Promise((done) => setTimeout(done, 10));
      assert.equal(slack.accepted.length, 1);
      assert.equal(discord.accepted.length, 1);
    } finally {
      await worker.stop();
    }
  });
});
