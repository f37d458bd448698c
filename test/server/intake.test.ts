import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'kysely';
import { parseSettings } from '../../server/env.ts';
import { intakeConfigFrom } from '../../server/intake/config.ts';
import { slackSignatureValid } from '../../server/intake/verify.ts';
import type { KyselyStoryStore } from '../../server/store/kysely-store.ts';
import { AdminStory } from '../../src/schema/index.ts';
import type { FakeServer } from './fakes/fake-server.ts';
import { DISCOURSE_KEY, SLACK_BOT_TOKEN, fakeForum, fakeSlackApi } from './fakes/intake-services.ts';
import { admin, closeSharedStore, sharedStore, testApp } from './helpers.ts';
import {
  discordKeys,
  discordRequest,
  discourseRequest,
  fixture,
  fixtureText,
  githubExample,
  githubRequest,
  secrets,
  slackPayload,
  slackRequest,
  topicCreated,
} from './intake-helpers.ts';

let store: KyselyStoryStore;
let slackApi: FakeServer & { posted: Record<string, unknown>[] };
let forum: FakeServer & { replies: Record<string, unknown>[] };
const keys = discordKeys();
const pending: Promise<unknown>[] = [];

before(async () => {
  store = await sharedStore();
  [slackApi, forum] = await Promise.all([fakeSlackApi(), fakeForum()]);
});
after(async () => {
  await Promise.all([slackApi.close(), forum.close()]);
  await closeSharedStore();
});
beforeEach(async () => {
  for (const fake of [slackApi, forum]) {
    fake.requests.length = 0;
    fake.problems.length = 0;
  }
  await sql`truncate outbox, story_tags, stories, settings`.execute(store.db);
});
afterEach(() => {
  for (const fake of [slackApi, forum]) assert.deepEqual(fake.problems, [], `${fake.name} received requests unlike the real API's`);
});

function settings(extra: Record<string, string> = {}) {
  return parseSettings({
    CHORUS_GITHUB_WEBHOOK_SECRET: secrets.github,
    CHORUS_GITHUB_INTAKE_REPOS: 'Codertocat/Hello-World',
    CHORUS_GITHUB_INTAKE_LABELS: 'bug,story',
    CHORUS_DISCOURSE_WEBHOOK_SECRET: secrets.discourse,
    CHORUS_DISCOURSE_URL: forum.url,
    CHORUS_DISCOURSE_API_KEY: DISCOURSE_KEY,
    CHORUS_DISCOURSE_USERNAME: 'chorus-bot',
    CHORUS_DISCOURSE_INTAKE_CATEGORY: '1',
    CHORUS_SLACK_SIGNING_SECRET: secrets.slack,
    CHORUS_SLACK_BOT_TOKEN: SLACK_BOT_TOKEN,
    CHORUS_SLACK_API_URL: `${slackApi.url}/api`,
    CHORUS_SLACK_MODERATORS: 'W0MODERATOR',
    CHORUS_DISCORD_PUBLIC_KEY: keys.publicKeyHex,
    CHORUS_DISCORD_MODERATORS: '100000000000000001',
    ...extra,
  });
}

async function app(extra: Record<string, string> = {}) {
  const { app } = await testApp({
    intake: { config: intakeConfigFrom(settings(extra)), background: (work) => void pending.push(work) },
    publicUrl: 'https://stories.example.org',
  });
  return app;
}

/** The moderation queue as a moderator sees it. */
async function queue(channel?: string): Promise<AdminStory[]> {
  const { app: application } = await testApp();
  const response = await application.request(`/api/v1/admin/stories?status=pending${channel ? `&channel=${channel}` : ''}`, admin());
  assert.equal(response.status, 200);
  return ((await response.json()) as { stories: unknown[] }).stories.map((story) => AdminStory.parse(story));
}

async function settle() {
  await Promise.all(pending.splice(0));
}

describe('POST /api/v1/intake/github', () => {
  it('turns an opened issue with an intake label into one pending story with its origin', async () => {
    const server = await app();
    const event = githubExample('issues', 'opened');
    const response = await server.request('/api/v1/intake/github', githubRequest(event));
    assert.equal(response.status, 202);
    const stories = await queue();
    assert.equal(stories.length, 1);
    const [story] = stories;
    assert.equal(story.title, 'Spelling error in the README file');
    assert.equal(story.body, "It looks like you accidently spelled 'commit' with two 't's.");
    assert.equal(story.kind, 'story');
    assert.equal(story.status, 'pending');
    assert.equal(story.authorName, 'A community member', 'the GitHub handle stays private');
    assert.deepEqual(story.origin, {
      channel: 'github',
      url: 'https://github.com/Codertocat/Hello-World/issues/1',
      externalId: 'codertocat/hello-world#1',
      author: 'Codertocat',
    });
    const published = await server.request(`/api/v1/stories/${story.id}`);
    assert.equal(published.status, 404, 'nothing is public before a moderator approves');
  });

  it('reads the fields of docs/intake/story.yml back from the issue GitHub writes', async () => {
    const server = await app();
    const event = githubExample('issues', 'opened');
    (event.issue as Record<string, unknown>).title = 'Our first PyLadies sprint';
    (event.issue as Record<string, unknown>).body = [
      '### Kind',
      '',
      'Event',
      '',
      '### Link',
      '',
      'https://pyladies.example.org/sprint',
      '',
      '### Story',
      '',
      'Twelve people, **three** merged pull requests.',
      '',
      '### Tags',
      '',
      'sprints, PyLadies',
      '',
      '### Region',
      '',
      'Lisbon',
      '',
      '### Name to show',
      '',
      'Ada',
      '',
      '### Consent',
      '',
      '- [X] I agree that the community team may publish this story with my name',
    ].join('\n');
    assert.equal((await server.request('/api/v1/intake/github', githubRequest(event))).status, 202);
    const [story] = await queue();
    assert.equal(story.kind, 'event');
    assert.equal(story.title, 'Our first PyLadies sprint');
    assert.equal(story.body, 'Twelve people, **three** merged pull requests.');
    assert.equal(story.link, 'https://pyladies.example.org/sprint');
    assert.deepEqual(story.tags, ['sprints', 'pyladies']);
    assert.equal(story.region, 'Lisbon');
    assert.equal(story.authorName, 'Ada');
  });

  it('stores nothing when the issue form’s consent box is not ticked', async () => {
    const server = await app();
    const event = githubExample('issues', 'opened');
    (event.issue as Record<string, unknown>).body =
      '### Kind\n\nStory\n\n### Story\n\nText\n\n### Consent\n\n- [ ] I agree that the community team may publish this story with my name';
    const response = await server.request('/api/v1/intake/github', githubRequest(event));
    assert.equal(response.status, 202);
    assert.deepEqual(await response.json(), { ignored: 'no-consent' });
    assert.equal((await queue()).length, 0);
  });

  it('refuses a tampered body, a wrong secret and a missing signature with 401, storing nothing', async () => {
    const server = await app();
    const event = githubExample('issues', 'opened');
    const tampered = JSON.stringify({ ...event, issue: { ...(event.issue as object), title: 'Buy cheap watches' } });
    for (const init of [
      githubRequest(event, { body: tampered }),
      githubRequest(event, { secret: 'not-the-secret-at-all' }),
      githubRequest(event, { signature: null }),
    ]) {
      const response = await server.request('/api/v1/intake/github', init);
      assert.equal(response.status, 401);
      assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'unauthorized');
    }
    assert.equal((await queue()).length, 0);
  });

  it('keeps one story for a redelivery and for the labelled event of the same issue', async () => {
    const server = await app();
    const opened = githubExample('issues', 'opened');
    const first = (await (await server.request('/api/v1/intake/github', githubRequest(opened))).json()) as { id: string };
    const again = await server.request('/api/v1/intake/github', githubRequest(opened));
    assert.equal(again.status, 202);
    assert.equal(((await again.json()) as { id: string }).id, first.id);
    assert.equal((await server.request('/api/v1/intake/github', githubRequest(githubExample('issues', 'labeled')))).status, 202);
    assert.equal((await queue()).length, 1);
  });

  it('answers ping, ignores other events, other repositories and unlabelled issues', async () => {
    const server = await app();
    const ping = await server.request('/api/v1/intake/github', githubRequest(githubExample('ping'), { event: 'ping' }));
    assert.equal(ping.status, 200);
    const comment = await server.request('/api/v1/intake/github', githubRequest(githubExample('issue_comment', 'created'), { event: 'issue_comment' }));
    assert.equal(comment.status, 202);
    assert.deepEqual(await comment.json(), { ignored: 'event' });
    const elsewhere = githubExample('issues', 'opened');
    (elsewhere.repository as Record<string, unknown>).full_name = 'someone/else';
    assert.deepEqual(await (await server.request('/api/v1/intake/github', githubRequest(elsewhere))).json(), { ignored: 'repository' });
    const unlabelled = githubExample('issues', 'opened');
    (unlabelled.issue as Record<string, unknown>).labels = [];
    assert.deepEqual(await (await server.request('/api/v1/intake/github', githubRequest(unlabelled))).json(), { ignored: 'label' });
    assert.equal((await queue()).length, 0);
  });

  it('is off (404, naming the setting) without a secret, and refuses bodies over 1 MB with 413', async () => {
    const { app: off } = await testApp();
    const response = await off.request('/api/v1/intake/github', githubRequest(githubExample('issues', 'opened')));
    assert.equal(response.status, 404);
    assert.match(((await response.json()) as { error: { message: string } }).error.message, /CHORUS_GITHUB_WEBHOOK_SECRET/);
    const server = await app();
    const huge = githubExample('issues', 'opened');
    (huge.issue as Record<string, unknown>).body = 'x'.repeat(1024 * 1024);
    assert.equal((await server.request('/api/v1/intake/github', githubRequest(huge))).status, 413);
    assert.equal((await queue()).length, 0);
  });
});

describe('POST /api/v1/intake/discourse', () => {
  it('turns a new topic in the intake category into a story with its sanitized first post', async () => {
    const server = await app();
    const response = await server.request('/api/v1/intake/discourse', discourseRequest(topicCreated()));
    assert.equal(response.status, 202);
    const [story] = await queue('discourse');
    assert.equal(story.title, 'My First Test Post');
    assert.equal(story.bodyFormat, 'html');
    assert.equal(story.body, '<p>This is a test post.</p>\n<p>EDIT: This test post was edited on October 24, 2019.</p>');
    assert.deepEqual(story.origin, { channel: 'discourse', url: `${forum.url}/t/my-first-test-post/11`, externalId: '11', author: 'd11' });
  });

  it('removes script, handlers and javascript: links from the cooked HTML', async () => {
    const server = await app();
    forum.next.push({
      status: 200,
      body: {
        ...fixture<Record<string, unknown>>('discourse/topic.json'),
        post_stream: { posts: [{ post_number: 1, cooked: '<p onclick="x()">Hi<script>alert(1)</script> <a href="javascript:alert(1)">there</a></p>' }] },
      },
    });
    await server.request('/api/v1/intake/discourse', discourseRequest(topicCreated()));
    const [story] = await queue();
    assert.equal(story.body, '<p>Hi there</p>');
  });

  it('refuses a tampered body, a wrong secret and a missing signature with 401', async () => {
    const server = await app();
    const payload = topicCreated();
    const inits = [
      discourseRequest(payload, { body: JSON.stringify(topicCreated({ title: 'Changed on the way' })) }),
      discourseRequest(payload, { secret: 'another-secret-entirely' }),
      discourseRequest(payload, { signature: null }),
    ];
    for (const init of inits) assert.equal((await server.request('/api/v1/intake/discourse', init)).status, 401);
    assert.equal((await queue()).length, 0);
    assert.equal(forum.requests.length, 0, 'nothing is fetched before the signature is checked');
  });

  it('keeps one story for a redelivery; ignores other events, other categories and its own topics', async () => {
    const server = await app();
    await server.request('/api/v1/intake/discourse', discourseRequest(topicCreated()));
    assert.equal((await server.request('/api/v1/intake/discourse', discourseRequest(topicCreated()))).status, 202);
    assert.deepEqual(await (await server.request('/api/v1/intake/discourse', discourseRequest({ post: { id: 1 } }, { event: 'post_created' }))).json(), {
      ignored: 'event',
    });
    const other = topicCreated({ id: 12, category_id: 7 });
    assert.deepEqual(await (await server.request('/api/v1/intake/discourse', discourseRequest(other))).json(), { ignored: 'category' });
    const own = topicCreated({ id: 13, created_by: { id: 9, username: 'chorus-bot' } });
    assert.deepEqual(await (await server.request('/api/v1/intake/discourse', discourseRequest(own))).json(), { ignored: 'chorus' });
    assert.equal((await queue()).length, 1);
  });

  it('answers 503 with Retry-After while the forum cannot give the first post', async () => {
    const server = await app();
    forum.next.push({ status: 502, body: 'Bad Gateway' });
    const response = await server.request('/api/v1/intake/discourse', discourseRequest(topicCreated()));
    assert.equal(response.status, 503);
    assert.equal(response.headers.get('Retry-After'), '60');
    assert.equal((await queue()).length, 0);
  });
});

describe('POST /api/v1/intake/slack', () => {
  const shortcut = (changes: (payload: Record<string, unknown>) => void = () => {}) => {
    const payload = fixture('intake/slack/message-shortcut.json');
    payload.callback_id = 'chorus_share';
    payload.response_url = `${slackApi.url}/response/T0MJR11A4/21974584944/yk1S9ndf35Q1flupVG5JbpM6`;
    changes(payload);
    return payload;
  };
  const own = (payload: Record<string, unknown>) => ((payload.message as Record<string, unknown>).user = 'U0D15K92L');
  const ephemeral = () => slackApi.requests.filter((request) => request.url.startsWith('/response/')).map((request) => (request.json as { text: string }).text);

  it('computes the signature of Slack’s documented example', () => {
    const body = new TextEncoder().encode(fixtureText('intake/slack/signed-slash-command.txt'));
    const headers = { signature: 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503', timestamp: '1531420618' };
    assert.equal(slackSignatureValid('8f742231b10e8888abcd99yyyzzz85a5', body, headers, 1531420618_000), true);
    assert.equal(slackSignatureValid('8f742231b10e8888abcd99yyyzzz85a5', body, headers, (1531420618 + 301) * 1000), false, 'five minutes later it is stale');
  });

  it('shares the member’s own message: a boost of its one link, thanked privately', async () => {
    const server = await app();
    const response = await server.request('/api/v1/intake/slack', slackRequest(slackPayload(shortcut(own))));
    assert.equal(response.status, 200);
    await settle();
    const [story] = await queue('slack');
    assert.equal(story.kind, 'boost');
    assert.equal(story.link, 'https://youtube.com/watch?v=W86cTIoMv2U');
    assert.equal(story.body, "World's smallest big cat!");
    assert.deepEqual(story.origin, {
      channel: 'slack',
      url: 'https://pandamonium.slack.com/archives/D0LFFBKLZ/p1516229207000133',
      externalId: 'T0MJRM1A7/D0LFFBKLZ/1516229207.000133',
      author: 'dr_maomao',
    });
    assert.deepEqual(ephemeral(), ['Thanks, a moderator will read it. We will let you know here when it is published.']);
  });

  it('politely refuses someone else’s message, unless the sharer is a moderator', async () => {
    const server = await app();
    await server.request('/api/v1/intake/slack', slackRequest(slackPayload(shortcut())));
    await settle();
    assert.equal((await queue()).length, 0);
    assert.match(ephemeral()[0] ?? '', /only share your own messages/);
    const byModerator = shortcut((payload) => ((payload.user as Record<string, unknown>).id = 'W0MODERATOR'));
    await server.request('/api/v1/intake/slack', slackRequest(slackPayload(byModerator)));
    await settle();
    const [story] = await queue();
    assert.equal(story.origin?.author, 'U0MJRG1AL');
  });

  it('refuses a stale timestamp, a tampered body, a wrong secret and a missing signature with 401', async () => {
    const server = await app();
    const body = slackPayload(shortcut(own));
    const inits = [
      slackRequest(body, { timestamp: Math.floor(Date.now() / 1000) - 301 }),
      slackRequest(body, { tamper: (text) => text.replace('smallest', 'largest') }),
      slackRequest(body, { secret: 'ffffffffffffffffffffffffffffffff' }),
      slackRequest(body, { signature: null }),
    ];
    for (const init of inits) assert.equal((await server.request('/api/v1/intake/slack', init)).status, 401);
    await settle();
    assert.equal((await queue()).length, 0);
    assert.equal(slackApi.requests.length, 0);
  });

  it('keeps one story when the same message is shared twice', async () => {
    const server = await app();
    await server.request('/api/v1/intake/slack', slackRequest(slackPayload(shortcut(own))));
    const byModerator = shortcut((payload) => {
      own(payload);
      (payload.user as Record<string, unknown>).id = 'W0MODERATOR';
    });
    await server.request('/api/v1/intake/slack', slackRequest(slackPayload(byModerator)));
    await settle();
    assert.equal((await queue()).length, 1);
    assert.equal(ephemeral()[1], 'Thanks, this one is already with the moderators.');
  });

  it('opens the form’s modal for /story and stores what the member submits in it', async () => {
    const server = await app();
    const command = fixtureText('intake/slack/signed-slash-command.txt').replace('command=%2Fwebhook-collect', 'command=%2Fstory');
    const response = await server.request('/api/v1/intake/slack', slackRequest(command));
    assert.equal(response.status, 200);
    await settle();
    const open = slackApi.requests.find((request) => request.url === '/api/views.open');
    assert.ok(open, 'views.open was called');
    const view = (open.json as { trigger_id: string; view: { blocks: { block_id: string }[]; private_metadata: string } }).view;
    assert.equal((open.json as { trigger_id: string }).trigger_id, '398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c');
    assert.deepEqual(
      view.blocks.map((block) => block.block_id),
      ['kind', 'title', 'link', 'body', 'tags', 'region', 'name', 'consent'],
    );

    const submission = fixture('intake/slack/view-submission.json');
    const submitted = submission.view as Record<string, unknown>;
    submitted.callback_id = 'chorus_story';
    submitted.private_metadata = view.private_metadata;
    const values = {
      kind: { value: { type: 'static_select', selected_option: { text: { type: 'plain_text', text: 'News' }, value: 'news' } } },
      title: { value: { type: 'plain_text_input', value: 'PyCon Lisbon call for papers' } },
      link: { value: { type: 'url_text_input', value: null } },
      body: { value: { type: 'plain_text_input', value: 'The call for papers is *open* until May.' } },
      tags: { value: { type: 'plain_text_input', value: 'pycon, events' } },
      region: { value: { type: 'plain_text_input', value: 'Lisbon' } },
      name: { value: { type: 'plain_text_input', value: null } },
      consent: { value: { type: 'checkboxes', selected_options: [{ text: { type: 'plain_text', text: 'I agree' }, value: 'yes' }] } },
    };
    submitted.state = { values };
    const answer = await server.request('/api/v1/intake/slack', slackRequest(slackPayload(submission)));
    assert.equal(answer.status, 200);
    assert.equal(((await answer.json()) as { response_action: string }).response_action, 'update');
    const [story] = await queue();
    assert.equal(story.kind, 'news');
    assert.equal(story.title, 'PyCon Lisbon call for papers');
    assert.deepEqual(story.tags, ['pycon', 'events']);
    assert.equal(story.region, 'Lisbon');
    assert.deepEqual(story.origin, { channel: 'slack', url: null, externalId: 'T0MJRM1A7/view/VNHU13V36', author: 'dr_maomao' });

    submitted.id = 'VNHU13V37';
    values.consent.value.selected_options = [];
    const refused = await server.request('/api/v1/intake/slack', slackRequest(slackPayload(submission)));
    const errors = (await refused.json()) as { response_action: string; errors: Record<string, string> };
    assert.equal(errors.response_action, 'errors');
    assert.match(errors.errors.consent ?? '', /tick the box/);
    assert.equal((await queue()).length, 1, 'no consent, nothing stored');
  });

  it('shows each invalid field under its block in the modal', async () => {
    const server = await app();
    const submission = fixture('intake/slack/view-submission.json');
    const view = submission.view as Record<string, unknown>;
    view.callback_id = 'chorus_story';
    view.state = {
      values: {
        kind: { value: { type: 'static_select', selected_option: { value: 'boost' } } },
        title: { value: { type: 'plain_text_input', value: 'Boost me' } },
        consent: { value: { type: 'checkboxes', selected_options: [{ value: 'yes' }] } },
      },
    };
    const answer = (await (await server.request('/api/v1/intake/slack', slackRequest(slackPayload(submission)))).json()) as { errors: Record<string, string> };
    assert.deepEqual(Object.keys(answer.errors), ['link']);
    assert.equal((await queue()).length, 0);
  });

  it('answers interactions it does not use with 200 and stores nothing', async () => {
    const server = await app();
    const response = await server.request('/api/v1/intake/slack', slackRequest(slackPayload({ type: 'block_actions', user: { id: 'U1' }, actions: [] })));
    assert.equal(response.status, 200);
    assert.equal((await queue()).length, 0);
  });
});

describe('POST /api/v1/intake/discord', () => {
  const messageCommand = (changes: (payload: Record<string, unknown>) => void = () => {}) => {
    const payload = fixture('intake/discord/message-command.json');
    (payload.data as Record<string, unknown>).name = 'Share as story';
    changes(payload);
    return payload;
  };
  const slash = (options: { name: string; value: string }[]) => {
    const payload = fixture('intake/discord/slash-command.json');
    payload.application_id = '775799577604522054';
    payload.data = { type: 1, name: 'story', id: '771825006014889984', options: options.map((option) => ({ type: 3, ...option })) };
    return payload;
  };

  it('answers PING with PONG', async () => {
    const server = await app();
    const response = await server.request('/api/v1/intake/discord', discordRequest({ type: 1 }, keys.privateKey));
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { type: 1 });
  });

  it('shares the member’s own message with "Share as story" and answers ephemerally at once', async () => {
    const server = await app();
    const response = await server.request('/api/v1/intake/discord', discordRequest(messageCommand(), keys.privateKey));
    const answer = (await response.json()) as { type: number; data: { flags: number; content: string } };
    assert.equal(answer.type, 4);
    assert.equal(answer.data.flags, 64);
    assert.match(answer.data.content, /a moderator will read it/);
    const [story] = await queue('discord');
    assert.equal(story.kind, 'story');
    assert.equal(story.body, 'some message');
    assert.equal(story.link, 'https://discord.com/channels/772904309264089089/772908445358620702/867793854505943041');
    assert.deepEqual(story.origin, {
      channel: 'discord',
      url: 'https://discord.com/channels/772904309264089089/772908445358620702/867793854505943041',
      externalId: '867793854505943041',
      author: 'ian',
    });
  });

  it('politely refuses someone else’s message unless a moderator shares it', async () => {
    const server = await app();
    const theirs = messageCommand((payload) => (((payload.member as Record<string, unknown>).user as Record<string, unknown>).id = '222'));
    const refusal = (await (await server.request('/api/v1/intake/discord', discordRequest(theirs, keys.privateKey))).json()) as {
      data: { content: string; flags: number };
    };
    assert.match(refusal.data.content, /only share your own messages/);
    assert.equal(refusal.data.flags, 64);
    assert.equal((await queue()).length, 0);
    const moderator = messageCommand((payload) => (((payload.member as Record<string, unknown>).user as Record<string, unknown>).id = '100000000000000001'));
    await server.request('/api/v1/intake/discord', discordRequest(moderator, keys.privateKey));
    assert.equal((await queue()).length, 1);
  });

  it('answers /story with the modal and stores its submission', async () => {
    const server = await app();
    const response = await server.request(
      '/api/v1/intake/discord',
      discordRequest(
        slash([
          { name: 'kind', value: 'story' },
          { name: 'tags', value: 'community, meetups' },
          { name: 'region', value: 'Porto' },
        ]),
        keys.privateKey,
      ),
    );
    const modal = (await response.json()) as { type: number; data: { custom_id: string; components: { type: number; component: { custom_id: string } }[] } };
    assert.equal(modal.type, 9);
    assert.ok(modal.data.custom_id.length <= 100);
    assert.deepEqual(
      modal.data.components.map((component) => [component.type, component.component.custom_id]),
      [
        [18, 'title'],
        [18, 'body'],
        [18, 'link'],
        [18, 'name'],
        [18, 'consent'],
      ],
    );
    const submit = (consent: string[], id: string) => ({
      ...slash([]),
      id,
      type: 5,
      data: {
        custom_id: modal.data.custom_id,
        components: [
          { id: 1, type: 18, component: { id: 2, type: 4, custom_id: 'title', value: 'How our meetup grew' } },
          { id: 3, type: 18, component: { id: 4, type: 4, custom_id: 'body', value: 'From **five** people to fifty <:python:123456>.' } },
          { id: 5, type: 18, component: { id: 6, type: 4, custom_id: 'link', value: '' } },
          { id: 7, type: 18, component: { id: 8, type: 4, custom_id: 'name', value: 'Mason' } },
          { id: 9, type: 18, component: { id: 10, type: 22, custom_id: 'consent', values: consent } },
        ],
      },
    });
    const noConsent = (await (await server.request('/api/v1/intake/discord', discordRequest(submit([], '786008729715212339'), keys.privateKey))).json()) as {
      data: { content: string };
    };
    assert.match(noConsent.data.content, /tick the box/);
    assert.equal((await queue()).length, 0);
    const thanks = (await (await server.request('/api/v1/intake/discord', discordRequest(submit(['yes'], '786008729715212340'), keys.privateKey))).json()) as {
      data: { content: string };
    };
    assert.match(thanks.data.content, /a moderator will read it/);
    const [story] = await queue();
    assert.equal(story.title, 'How our meetup grew');
    assert.equal(story.body, 'From **five** people to fifty :python:.');
    assert.deepEqual(story.tags, ['community', 'meetups']);
    assert.equal(story.region, 'Porto');
    assert.equal(story.authorName, 'Mason');
    assert.deepEqual(story.origin, { channel: 'discord', url: null, externalId: 'interaction/786008729715212340', author: 'Mason' });
  });

  it('refuses a stale timestamp, a tampered body, another key and a missing signature with 401', async () => {
    const server = await app();
    const payload = messageCommand();
    const other = discordKeys();
    const inits = [
      discordRequest(payload, keys.privateKey, { timestamp: Math.floor(Date.now() / 1000) - 301 }),
      discordRequest(payload, keys.privateKey, { tamper: (body) => body.replace('some message', 'other message') }),
      discordRequest(payload, other.privateKey),
      discordRequest(payload, keys.privateKey, { signature: null }),
    ];
    for (const init of inits) assert.equal((await server.request('/api/v1/intake/discord', init)).status, 401);
    assert.equal((await queue()).length, 0);
  });

  it('keeps one story when the same message is shared again', async () => {
    const server = await app();
    await server.request('/api/v1/intake/discord', discordRequest(messageCommand(), keys.privateKey));
    const again = (await (await server.request('/api/v1/intake/discord', discordRequest(messageCommand(), keys.privateKey))).json()) as {
      data: { content: string };
    };
    assert.match(again.data.content, /already with the moderators/);
    assert.equal((await queue()).length, 1);
  });

  it('limits how many stories one member shares in a window', async () => {
    const { app: server } = await testApp({ intake: { config: intakeConfigFrom(settings()) }, rateLimit: 1 });
    await server.request('/api/v1/intake/discord', discordRequest(messageCommand(), keys.privateKey));
    const second = messageCommand((payload) => {
      const data = payload.data as { target_id: string; resolved: { messages: Record<string, Record<string, unknown>> } };
      const message = { ...data.resolved.messages['867793854505943041'], id: '867793854505943042' };
      data.target_id = '867793854505943042';
      data.resolved.messages = { '867793854505943042': message };
    });
    const limited = (await (await server.request('/api/v1/intake/discord', discordRequest(second, keys.privateKey))).json()) as { data: { content: string } };
    assert.match(limited.data.content, /several stories in a short time/);
    assert.equal((await queue()).length, 1);
  });
});

describe('GET /api/v1/admin/stories?channel=', () => {
  it('filters the queue by channel and refuses an unknown one', async () => {
    const server = await app();
    await server.request('/api/v1/intake/github', githubRequest(githubExample('issues', 'opened')));
    await server.request('/api/v1/intake/discord', discordRequest(fixture('intake/discord/message-command.json'), keys.privateKey));
    assert.equal((await queue()).length, 1, 'the unknown Discord command stored nothing');
    assert.equal((await queue('github')).length, 1);
    assert.equal((await queue('form')).length, 0);
    const { app: application } = await testApp();
    const bad = await application.request('/api/v1/admin/stories?channel=myspace', admin());
    assert.equal(bad.status, 422);
  });
});
