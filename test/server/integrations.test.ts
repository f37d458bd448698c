import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { discordMessage } from '../../server/integrations/discord.ts';
import { sendDiscord } from '../../server/integrations/discord.ts';
import { openTopic } from '../../server/integrations/discourse.ts';
import { openIssue, storyMarker } from '../../server/integrations/github.ts';
import { postJson, retryAfterMs } from '../../server/integrations/http.ts';
import { integrationsFrom } from '../../server/integrations/index.ts';
import { parseSettings } from '../../server/env.ts';
import { sendSlack, slackMessage } from '../../server/integrations/slack.ts';
import type { AdminStory } from '../../src/schema/index.ts';
import type { FakeServer } from './fakes/fake-server.ts';
import { DISCORD_PATH, DISCOURSE_KEY, GITHUB_TOKEN, PRIVATE_EMAIL, SLACK_PATH, fakeDiscord, fakeDiscourse, fakeGitHub, fakeSlack } from './fakes/services.ts';

const fixture = (path: string) => JSON.parse(readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8')) as unknown;

function story(overrides: Partial<AdminStory> = {}): AdminStory {
  return {
    id: '01936f0e-0000-7000-8000-000000000001',
    kind: 'story',
    title: 'How our meetup grew',
    body: `We started with **five people** in a café.\n\nWrite to me at ${PRIVATE_EMAIL} or @guido.`,
    bodyFormat: 'markdown',
    link: null,
    url: null,
    tags: ['community'],
    authorName: 'Ada <Example>',
    authorUrl: null,
    authorAvatar: null,
    region: 'Lisbon',
    links: [],
    status: 'approved',
    authorEmail: PRIVATE_EMAIL,
    flags: [],
    createdAt: '2025-01-10T09:00:00.000Z',
    moderatedAt: '2025-01-10T10:00:00.000Z',
    publishedAt: '2025-01-10T10:00:00.000Z',
    ...overrides,
  };
}

const github = (fake: FakeServer) => ({ repo: 'python/community-stories', token: GITHUB_TOKEN, labels: ['story', 'community'], apiUrl: `${fake.url}/` });
const discourse = (fake: FakeServer) => ({ url: fake.url, apiKey: DISCOURSE_KEY, username: 'chorus-bot', category: 5 });

let slack: FakeServer, discord: FakeServer, gh: FakeServer, forum: FakeServer;
before(async () => {
  [slack, discord, gh, forum] = await Promise.all([fakeSlack(), fakeDiscord(), fakeGitHub(), fakeDiscourse()]);
});
after(() => Promise.all([slack, discord, gh, forum].map((fake) => fake.close())));

describe('Slack', () => {
  it('posts Block Kit with kind, title, excerpt, author and a link to moderate, as the webhook expects', async () => {
    const attempt = await sendSlack(`${slack.url}${SLACK_PATH}`, story(), { moderationUrl: 'https://stories.example.org/moderate' });
    assert.equal(attempt.ok, true);
    assert.deepEqual(slack.problems, []);
    const body = slack.requests.at(-1)!.json as ReturnType<typeof slackMessage>;
    const text = JSON.stringify(body.blocks);
    assert.match(text, /New story: How our meetup grew/);
    assert.match(text, /\*Kind\*\\nStory/);
    assert.match(text, /Ada &lt;Example&gt;/, 'mrkdwn control characters in a name are escaped');
    assert.match(text, /We started with five people in a café\./, 'the excerpt is plain text');
    assert.match(text, /"url":"https:\/\/stories.example.org\/moderate"/);
  });

  it('never sends an e-mail address, not even one written in the story', () => {
    const text = JSON.stringify(slackMessage(story()));
    assert.equal(text.includes(PRIVATE_EMAIL), false);
    assert.match(text, /\[e-mail hidden\]/);
  });

  it('cannot be made to ping the channel', () => {
    const message = slackMessage(story({ title: '<!channel> look', authorName: '<!here>' }));
    // Plain-text blocks are shown as typed; only mrkdwn (the fallback text and the fields) could ping.
    const mrkdwn = JSON.stringify([message.text, (message.blocks as { fields?: unknown }[])[1]!.fields]);
    assert.equal(/<!channel>|<!here>/.test(mrkdwn), false);
    assert.match(mrkdwn, /&lt;!channel&gt; look/);
  });
});

describe('Discord', () => {
  it('posts one embed and allows no mentions', async () => {
    const attempt = await sendDiscord(`${discord.url}${DISCORD_PATH}`, story({ title: '@everyone read this' }), {
      moderationUrl: 'https://stories.example.org/moderate',
    });
    assert.equal(attempt.ok, true);
    assert.deepEqual(discord.problems, []);
    const body = discord.requests.at(-1)!.json as ReturnType<typeof discordMessage>;
    assert.deepEqual(body.allowed_mentions, { parse: [] });
    const [embed] = body.embeds as Record<string, unknown>[];
    assert.equal(embed!.title, 'New story: @everyone read this');
    assert.equal(embed!.url, 'https://stories.example.org/moderate');
    assert.deepEqual(embed!.fields, [
      { name: 'Kind', value: 'Story', inline: true },
      { name: 'Author', value: 'Ada <Example\\>', inline: true },
    ]);
  });
});

describe('GitHub', () => {
  it('opens an issue with a Bearer token, API version, labels and a Markdown body without the e-mail', async () => {
    const attempt = await openIssue(story(), github(gh));
    assert.deepEqual(gh.problems, []);
    assert.equal(attempt.ok, true);
    assert.equal(attempt.url, 'https://github.com/python/community-stories/issues/488');
    const body = gh.requests.at(-1)!.json as { title: string; body: string; labels: string[] };
    assert.equal(body.title, 'How our meetup grew');
    assert.deepEqual(body.labels, ['story', 'community']);
    assert.match(body.body, /^## Story\n\nWe started with \*\*five people\*\* in a café\./);
    assert.match(body.body, /## Details\n\n- \*\*Kind:\*\* Story\n- \*\*Author:\*\* Ada \\<Example\\>\n- \*\*Region:\*\* Lisbon/);
    assert.match(body.body, /@\u200bguido/, 'mentions in a story notify nobody');
    assert.match(body.body, /Write to me at \[e-mail hidden\]/);
  });

  it('gives up on 422 Validation Failed (the same request would fail again)', async () => {
    gh.next.push({ status: 422, body: fixture('github/error-422.json') });
    const attempt = await openIssue(story(), github(gh));
    assert.equal(attempt.ok, false);
    assert.equal(!attempt.ok && attempt.retryable, false);
    assert.match(!attempt.ok ? attempt.error : '', /^HTTP 422: Validation Failed/);
  });

  it('waits for the rate limit to reset on 403 with x-ratelimit-remaining: 0', async () => {
    const now = Date.UTC(2025, 0, 10, 12);
    gh.next.push({
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 600) },
      body: { message: 'API rate limit exceeded' },
    });
    const attempt = await openIssue(story(), github(gh), { now: () => now });
    assert.deepEqual(attempt.ok ? null : [attempt.retryable, attempt.retryAfterMs], [true, 600_000]);
  });

  it('ends every issue body with the story’s marker, which a story’s own text cannot stand in for', async () => {
    const other = story({ id: '01936f0e-0000-7000-8000-000000000002', title: 'An impostor' });
    const first = await openIssue(story({ body: `Hello.\n\n${storyMarker(other.id)}` }), github(gh));
    assert.equal(first.ok, true);
    assert.ok((gh.requests.at(-1)!.json as { body: string }).body.endsWith(`${storyMarker(story().id)}\n`));
    // A retry of the other story's job finds no issue of its own, so it opens one.
    const retry = await openIssue(other, github(gh), {}, { attempts: 2, createdAt: new Date() });
    assert.equal(retry.ok, true);
    assert.notEqual(retry.url, first.url);
    assert.deepEqual(gh.problems, []);
  });

  it('refuses a token that is wrong without retrying', async () => {
    gh.next.push({ status: 401, body: { message: 'Bad credentials' } });
    const attempt = await openIssue(story(), github(gh));
    assert.deepEqual(attempt.ok ? null : [attempt.retryable, attempt.error], [false, 'HTTP 401: Bad credentials']);
  });
});

describe('Discourse', () => {
  it('opens a topic with Api-Key and Api-Username and only fields the API knows', async () => {
    const attempt = await openTopic(story(), discourse(forum));
    assert.deepEqual(forum.problems, []);
    assert.equal(attempt.ok, true);
    assert.equal(attempt.url, `${forum.url}/t/how-our-meetup-grew-21/21`);
    const body = forum.requests.at(-1)!.json as Record<string, unknown>;
    assert.equal(body.title, 'How our meetup grew');
    assert.equal(body.category, 5);
    assert.equal(body.external_id, 'chorus-01936f0e-0000-7000-8000-000000000001');
    assert.match(String(body.raw), /\*\*Story\*\* by Ada \\<Example\\> \(Lisbon\)/);
  });

  it('builds the topic URL from the recorded answer’s slug and id', async () => {
    forum.next.push({ status: 200, body: fixture('discourse/create-topic-response.json') });
    const attempt = await openTopic(story(), { ...discourse(forum), url: `${forum.url}/` });
    assert.equal(attempt.url, `${forum.url}/t/1412a036bfe-6480718525e-9f71f98ef46/21`);
  });
});

describe('failures', () => {
  const url = () => `${slack.url}${SLACK_PATH}`;

  it('retries 5xx, honouring Retry-After in seconds', async () => {
    slack.next.push({ status: 503, headers: { 'Retry-After': '30' }, body: 'down for maintenance' });
    const attempt = await postJson(url(), {}, {});
    assert.deepEqual(attempt.ok ? null : [attempt.retryable, attempt.retryAfterMs, attempt.status], [true, 30_000, 503]);
  });

  it('retries 429 after the Retry-After date', async () => {
    const now = Date.UTC(2025, 0, 10, 12);
    slack.next.push({ status: 429, headers: { 'Retry-After': new Date(now + 90_000).toUTCString() }, body: 'rate_limited' });
    const attempt = await postJson(url(), {}, {}, { now: () => now });
    assert.deepEqual(attempt.ok ? null : [attempt.retryable, attempt.retryAfterMs], [true, 90_000]);
  });

  it("reads Discord's retry_after from the JSON body", async () => {
    discord.next.push({ status: 429, body: { message: 'You are being rate limited.', retry_after: 2.5, global: false } });
    const attempt = await sendDiscord(`${discord.url}${DISCORD_PATH}`, story());
    assert.deepEqual(attempt.ok ? null : [attempt.retryable, attempt.retryAfterMs], [true, 2500]);
  });

  it('retries a service that does not answer in time', async () => {
    slack.next.push('hang');
    const attempt = await postJson(url(), {}, {}, { timeoutMs: 50 });
    assert.deepEqual(attempt.ok ? null : [attempt.retryable, attempt.error], [true, 'no answer within 50 ms']);
  });

  it('retries a service that is not listening, without naming the secret URL', async () => {
    const attempt = await postJson(`http://127.0.0.1:1${SLACK_PATH}`, {}, {});
    assert.equal(!attempt.ok && attempt.retryable, true);
    assert.equal(!attempt.ok && attempt.error.includes(SLACK_PATH), false);
  });

  it('gives up on other 4xx', async () => {
    slack.next.push({ status: 404, body: 'no_service' });
    const attempt = await postJson(url(), {}, {});
    assert.deepEqual(attempt.ok ? null : [attempt.retryable, attempt.error], [false, 'HTTP 404: no_service']);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    assert.equal(retryAfterMs('120', 0), 120_000);
    assert.equal(retryAfterMs('Thu, 01 Jan 1970 00:01:00 GMT', 0), 60_000);
    assert.equal(retryAfterMs('soon', 0), undefined);
    assert.equal(retryAfterMs(null, 0), undefined);
  });
});

describe('settings', () => {
  it('turns on only the services whose settings are complete', () => {
    const none = integrationsFrom(parseSettings({ CHORUS_GITHUB_REPO: 'python/community-stories', CHORUS_DISCOURSE_URL: 'https://discuss.python.org' }));
    assert.deepEqual([none.notify, none.amplify, Object.keys(none.senders)], [[], [], []]);
    const all = integrationsFrom(
      parseSettings({
        CHORUS_SLACK_WEBHOOK_URL: 'https://hooks.slack.com/services/T/B/X',
        CHORUS_DISCORD_WEBHOOK_URL: 'https://discord.com/api/webhooks/1/x',
        CHORUS_GITHUB_REPO: 'python/community-stories',
        CHORUS_GITHUB_TOKEN: 'ghp_x',
        CHORUS_DISCOURSE_URL: 'https://discuss.python.org',
        CHORUS_DISCOURSE_API_KEY: 'key',
      }),
    );
    assert.deepEqual(
      [all.notify, all.amplify],
      [
        ['slack', 'discord'],
        ['github', 'discourse'],
      ],
    );
  });

  it('links Slack messages to /moderate under CHORUS_PUBLIC_URL, unless CHORUS_MODERATION_URL says otherwise', async () => {
    const earlierProblems = slack.problems.length;
    const buttonUrl = async (env: Record<string, string>) => {
      const setup = integrationsFrom(parseSettings({ CHORUS_SLACK_WEBHOOK_URL: `${slack.url}${SLACK_PATH}`, ...env }));
      const attempt = await setup.senders.slack!(story({ status: 'pending' }), {
        id: '01936f0e-0000-7000-8000-00000000000a',
        storyId: story().id,
        target: 'slack',
        action: 'deliver',
        attempts: 1,
        createdAt: new Date(),
        leaseToken: 'lease',
      });
      assert.equal(attempt.ok, true);
      const blocks = (slack.requests.at(-1)!.json as { blocks: { type: string; elements?: { url?: string }[] }[] }).blocks;
      return blocks.find((block) => block.type === 'actions')?.elements?.[0]?.url;
    };
    assert.equal(await buttonUrl({}), undefined);
    assert.equal(await buttonUrl({ CHORUS_PUBLIC_URL: 'https://stories.example.org/' }), 'https://stories.example.org/moderate');
    assert.equal(await buttonUrl({ CHORUS_PUBLIC_URL: 'https://example.org/chorus' }), 'https://example.org/chorus/moderate');
    assert.equal(
      await buttonUrl({ CHORUS_PUBLIC_URL: 'https://stories.example.org', CHORUS_MODERATION_URL: 'https://intranet.example.org/review' }),
      'https://intranet.example.org/review',
    );
    assert.deepEqual(slack.problems.slice(earlierProblems), []);
  });

  it('has the documented defaults', () => {
    const settings = parseSettings({});
    assert.deepEqual(
      [settings.CHORUS_GITHUB_LABELS, settings.CHORUS_GITHUB_API_URL, settings.CHORUS_DISCOURSE_USERNAME, settings.CHORUS_SOURCE_ALLOWLIST],
      [['story'], 'https://api.github.com', 'system', []],
    );
    assert.deepEqual(
      parseSettings({ CHORUS_GITHUB_LABELS: 'story, community ', CHORUS_SOURCE_ALLOWLIST: 'github:python/x, discourse:https://discuss.python.org' })
        .CHORUS_SOURCE_ALLOWLIST,
      ['github:python/x', 'discourse:https://discuss.python.org'],
    );
  });

  it('stops start-up on a bad value, naming the setting but never showing a secret', () => {
    assert.throws(
      () => parseSettings({ CHORUS_SLACK_WEBHOOK_URL: 'hooks.slack.com/services/T/B/SECRET' }),
      (error: Error) => {
        assert.match(error.message, /CHORUS_SLACK_WEBHOOK_URL: must be an http/);
        assert.equal(error.message.includes('SECRET'), false);
        return true;
      },
    );
    assert.throws(
      () => parseSettings({ CHORUS_SOURCE_ALLOWLIST: 'python/community-stories' }),
      /CHORUS_SOURCE_ALLOWLIST: each entry must look like github:OWNER\/REPO/,
    );
    assert.throws(() => parseSettings({ CHORUS_DISCOURSE_CATEGORY: 'news' }), /CHORUS_DISCOURSE_CATEGORY/);
  });
});
