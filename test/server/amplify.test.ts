import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'kysely';
import { parseSettings } from '../../server/env.ts';
import { recordKey } from '../../server/integrations/bluesky.ts';
import { integrationsFrom } from '../../server/integrations/index.ts';
import { OutboxWorker } from '../../server/outbox.ts';
import type { KyselyStoryStore } from '../../server/store/kysely-store.ts';
import { openPGliteStore } from '../../server/store/pglite.ts';
import { uuidv7 } from '../../server/ids.ts';
import { AdminStory, ApiError, ShareKits, Story, StorySubmission, type AmplifyOption, type StorySubmissionInput } from '../../src/schema/index.ts';
import { BLUESKY_APP_PASSWORD, BLUESKY_DID, BLUESKY_HANDLE, addPost, fakeBluesky, ownRecords } from './fakes/bluesky.ts';
import type { FakeServer } from './fakes/fake-server.ts';
import { MASTODON_TOKEN, fakeMastodon, mastodonLength, remoteStatus } from './fakes/mastodon.ts';
import { GITHUB_TOKEN, PRIVATE_EMAIL, fakeGitHub } from './fakes/services.ts';
import { admin, captureLogger, closeSharedStore, pgliteTemplate, post, sharedStore, testApp, validSubmission } from './helpers.ts';

const PUBLIC = 'https://stories.example.org';
const REMOTE_POST = 'https://fosstodon.org/@ada/112233445566778899';
const ADA_DID = 'did:plc:ewvi7nxzyoun6zhxrhs64oiz';
const ADA_RKEY = '3l6oveex3ii2l';
/** For the tests where a service never answers: short, yet long enough for a shared machine to answer everything else. */
const HANG_MS = 1500;

let mastodon: Awaited<ReturnType<typeof fakeMastodon>>;
let bluesky: Awaited<ReturnType<typeof fakeBluesky>>;
let github: FakeServer;
let shared: KyselyStoryStore;
let now = 0;
const clock = () => now;

before(async () => {
  [mastodon, bluesky, github] = await Promise.all([fakeMastodon(), fakeBluesky(), fakeGitHub()]);
  shared = await sharedStore();
});
after(async () => {
  await Promise.all([mastodon.close(), bluesky.close(), github.close()]);
  await closeSharedStore();
});
beforeEach(async () => {
  now = Date.now();
  for (const fake of [mastodon, bluesky, github]) {
    fake.requests.length = 0;
    fake.problems.length = 0;
    fake.next.length = 0;
    fake.outage = null;
  }
  const m = mastodon.mastodon;
  m.remote.clear();
  m.statuses.clear();
  m.reblogs.clear();
  m.posted.length = 0;
  m.idempotency.clear();
  m.maxCharacters = 500;
  m.actThenHang = 0;
  m.remote.set(REMOTE_POST, remoteStatus(REMOTE_POST));
  const b = bluesky.bluesky;
  b.records.clear();
  b.access.clear();
  b.refresh.clear();
  b.logins = 0;
  b.refreshes = 0;
  b.actThenHang = 0;
  b.handles.set('ada.bsky.social', ADA_DID);
  addPost(b, ADA_DID, ADA_RKEY, 'Our PyLadies chapter turns five 🎂');
  await sql`truncate outbox, story_tags, stories, settings`.execute(shared.db);
});
afterEach(() => {
  for (const fake of [mastodon, bluesky, github]) assert.deepEqual(fake.problems, [], `${fake.name} received requests unlike the real API's`);
});

/** Every channel set up, pointing at the fakes; `extra` overrides settings. */
function settings(extra: Record<string, string> = {}) {
  return parseSettings({
    CHORUS_PUBLIC_URL: PUBLIC,
    CHORUS_GITHUB_REPO: 'python/community-stories',
    CHORUS_GITHUB_TOKEN: GITHUB_TOKEN,
    CHORUS_GITHUB_API_URL: github.url,
    CHORUS_MASTODON_URL: mastodon.url,
    CHORUS_MASTODON_TOKEN: MASTODON_TOKEN,
    CHORUS_BLUESKY_HANDLE: BLUESKY_HANDLE,
    CHORUS_BLUESKY_APP_PASSWORD: BLUESKY_APP_PASSWORD,
    CHORUS_BLUESKY_SERVICE: bluesky.url,
    ...extra,
  });
}

/** The app and an outbox worker on one store, as main.ts wires them. `timeoutMs` is generous but for the timeout tests: the machine is shared. */
async function server(options: { store?: KyselyStoryStore; timeoutMs?: number; env?: Record<string, string> } = {}) {
  const setup = integrationsFrom(settings(options.env), { timeoutMs: options.timeoutMs ?? 5000, now: clock });
  const logger = captureLogger();
  const store = options.store ?? shared;
  const worker = new OutboxWorker({ store, senders: setup.senders, logger, now: clock, random: () => 0.5 });
  const { app } = await testApp({ store, integrations: setup, onQueued: () => worker.wake(), now: clock, logger, publicUrl: PUBLIC });
  return { app, worker, logger };
}
type App = Awaited<ReturnType<typeof server>>['app'];

async function submit(app: App, overrides: Partial<StorySubmissionInput> = {}): Promise<string> {
  const response = await app.request('/api/v1/stories', post(validSubmission({ startedAt: now - 60_000, ...overrides })));
  assert.equal(response.status, 202, await response.clone().text());
  return ((await response.json()) as { id: string }).id;
}

const boostOf = (link: string, body = 'Please boost: our meetup is back!'): Partial<StorySubmissionInput> => ({
  kind: 'boost',
  link,
  body,
  title: 'Boost my post',
});

async function approve(app: App, id: string, body?: unknown): Promise<AdminStory> {
  const response = await app.request(`/api/v1/admin/stories/${id}/approve`, admin(body === undefined ? { method: 'POST' } : post(body)));
  assert.equal(response.status, 200, await response.clone().text());
  return AdminStory.parse(await response.json());
}

/** The story as the moderation queue lists it. */
async function listed(app: App, id: string, status = 'approved'): Promise<AdminStory> {
  const response = await app.request(`/api/v1/admin/stories?status=${status}`, admin());
  const { stories } = (await response.json()) as { stories: unknown[] };
  const story = stories.map((entry) => AdminStory.parse(entry)).find((entry) => entry.id === id);
  assert.ok(story, `story ${id} is in the ${status} list`);
  return story;
}

const channel = (story: AdminStory, name: string): AmplifyOption | undefined => story.amplification?.channels.find((option) => option.channel === name);
const publicLinks = async (app: App, id: string) => Story.parse(await (await app.request(`/api/v1/stories/${id}`)).json()).links;
const mastodonWrites = () => mastodon.requests.filter((request) => request.method === 'POST');

describe('what the moderation queue is offered', () => {
  it('lists each channel set up with what approving does there, preselected from the defaults', async () => {
    const { app } = await server({ env: { CHORUS_AMPLIFY_DEFAULT: 'github,bluesky' } });
    const id = await submit(app, { title: 'How our meetup grew', language: 'en' });
    const story = await listed(app, id, 'pending');
    assert.deepEqual(story.amplification, {
      channels: [
        { channel: 'github', action: 'issue', preselected: true },
        { channel: 'mastodon', action: 'post', preselected: false },
        { channel: 'bluesky', action: 'post', preselected: true },
      ],
      storyUrl: `${PUBLIC}/stories/${id}`,
    });
  });

  it('prepares Share kits for X and LinkedIn, one story at a time, for moderators only', async () => {
    const { app } = await server();
    const id = await submit(app, { title: 'How our meetup grew', body: `Write to ${PRIVATE_EMAIL}. We started with five people.` });
    const response = await app.request(`/api/v1/admin/stories/${id}/share-kits`, admin());
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('Cache-Control'), 'no-store');
    const { storyUrl, kits } = ShareKits.parse(await response.json());
    assert.equal(storyUrl, `${PUBLIC}/stories/${id}`);
    assert.deepEqual(
      kits.map((kit) => [kit.network, kit.action, new URL(kit.intentUrl).hostname]),
      [
        ['x', 'post', 'twitter.com'],
        ['linkedin', 'post', 'www.linkedin.com'],
      ],
    );
    for (const kit of kits) assert.equal(kit.text, `How our meetup grew\n\nWrite to [e-mail hidden]. We started with five people.\n\n${storyUrl}`);
    assert.equal((await app.request(`/api/v1/admin/stories/${id}/share-kits`)).status, 401);
    assert.equal((await app.request('/api/v1/admin/stories/01936f0e-0000-7000-8000-00000000dead/share-kits', admin())).status, 404);
    assert.equal((await app.request('/api/v1/admin/stories/not-an-id/share-kits', admin())).status, 404);
  });

  it('preselects Mastodon for a boost of a Mastodon post, and Bluesky for a Bluesky post, whatever the defaults', async () => {
    const { app } = await server({ env: { CHORUS_AMPLIFY_DEFAULT: 'github' } });
    const toot = await submit(app, boostOf(REMOTE_POST));
    const skeet = await submit(app, boostOf(`https://bsky.app/profile/ada.bsky.social/post/${ADA_RKEY}`));
    assert.deepEqual(
      (await listed(app, toot, 'pending')).amplification?.channels.map((option) => [option.channel, option.action, option.preselected]),
      [
        ['github', 'issue', true],
        ['mastodon', 'boost', true],
        ['bluesky', 'post', false],
      ],
    );
    assert.deepEqual(
      (await listed(app, skeet, 'pending')).amplification?.channels.map((option) => [option.channel, option.action, option.preselected]),
      [
        ['github', 'issue', true],
        ['mastodon', 'post', false],
        ['bluesky', 'repost', true],
      ],
    );
  });

  it('approves with exactly the channels chosen, and reports each delivery under its channel', async () => {
    const { app, worker } = await server();
    const id = await submit(app);
    const approved = await approve(app, id, { amplify: ['bluesky'] });
    assert.deepEqual(approved.deliveries, [], 'GitHub was not chosen');
    assert.deepEqual(
      approved.amplification?.channels.map((option) => [option.channel, option.delivery?.status]),
      [
        ['github', undefined],
        ['mastodon', undefined],
        ['bluesky', 'pending'],
      ],
    );
    await worker.runOnce();
    assert.equal(github.requests.length + mastodon.requests.length, 0);
    const delivered = channel(await listed(app, id), 'bluesky')?.delivery;
    assert.equal(delivered?.status, 'delivered');
    assert.equal(delivered?.url, `https://bsky.app/profile/${BLUESKY_HANDLE}/post/${recordKey(approved)}`);
  });

  it('approves with the defaults when the request chooses nothing, as before', async () => {
    const { app, worker } = await server({ env: { CHORUS_AMPLIFY_DEFAULT: 'github' } });
    const id = await submit(app);
    const approved = await approve(app, id);
    assert.deepEqual(
      approved.deliveries?.map((delivery) => delivery.target),
      ['github'],
    );
    assert.deepEqual(
      (await approve(app, await submit(app), {})).deliveries?.map((delivery) => delivery.target),
      ['github'],
    );
    const none = await approve(app, await submit(app), { amplify: [] });
    assert.ok(none.amplification?.channels.every((option) => option.delivery === undefined));
    await worker.runOnce();
    assert.equal(github.accepted.length, 2);
  });

  it('does not offer the channel a story came from: it is answered there instead', async () => {
    const { app } = await server();
    const { id } = await shared.create({
      id: uuidv7(now),
      submission: StorySubmission.parse(validSubmission()),
      status: 'pending',
      flags: [],
      createdAt: new Date(now),
      origin: { channel: 'github', url: 'https://github.com/python/community-stories/issues/9', externalId: 'python/community-stories#9', author: 'ada' },
    });
    assert.deepEqual(
      (await listed(app, id, 'pending')).amplification?.channels.map((option) => option.channel),
      ['mastodon', 'bluesky'],
    );
    const refused = await app.request(`/api/v1/admin/stories/${id}/approve`, admin(post({ amplify: ['github'] })));
    assert.equal(refused.status, 422);
    assert.equal(ApiError.parse(await refused.json()).error.issues?.[0]?.code, 'amplify.origin');
    const approved = await approve(app, id);
    assert.deepEqual(
      approved.amplification?.channels.map((option) => [option.channel, option.delivery?.status]),
      [
        ['mastodon', 'pending'],
        ['bluesky', 'pending'],
      ],
      'the reply in the issue is not an amplification',
    );
  });

  it('refuses a choice it cannot follow, says why, and leaves the story pending', async () => {
    const { app } = await server({ env: { CHORUS_MASTODON_URL: '', CHORUS_MASTODON_TOKEN: '' } });
    const id = await submit(app);
    const cases: [unknown, string, unknown[]][] = [
      [{ amplify: 'mastodon' }, 'amplify.invalid', ['amplify']],
      [{ amplify: ['myspace'] }, 'amplify.unknown', ['amplify', 0]],
      [{ amplify: ['github', 'mastodon'] }, 'amplify.unavailable', ['amplify', 1]],
    ];
    for (const [body, code, path] of cases) {
      const response = await app.request(`/api/v1/admin/stories/${id}/approve`, admin(post(body)));
      assert.equal(response.status, 422, JSON.stringify(body));
      const { error } = ApiError.parse(await response.json());
      assert.deepEqual([error.issues?.[0]?.code, error.issues?.[0]?.path], [code, path]);
      assert.match(error.issues?.[0]?.message ?? '', /github, bluesky/);
    }
    const spanish = await app.request(`/api/v1/admin/stories/${id}/approve`, admin(post({ amplify: ['mastodon'] }, { 'Accept-Language': 'es' })));
    assert.match(ApiError.parse(await spanish.json()).error.issues?.[0]?.message ?? '', /^mastodon no está configurado en este servidor/);
    // A list instead of an object is refused as every admin action refuses it.
    const list = await app.request(`/api/v1/admin/stories/${id}/approve`, admin(post(['github'])));
    assert.equal(list.status, 422);
    assert.equal(ApiError.parse(await list.json()).error.issues?.[0]?.code, 'body.notObject');
    const broken = await app.request(`/api/v1/admin/stories/${id}/approve`, admin(post('{"amplify": [')));
    assert.equal(broken.status, 400);
    assert.equal((await listed(app, id, 'pending')).status, 'pending');
  });
});

describe('Mastodon', () => {
  it('boosts a post on another instance once, found through the community’s own server, and links it on the story', async () => {
    const { app, worker } = await server();
    const id = await submit(app, boostOf(REMOTE_POST));
    await approve(app, id, { amplify: ['mastodon'] });
    await worker.runOnce();
    const search = mastodon.requests.find((request) => request.url.startsWith('/api/v2/search'));
    assert.equal(new URL(search!.url, 'http://x').searchParams.get('q'), REMOTE_POST);
    assert.equal(mastodon.mastodon.reblogs.size, 1);
    assert.equal(mastodon.mastodon.posted.length, 0, 'a boost, not a new post');
    assert.deepEqual(await publicLinks(app, id), [{ rel: 'mastodon', url: REMOTE_POST }]);
    assert.equal(channel(await listed(app, id), 'mastodon')?.delivery?.status, 'delivered');
  });

  it('posts any other story as a public status in its language, with the link to its page, within 500 characters', async () => {
    const { app, worker } = await server();
    const body = 'Começámos com cinco pessoas num café 🐍☕. Agora somos mais de cem, com oficinas para iniciantes todos os meses. '.repeat(12);
    const id = await submit(app, { title: 'Como o nosso encontro cresceu 🎉', body, language: 'pt-BR' });
    await approve(app, id, { amplify: ['mastodon'] });
    await worker.runOnce();
    const [status] = mastodon.mastodon.posted;
    assert.ok(status);
    assert.equal(status.language, 'pt');
    assert.equal(status.visibility, 'public');
    assert.ok(status.text.startsWith('Como o nosso encontro cresceu 🎉\n\nComeçámos com cinco pessoas num café 🐍☕.'));
    assert.ok(status.text.endsWith(`…\n\n${PUBLIC}/stories/${id}`));
    const length = mastodonLength(status.text);
    assert.ok(length <= 500 && length > 480, `${length} characters`);
    assert.equal(status.text.includes(PRIVATE_EMAIL), false);
    const write = mastodonWrites()[0]!;
    assert.equal(write.headers['idempotency-key'], `chorus-story-${id}-mastodon`);
    assert.deepEqual(await publicLinks(app, id), [{ rel: 'mastodon', url: String(status.status.url) }]);
  });

  it('uses the instance’s own length limit', async () => {
    mastodon.mastodon.maxCharacters = 1000;
    const { app, worker } = await server();
    const id = await submit(app, { body: 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(30) });
    await approve(app, id, { amplify: ['mastodon'] });
    await worker.runOnce();
    const length = mastodonLength(mastodon.mastodon.posted[0]!.text);
    assert.ok(length > 900 && length <= 1000, `${length} characters`);
  });

  it('posts once when the answer to the post was lost: the retry sends the same Idempotency-Key', async () => {
    const { app, worker } = await server({ timeoutMs: HANG_MS });
    const id = await submit(app);
    mastodon.mastodon.actThenHang = 1;
    await approve(app, id, { amplify: ['mastodon'] });
    await worker.runOnce();
    const waiting = channel(await listed(app, id), 'mastodon')?.delivery;
    assert.equal(waiting?.status, 'pending');
    assert.match(waiting?.lastError ?? '', /Mastodon did not answer within 1500 ms/);
    now += 10_000;
    await worker.runOnce();
    assert.equal(mastodon.mastodon.posted.length, 1, 'one status');
    const keys = mastodonWrites().map((request) => request.headers['idempotency-key']);
    assert.deepEqual(keys, [`chorus-story-${id}-mastodon`, `chorus-story-${id}-mastodon`]);
    assert.equal(channel(await listed(app, id), 'mastodon')?.delivery?.status, 'delivered');
  });

  it('boosts once when the answer to the boost was lost', async () => {
    const { app, worker } = await server({ timeoutMs: HANG_MS });
    const id = await submit(app, boostOf(REMOTE_POST));
    mastodon.mastodon.actThenHang = 1;
    await approve(app, id, { amplify: ['mastodon'] });
    await worker.runOnce();
    assert.equal(channel(await listed(app, id), 'mastodon')?.delivery?.status, 'pending');
    now += 10_000;
    await worker.runOnce();
    assert.equal(mastodon.mastodon.reblogs.size, 1, 'one boost');
    assert.equal(channel(await listed(app, id), 'mastodon')?.delivery?.status, 'delivered');
  });

  it('waits until the rate limit resets (X-RateLimit-Reset), then boosts', async () => {
    const { app, worker } = await server();
    const id = await submit(app, boostOf(REMOTE_POST));
    const reset = new Date(now + 300_000).toISOString();
    mastodon.next.push({
      status: 429,
      headers: { 'X-RateLimit-Limit': '300', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': reset },
      body: { error: 'Too many requests' },
    });
    await approve(app, id, { amplify: ['mastodon'] });
    await worker.runOnce();
    const limited = channel(await listed(app, id), 'mastodon')?.delivery;
    assert.deepEqual([limited?.status, limited?.at], ['pending', reset]);
    assert.match(limited?.lastError ?? '', /rate limiting \(HTTP 429: Too many requests\)/);
    const asked = mastodon.requests.length;
    now += 120_000;
    await worker.runOnce();
    assert.equal(mastodon.requests.length, asked, 'not asked again before the reset');
    now += 180_000;
    await worker.runOnce();
    assert.equal(mastodon.mastodon.reblogs.size, 1);
  });

  it('gives up on a post that no longer exists, saying so', async () => {
    const { app, worker } = await server();
    // Deleted before the approval: search no longer finds it.
    mastodon.mastodon.remote.delete(REMOTE_POST);
    const gone = await submit(app, boostOf(REMOTE_POST));
    await approve(app, gone, { amplify: ['mastodon'] });
    await worker.runOnce();
    // The server itself answers 404.
    mastodon.mastodon.remote.set('https://fosstodon.org/@ada/998877665544332211', remoteStatus('https://fosstodon.org/@ada/998877665544332211'));
    const missing = await submit(app, boostOf('https://fosstodon.org/@ada/998877665544332211'));
    mastodon.next.push({ status: 404, body: { error: 'Record not found' } });
    await approve(app, missing, { amplify: ['mastodon'] });
    await worker.runOnce();
    now += 86_400_000;
    await worker.runOnce();
    for (const id of [gone, missing]) {
      const delivery = channel(await listed(app, id), 'mastodon')?.delivery;
      assert.equal(delivery?.status, 'failed');
      assert.match(delivery?.lastError ?? '', /^the post no longer exists/);
    }
    assert.equal(mastodon.mastodon.reblogs.size, 0);
    assert.equal((await app.request(`/api/v1/stories/${gone}`)).status, 200, 'the story stays published');
  });

  it('gives up on a refused token with what to do (401, and 403 for a missing scope)', async () => {
    const { app, worker, logger } = await server({ env: { CHORUS_MASTODON_TOKEN: 'revoked-token-0123456789abcdef' } });
    const id = await submit(app);
    await approve(app, id, { amplify: ['mastodon'] });
    await worker.runOnce();
    const refused = channel(await listed(app, id), 'mastodon')?.delivery;
    assert.equal(refused?.status, 'failed');
    assert.match(
      refused?.lastError ?? '',
      /Mastodon refused the access token \(HTTP 401: The access token is invalid\): create a new one and set CHORUS_MASTODON_TOKEN/,
    );
    assert.equal(logger.text().includes('revoked-token'), false, 'the token is never logged');
    mastodon.problems.length = 0;

    const scoped = await server();
    const other = await submit(scoped.app, boostOf(REMOTE_POST));
    mastodon.next.push({ status: 403, body: { error: 'This action is outside the authorized scopes' } });
    await approve(scoped.app, other, { amplify: ['mastodon'] });
    await scoped.worker.runOnce();
    const forbidden = channel(await listed(scoped.app, other), 'mastodon')?.delivery;
    assert.equal(forbidden?.status, 'failed');
    assert.match(
      forbidden?.lastError ?? '',
      /HTTP 403: This action is outside the authorized scopes\): the token needs the scopes read:search and write:statuses/,
    );
  });
});

describe('Bluesky', () => {
  for (const [how, actor] of [
    ['handle', 'ada.bsky.social'],
    ['DID', ADA_DID],
  ] as const) {
    it(`reposts a post linked by its author’s ${how}, once`, async () => {
      const { app, worker } = await server();
      const link = `https://bsky.app/profile/${actor}/post/${ADA_RKEY}`;
      const id = await submit(app, boostOf(link));
      const approved = await approve(app, id, { amplify: ['bluesky'] });
      await worker.runOnce();
      const reposts = ownRecords(bluesky.bluesky, 'app.bsky.feed.repost');
      assert.equal(reposts.length, 1);
      const original = bluesky.bluesky.records.get(`at://${ADA_DID}/app.bsky.feed.post/${ADA_RKEY}`)!;
      assert.deepEqual((reposts[0]!.value as { subject: unknown }).subject, { uri: `at://${ADA_DID}/app.bsky.feed.post/${ADA_RKEY}`, cid: original.cid });
      assert.equal(reposts[0]!.uri, `at://${BLUESKY_DID}/app.bsky.feed.repost/${recordKey(approved)}`);
      assert.equal(ownRecords(bluesky.bluesky, 'app.bsky.feed.post').length, 0, 'a repost, not a new post');
      const resolved = bluesky.requests.some((request) => request.url.includes('com.atproto.identity.resolveHandle'));
      assert.equal(resolved, how === 'handle', how === 'handle' ? 'the handle is resolved to a DID' : 'a DID needs no resolving');
      assert.deepEqual(await publicLinks(app, id), [{ rel: 'bluesky', url: link }]);
    });
  }

  it('posts a story with a link facet at the right byte offsets after emoji and CJK text, an external card and its language', async () => {
    const { app, worker } = await server();
    const body = '我們從五個人開始，在一家咖啡館裡 ☕🐍。現在每個月有超過一百人參加，還有初學者工作坊。#python '.repeat(10);
    const id = await submit(app, { title: '台北 Python 聚會 🎉', body, language: 'zh-TW' });
    await approve(app, id, { amplify: ['bluesky'] });
    await worker.runOnce();
    const [record] = ownRecords(bluesky.bluesky, 'app.bsky.feed.post');
    assert.ok(record);
    const value = record.value as {
      text: string;
      langs: string[];
      facets: { index: { byteStart: number; byteEnd: number }; features: { $type: string; uri?: string }[] }[];
      embed: { $type: string; external: { uri: string; title: string } };
    };
    const link = `${PUBLIC}/stories/${id}`;
    const graphemes = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(value.text)].length;
    assert.ok(graphemes <= 300 && graphemes >= 290, `${graphemes} graphemes`);
    assert.ok(value.text.endsWith(`…\n\n${link}`));
    const linkFacet = value.facets.find((facet) => facet.features.some((feature) => feature.uri === link));
    assert.ok(linkFacet);
    assert.equal(Buffer.from(value.text).subarray(linkFacet.index.byteStart, linkFacet.index.byteEnd).toString(), link);
    assert.equal(linkFacet.index.byteEnd, Buffer.byteLength(value.text));
    assert.deepEqual(value.langs, ['zh-TW']);
    assert.deepEqual([value.embed.$type, value.embed.external.uri, value.embed.external.title], ['app.bsky.embed.external', link, '台北 Python 聚會 🎉']);
    assert.equal(record.uri, `at://${BLUESKY_DID}/app.bsky.feed.post/${recordKey((await listed(app, id)) as AdminStory)}`);
  });

  it('posts once when the answer was lost: the retry meets the first record under the same key', async () => {
    const { app, worker } = await server({ timeoutMs: HANG_MS });
    const id = await submit(app);
    bluesky.bluesky.actThenHang = 1;
    await approve(app, id, { amplify: ['bluesky'] });
    await worker.runOnce();
    const waiting = channel(await listed(app, id), 'bluesky')?.delivery;
    assert.equal(waiting?.status, 'pending');
    assert.match(waiting?.lastError ?? '', /Bluesky did not answer within 1500 ms/);
    now += 10_000;
    await worker.runOnce();
    assert.equal(ownRecords(bluesky.bluesky, 'app.bsky.feed.post').length, 1, 'one post');
    const answers = bluesky.requests.filter((request) => request.url.includes('putRecord')).map((request) => request.status);
    assert.deepEqual(answers, [undefined, 400], 'the retry was refused as InvalidSwap, which counts as done');
    assert.equal(channel(await listed(app, id), 'bluesky')?.delivery?.status, 'delivered');
  });

  it('refreshes an expired session, and signs in again when the refresh token is spent too', async () => {
    const { app, worker } = await server();
    await approve(app, await submit(app, { title: 'First' }), { amplify: ['bluesky'] });
    await worker.runOnce();
    assert.deepEqual([bluesky.bluesky.logins, bluesky.bluesky.refreshes], [1, 0]);

    for (const token of bluesky.bluesky.access.keys()) bluesky.bluesky.access.set(token, true);
    await approve(app, await submit(app, { title: 'Second' }), { amplify: ['bluesky'] });
    await worker.runOnce();
    assert.deepEqual([bluesky.bluesky.logins, bluesky.bluesky.refreshes], [1, 1], 'refreshed, not signed in again');

    for (const token of bluesky.bluesky.access.keys()) bluesky.bluesky.access.set(token, true);
    bluesky.bluesky.refresh.clear();
    await approve(app, await submit(app, { title: 'Third' }), { amplify: ['bluesky'] });
    await worker.runOnce();
    assert.equal(bluesky.bluesky.logins, 2, 'signed in again with the app password');
    assert.equal(ownRecords(bluesky.bluesky, 'app.bsky.feed.post').length, 3);
  });

  it('waits until the rate limit resets (RateLimit-Reset), then posts', async () => {
    const { app, worker } = await server();
    const id = await submit(app);
    const resetSeconds = Math.ceil(now / 1000) + 600;
    bluesky.next.push({
      status: 429,
      headers: { 'RateLimit-Limit': '30', 'RateLimit-Remaining': '0', 'RateLimit-Reset': String(resetSeconds), 'RateLimit-Policy': '30;w=300' },
      body: { error: 'RateLimitExceeded', message: 'Rate Limit Exceeded' },
    });
    await approve(app, id, { amplify: ['bluesky'] });
    await worker.runOnce();
    const limited = channel(await listed(app, id), 'bluesky')?.delivery;
    assert.deepEqual([limited?.status, limited?.at], ['pending', new Date(resetSeconds * 1000).toISOString()]);
    now = resetSeconds * 1000;
    await worker.runOnce();
    assert.equal(ownRecords(bluesky.bluesky, 'app.bsky.feed.post').length, 1);
  });

  it('gives up on a post that no longer exists, or a handle that resolves to no one', async () => {
    const { app, worker } = await server();
    const deleted = await submit(app, boostOf(`https://bsky.app/profile/${ADA_DID}/post/3l6oveex3zzzz`));
    const nobody = await submit(app, boostOf(`https://bsky.app/profile/nobody.bsky.social/post/${ADA_RKEY}`));
    await approve(app, deleted, { amplify: ['bluesky'] });
    await approve(app, nobody, { amplify: ['bluesky'] });
    await worker.runOnce();
    for (const id of [deleted, nobody]) {
      const delivery = channel(await listed(app, id), 'bluesky')?.delivery;
      assert.equal(delivery?.status, 'failed');
      assert.match(delivery?.lastError ?? '', /^the post no longer exists/);
    }
    assert.equal(ownRecords(bluesky.bluesky, 'app.bsky.feed.repost').length, 0);
  });

  it('gives up on a refused app password, saying which settings to check, and never logs it', async () => {
    const { app, worker, logger } = await server({ env: { CHORUS_BLUESKY_APP_PASSWORD: 'zzzz-zzzz-zzzz-zzzz' } });
    const id = await submit(app);
    await approve(app, id, { amplify: ['bluesky'] });
    await worker.runOnce();
    const delivery = channel(await listed(app, id), 'bluesky')?.delivery;
    assert.equal(delivery?.status, 'failed');
    assert.match(
      delivery?.lastError ?? '',
      /Bluesky refused the sign-in \(AuthenticationRequired: Invalid identifier or password\): check CHORUS_BLUESKY_HANDLE and CHORUS_BLUESKY_APP_PASSWORD/,
    );
    assert.equal(logger.text().includes('zzzz-zzzz'), false);
  });
});

describe('a restart in the middle', () => {
  it('boosts once and posts once after both services acted, their answers were lost, and the server restarted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chorus-amplify-'));
    try {
      const open = async () => openPGliteStore({ dataDir: dir, ...(existsSync(join(dir, 'PG_VERSION')) ? {} : { loadDataDir: await pgliteTemplate() }) });
      const firstStore = await open();
      const first = await server({ store: firstStore, timeoutMs: HANG_MS });
      const boost = await submit(first.app, boostOf(REMOTE_POST));
      const story = await submit(first.app, { title: 'Sent before the restart' });
      mastodon.mastodon.actThenHang = 1;
      bluesky.bluesky.actThenHang = 1;
      await approve(first.app, boost, { amplify: ['mastodon'] });
      await approve(first.app, story, { amplify: ['bluesky'] });
      // Until both have acted. Opening the store takes seconds, long enough for the fakes to close idle connections,
      // and a request on a closed one fails like any network error and is retried: that retry is not what this test is about.
      const acted = () => mastodon.mastodon.reblogs.size > 0 && ownRecords(bluesky.bluesky, 'app.bsky.feed.post').length > 0;
      for (let run = 0; run < 3 && !acted(); run++) {
        await first.worker.runOnce();
        now += 10_000;
      }
      assert.equal(mastodon.mastodon.reblogs.size, 1, 'Mastodon boosted, but its answer was lost');
      assert.equal(ownRecords(bluesky.bluesky, 'app.bsky.feed.post').length, 1, 'Bluesky posted, but its answer was lost');
      await first.worker.stop();
      await firstStore.close();

      now += 60_000;
      const secondStore = await open();
      const second = await server({ store: secondStore });
      const delivered = async () =>
        channel(await listed(second.app, boost), 'mastodon')?.delivery?.status === 'delivered' &&
        channel(await listed(second.app, story), 'bluesky')?.delivery?.status === 'delivered';
      for (let run = 0; run < 3 && !(await delivered()); run++) {
        await second.worker.runOnce();
        now += 10_000;
      }
      assert.equal(mastodon.mastodon.reblogs.size, 1, 'one boost');
      assert.equal(ownRecords(bluesky.bluesky, 'app.bsky.feed.post').length, 1, 'one post');
      assert.equal(await delivered(), true);
      assert.equal(bluesky.bluesky.logins, 2, 'the new process signed in afresh');
      await secondStore.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
