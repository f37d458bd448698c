import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'kysely';
import { parseSettings } from '../../server/env.ts';
import { intakeConfigFrom } from '../../server/intake/config.ts';
import { originReplySenders } from '../../server/intake/replies.ts';
import { integrationsFrom } from '../../server/integrations/index.ts';
import { OutboxWorker } from '../../server/outbox.ts';
import type { KyselyStoryStore } from '../../server/store/kysely-store.ts';
import type { OutboxJob } from '../../server/store/story-store.ts';
import { intakeStrings } from '../../server/intake/intake.strings.ts';
import { AdminStory } from '../../src/schema/index.ts';
import type { FakeServer } from './fakes/fake-server.ts';
import {
  DISCORD_BOT_TOKEN,
  DISCOURSE_KEY,
  GITHUB_TOKEN,
  SLACK_BOT_TOKEN,
  fakeDiscordApi,
  fakeForum,
  fakeGitHubIssues,
  fakeSlackApi,
} from './fakes/intake-services.ts';
import { admin, captureLogger, closeSharedStore, sharedStore, testApp } from './helpers.ts';
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
} from './intake-helpers.ts';

let store: KyselyStoryStore;
let slack: Awaited<ReturnType<typeof fakeSlackApi>>;
let discord: Awaited<ReturnType<typeof fakeDiscordApi>>;
let github: Awaited<ReturnType<typeof fakeGitHubIssues>>;
let forum: Awaited<ReturnType<typeof fakeForum>>;
const keys = discordKeys();
let now = Date.now();
const clock = () => now;
const PUBLIC = 'https://stories.example.org';

before(async () => {
  store = await sharedStore();
  [slack, discord, github, forum] = await Promise.all([fakeSlackApi(), fakeDiscordApi(), fakeGitHubIssues(), fakeForum()]);
});
after(async () => {
  await Promise.all([slack, discord, github, forum].map((fake) => fake.close()));
  await closeSharedStore();
});
beforeEach(async () => {
  now = Date.now();
  for (const fake of [slack, discord, github, forum] as FakeServer[]) {
    fake.requests.length = 0;
    fake.problems.length = 0;
    fake.next.length = 0;
  }
  slack.posted.length = 0;
  slack.locales.clear();
  slack.scopes.add('users:read');
  discord.messages.length = 0;
  github.comments.clear();
  forum.replies.length = 0;
  await sql`truncate outbox, story_tags, stories, settings`.execute(store.db);
});
afterEach(() => {
  for (const fake of [slack, discord, github, forum] as FakeServer[])
    assert.deepEqual(fake.problems, [], `${fake.name} received requests unlike the real API's`);
});

function settings() {
  return parseSettings({
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
  });
}

/** The app and an outbox worker on the shared store, wired as main.ts wires them. */
async function server() {
  const config = settings();
  const integrations = integrationsFrom(config, { now: clock, timeoutMs: 5000 });
  const intake = intakeConfigFrom(config);
  const replies = originReplySenders(intake, { store, publicUrl: config.CHORUS_PUBLIC_URL, send: { timeoutMs: 5000 }, now: clock });
  const worker = new OutboxWorker({ store, senders: integrations.senders, replies, logger: captureLogger(), now: clock, random: () => 0.5 });
  const { app } = await testApp({ integrations, intake: { config: intake }, publicUrl: PUBLIC, onQueued: () => worker.wake(), now: clock });
  return { app, worker };
}
type App = Awaited<ReturnType<typeof server>>['app'];

/** One story from each channel, told as each platform tells it. */
async function shareEverywhere(app: App) {
  assert.equal((await app.request('/api/v1/intake/github', githubRequest(githubExample('issues', 'opened')))).status, 202);
  assert.equal((await app.request('/api/v1/intake/discourse', discourseRequest(topicCreated()))).status, 202);
  const shortcut = fixture('intake/slack/message-shortcut.json');
  shortcut.callback_id = 'chorus_share';
  shortcut.response_url = `${slack.url}/response/T0MJR11A4/21974584944/yk1S9ndf35Q1flupVG5JbpM6`;
  (shortcut.message as Record<string, unknown>).user = 'U0D15K92L';
  assert.equal((await app.request('/api/v1/intake/slack', slackRequest(slackPayload(shortcut)))).status, 200);
  const command = fixture('intake/discord/message-command.json');
  (command.data as Record<string, unknown>).name = 'Share as story';
  assert.equal((await app.request('/api/v1/intake/discord', discordRequest(command, keys.privateKey))).status, 200);
}

async function list(app: App, status = 'pending'): Promise<AdminStory[]> {
  const response = await app.request(`/api/v1/admin/stories?status=${status}`, admin());
  return ((await response.json()) as { stories: unknown[] }).stories.map((story) => AdminStory.parse(story));
}

async function decide(app: App, id: string, action: 'approve' | 'reject') {
  assert.equal((await app.request(`/api/v1/admin/stories/${id}/${action}`, admin({ method: 'POST' }))).status, 200);
}

async function drain(worker: OutboxWorker) {
  while ((await worker.runOnce()) > 0);
}

const byChannel = (stories: AdminStory[], channel: string) => {
  const story = stories.find((candidate) => candidate.origin?.channel === channel);
  assert.ok(story, `a story from ${channel}`);
  return story;
};

describe('a story from each channel, end to end', () => {
  it('appears once in the queue with its origin, is published on approval and answered in its original place once, also after a restart', async () => {
    const { app, worker } = await server();
    await shareEverywhere(app);
    await shareEverywhere(app);
    const queued = await list(app);
    assert.deepEqual(queued.map((story) => story.origin?.channel).sort(), ['discord', 'discourse', 'github', 'slack']);

    for (const story of queued) await decide(app, story.id, 'approve');
    await drain(worker);

    const feed = (await (await app.request('/feed.json')).json()) as { items: { title: string }[] };
    for (const story of queued)
      assert.ok(
        feed.items.some((item) => item.title === story.title),
        `${story.title} is in the feed`,
      );
    const link = (channel: string) => `${PUBLIC}/stories/${byChannel(queued, channel).id}`;

    const issue = '/repos/Codertocat/Hello-World/issues/1';
    assert.equal(github.comments.get(issue)?.length, 1);
    assert.ok(github.comments.get(issue)?.[0].body.includes(link('github')));
    const labelled = github.requests.filter((request) => request.url === `${issue}/labels`);
    assert.deepEqual(
      labelled.map((request) => request.json),
      [{ labels: ['published'] }],
    );
    const opened = github.requests.filter((request) => request.url === '/repos/Codertocat/Hello-World/issues');
    assert.equal(opened.length, 3, 'the other three stories are amplified as issues; the one from GitHub is not opened a second time');

    assert.equal(forum.replies.length, 1);
    assert.equal(forum.replies[0].topic_id, 11);
    assert.ok(String(forum.replies[0].raw).includes(link('discourse')));
    const topics = forum.requests.filter((request) => request.method === 'POST' && 'title' in (request.json as object));
    assert.equal(topics.length, 3, 'the other three stories are amplified as topics');
    assert.ok(
      !topics.some((request) => (request.json as { title: string }).title === byChannel(queued, 'discourse').title),
      'no second topic for the forum’s own story',
    );

    const threaded = slack.posted.filter((message) => message.thread_ts === '1516229207.000133');
    assert.equal(slack.posted.length, 1);
    assert.equal(threaded.length, 1);
    assert.equal(threaded[0].channel, 'D0LFFBKLZ');
    assert.ok(String(threaded[0].text).includes(link('slack')));

    assert.equal(discord.messages.length, 1);
    assert.deepEqual(discord.messages[0].message_reference, { message_id: '867793854505943041', fail_if_not_exists: false });
    assert.equal(discord.messages[0].channel_id, '772908445358620702');
    assert.ok(String(discord.messages[0].content).includes(link('discord')));

    const fromGitHub = (await list(app, 'approved')).find((story) => story.origin?.channel === 'github');
    const deliveries = fromGitHub?.deliveries ?? [];
    // GitHub is not an amplification channel for a story from GitHub (server/amplify-plan.ts): no issue job at all, only the reply.
    assert.deepEqual(
      deliveries.map((delivery) => [delivery.target, delivery.action ?? 'deliver', delivery.status]).sort(),
      [
        ['discourse', 'deliver', 'delivered'],
        ['github', 'reply', 'delivered'],
      ].sort(),
    );

    // A restart: a new process on the same database finds nothing left to send.
    const again = await server();
    assert.equal(await again.worker.runOnce(), 0);
    assert.equal(github.comments.get(issue)?.length, 1);
    assert.equal(forum.replies.length, 1);
    assert.equal(slack.posted.length, 1);
    assert.equal(discord.messages.length, 1);
  });
});

describe('rejection', () => {
  it('tells Slack and Discord members privately, and says nothing on GitHub or the forum', async () => {
    const { app, worker } = await server();
    await shareEverywhere(app);
    for (const story of await list(app)) await decide(app, story.id, 'reject');
    await drain(worker);
    const ephemeral = slack.requests.filter((request) => request.url === '/api/chat.postEphemeral');
    assert.equal(ephemeral.length, 1);
    assert.deepEqual({ ...(ephemeral[0].json as object), text: undefined }, { channel: 'D0LFFBKLZ', user: 'U0D15K92L', text: undefined });
    assert.equal(slack.posted.length, 0, 'nothing public in Slack');
    const followUps = discord.requests.filter((request) => request.url.startsWith('/webhooks/'));
    assert.deepEqual(
      followUps.map((request) => request.url),
      ['/webhooks/775799577604522054/UNIQUE_TOKEN'],
    );
    assert.equal((followUps[0].json as { flags: number }).flags, 64);
    assert.equal(github.requests.length, 0);
    assert.equal(forum.requests.filter((request) => request.method === 'POST').length, 0);
  });

  it('sends a Discord direct message once the interaction token has expired', async () => {
    const { app, worker } = await server();
    const command = fixture('intake/discord/message-command.json');
    (command.data as Record<string, unknown>).name = 'Share as story';
    await app.request('/api/v1/intake/discord', discordRequest(command, keys.privateKey));
    const [story] = await list(app);
    now += 20 * 60_000;
    await decide(app, story.id, 'reject');
    await drain(worker);
    assert.deepEqual(
      discord.requests.map((request) => request.url),
      ['/users/@me/channels', '/channels/dm-167348773423415296/messages'],
    );
  });
});

describe('in the member’s Slack language', () => {
  /** Shares a message from every channel, rejects the one from Slack, and returns the private note Slack was asked to show. */
  async function rejectSharedSlackMessage() {
    const { app, worker } = await server();
    await shareEverywhere(app);
    const story = byChannel(await list(app), 'slack');
    await decide(app, story.id, 'reject');
    await drain(worker);
    const [ephemeral] = slack.requests.filter((request) => request.url === '/api/chat.postEphemeral');
    return { app, worker, story, ephemeral };
  }

  /** A story told in the Slack modal that was opened in `locale` (the modal carries it in private_metadata). */
  const modalSubmission = (locale: string) => {
    const submission = fixture('intake/slack/view-submission.json');
    const view = submission.view as Record<string, unknown>;
    view.callback_id = 'chorus_story';
    view.private_metadata = JSON.stringify({ channel: 'C0STORIES', locale });
    view.state = {
      values: {
        kind: { value: { type: 'static_select', selected_option: { value: 'story' } } },
        title: { value: { type: 'plain_text_input', value: 'Unser erster Sprint' } },
        body: { value: { type: 'plain_text_input', value: 'Zwölf Leute und viel Kaffee.' } },
        consent: { value: { type: 'checkboxes', selected_options: [{ value: 'yes' }] } },
      },
    };
    return slackRequest(slackPayload(submission));
  };

  it('sends the direct message for a story told in the form in the language the form was in', async () => {
    const { app, worker } = await server();
    assert.equal((await app.request('/api/v1/intake/slack', modalSubmission('de'))).status, 200);
    const [story] = await list(app);
    await decide(app, story.id, 'approve');
    await drain(worker);
    const dm = slack.posted.find((message) => message.channel === 'U0D15K92L');
    assert.equal(dm?.text, intakeStrings('de')('published', { title: 'Unser erster Sprint', url: `${PUBLIC}/stories/${story.id}` }));
    assert.equal(slack.requests.filter((request) => request.url.startsWith('/api/users.info')).length, 0, 'the language came with the story');
  });

  it('tells a member privately in their Slack language that a shared message was not published, and replies in threads in English', async () => {
    slack.locales.set('U0D15K92L', 'pt-BR');
    const { app, worker, story, ephemeral } = await rejectSharedSlackMessage();
    assert.equal((ephemeral?.json as { text: string }).text, intakeStrings('pt-BR')('rejected', { title: story.title }));

    await sql`truncate outbox, story_tags, stories, settings`.execute(store.db);
    await shareEverywhere(app);
    const again = byChannel(await list(app), 'slack');
    await decide(app, again.id, 'approve');
    await drain(worker);
    const threaded = slack.posted.find((message) => message.thread_ts === '1516229207.000133');
    assert.equal(threaded?.text, intakeStrings('en')('publishedThread', { site: 'stories.example.org', url: `${PUBLIC}/stories/${again.id}` }));
  });

  it('falls back to English when the app may not read the member’s language', async () => {
    slack.locales.set('U0D15K92L', 'de-DE');
    slack.scopes.delete('users:read');
    const { story, ephemeral } = await rejectSharedSlackMessage();
    assert.equal((ephemeral?.json as { text: string }).text, intakeStrings('en')('rejected', { title: story.title }));
    assert.equal(ephemeral?.status, 200, 'the private note itself was delivered');
  });
});

describe('in the member’s Discord language', () => {
  it('tells a member privately in the language their Discord interaction carried, and replies in the channel in English', async () => {
    const { app, worker } = await server();
    const command = fixture('intake/discord/message-command.json');
    (command.data as Record<string, unknown>).name = 'Share as story';
    command.locale = 'ja';
    assert.equal((await app.request('/api/v1/intake/discord', discordRequest(command, keys.privateKey))).status, 200);
    const [story] = await list(app);
    await decide(app, story.id, 'reject');
    await drain(worker);
    const [followUp] = discord.requests.filter((request) => request.url.startsWith('/webhooks/'));
    assert.equal((followUp?.json as { content: string }).content, intakeStrings('ja')('rejected', { title: story.title }));

    await sql`truncate outbox, story_tags, stories, settings`.execute(store.db);
    command.locale = 'pt-BR';
    command.id = `${String(command.id)}1`;
    await app.request('/api/v1/intake/discord', discordRequest(command, keys.privateKey));
    const [again] = await list(app);
    await decide(app, again.id, 'approve');
    await drain(worker);
    const reply = discord.requests.find(
      (request) => request.url.startsWith('/channels/') && (request.json as { message_reference?: unknown }).message_reference,
    );
    assert.equal(
      (reply?.json as { content: string }).content,
      intakeStrings('en')('publishedThread', { site: 'stories.example.org', url: `${PUBLIC}/stories/${again.id}` }),
    );
  });
});

describe('exactly once when an answer was lost', () => {
  const job = (story: AdminStory, attempts: number): OutboxJob => ({
    id: '00000000-0000-7000-8000-000000000000',
    storyId: story.id,
    target: story.origin?.channel as OutboxJob['target'],
    action: 'reply',
    attempts,
    createdAt: new Date(now),
    leaseToken: 'lease',
  });

  it('checks for its own earlier answer before trying again (GitHub, forum, Slack) or lets Discord’s nonce do it', async () => {
    const { app } = await server();
    await shareEverywhere(app);
    const stories = await list(app);
    for (const story of stories) await decide(app, story.id, 'approve');
    const senders = originReplySenders(intakeConfigFrom(settings()), { store, publicUrl: PUBLIC, now: clock }).reply ?? {};
    for (const channel of ['github', 'discourse', 'slack', 'discord'] as const) {
      const story = (await list(app, 'approved')).find((candidate) => candidate.origin?.channel === channel);
      assert.ok(story);
      const send = senders[channel];
      assert.ok(send);
      assert.equal((await send(story, job(story, 1))).ok, true, `${channel}: first attempt`);
      // The first attempt's answer never arrived; the retry finds what it did.
      assert.equal((await send(story, job(story, 2))).ok, true, `${channel}: retry`);
    }
    assert.equal(github.comments.get('/repos/Codertocat/Hello-World/issues/1')?.length, 1);
    assert.equal(forum.replies.length, 1);
    assert.equal(slack.posted.length, 1);
    assert.equal(discord.messages.length, 1);
  });
});
