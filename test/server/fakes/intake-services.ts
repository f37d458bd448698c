/**
 * Fakes of the platform APIs the intake answers through: Slack's Web API and
 * response_url, Discord's REST API, GitHub's issue comments and labels, and a
 * Discourse forum's topics and posts. Each checks requests against the real
 * API and answers in its documented shapes.
 */
import { readFileSync } from 'node:fs';
import { FakeServer, type Received } from './fake-server.ts';

export const SLACK_BOT_TOKEN = 'xoxb-test-0000-not-a-real-token';
export const DISCORD_BOT_TOKEN = 'discord-bot-token-for-tests-only';
export const GITHUB_TOKEN = 'ghp_test_token_not_real_0123456789';
export const DISCOURSE_KEY = 'discourse-test-api-key-0123456789';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const fixture = (path: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8')) as Record<string, unknown>;
const path = (request: Received) => request.url.split('?')[0] ?? '';

/** The bot scopes of docs/intake/slack-manifest.yml. */
export const SLACK_SCOPES = [
  'commands',
  'chat:write',
  'chat:write.public',
  'im:write',
  'channels:history',
  'groups:history',
  'im:history',
  'mpim:history',
  'users:read',
];

/** Slack's read methods take query parameters (or a form-encoded body), never JSON. */
const READ_METHODS = ['users.info', 'conversations.replies'];

/**
 * Slack: `POST /api/{method}` with a Bearer bot token, and response URLs under `/response/`.
 * `users.info` (GET, `?user=…&include_locale=true`) answers each member of `locales` (user id →
 * Slack locale such as `de-DE`) with Slack's user object, its `locale` only when asked for, and
 * with `missing_scope` while `scopes` (the bot token's) lacks `users:read`.
 */
export function fakeSlackApi(): Promise<FakeServer & { posted: Record<string, unknown>[]; locales: Map<string, string>; scopes: Set<string> }> {
  const posted: Record<string, unknown>[] = [];
  const locales = new Map<string, string>();
  const scopes = new Set(SLACK_SCOPES);
  const fake = new FakeServer(
    'slack-api',
    (request) => {
      const problems: string[] = [];
      const method = path(request).replace('/api/', '');
      if (READ_METHODS.includes(method)) {
        const query = new URLSearchParams(request.url.split('?')[1] ?? '');
        if (request.method !== 'GET') problems.push(`${method} is read with GET and query parameters`);
        if (request.raw) problems.push(`${method} does not accept a JSON body`);
        if (request.headers.authorization !== `Bearer ${SLACK_BOT_TOKEN}`) problems.push('Authorization is not the bot token');
        if (method === 'users.info' && !query.get('user')) problems.push('users.info needs user');
        if (method === 'conversations.replies' && (!query.get('channel') || !query.get('ts'))) problems.push('conversations.replies needs channel and ts');
        return problems;
      }
      if (request.method !== 'POST') problems.push('Slack takes POST');
      if (!/^application\/json/.test(request.headers['content-type'] ?? '')) problems.push('Content-Type is not application/json');
      if (!isObject(request.json)) problems.push('body is not a JSON object');
      const body = isObject(request.json) ? request.json : {};
      if (path(request).startsWith('/response/')) {
        if (body.response_type !== 'ephemeral') problems.push('a response_url answer to one member must be ephemeral');
        return problems;
      }
      if (request.headers.authorization !== `Bearer ${SLACK_BOT_TOKEN}`) problems.push('Authorization is not the bot token');
      if (method === 'views.open' && (typeof body.trigger_id !== 'string' || !isObject(body.view))) problems.push('views.open needs trigger_id and view');
      if (method === 'views.open' && isObject(body.view) && Array.isArray(body.view.blocks) && body.view.blocks.length > 100)
        problems.push('a modal holds 100 blocks at most');
      if (method === 'chat.postMessage' && (typeof body.channel !== 'string' || typeof body.text !== 'string'))
        problems.push('chat.postMessage needs channel and text');
      if (method === 'chat.postEphemeral' && (typeof body.channel !== 'string' || typeof body.user !== 'string'))
        problems.push('chat.postEphemeral needs channel and user');
      if (!['views.open', 'chat.postMessage', 'chat.postEphemeral'].includes(method)) problems.push(`unexpected method ${method}`);
      return problems;
    },
    (request) => {
      const body = isObject(request.json) ? request.json : {};
      if (path(request).startsWith('/response/')) return { status: 200, headers: { 'Content-Type': 'text/html' }, body: 'ok' };
      const method = path(request).replace('/api/', '');
      if (method === 'users.info') {
        if (!scopes.has('users:read')) return missingScope('users:read', [...scopes]);
        const query = new URLSearchParams(request.url.split('?')[1] ?? '');
        const id = query.get('user') ?? '';
        if (!/^[UW][A-Z0-9]+$/.test(id)) return { status: 200, body: { ok: false, error: 'user_not_found' } };
        // Slack's user object (users.info's documented answer), trimmed of the profile's images.
        const user: Record<string, unknown> = {
          id,
          team_id: 'T0MJRM1A7',
          name: `member-${id.toLowerCase()}`,
          deleted: false,
          real_name: 'A Member',
          tz: 'Europe/Berlin',
          tz_label: 'Central European Time',
          tz_offset: 3600,
          profile: { real_name: 'A Member', display_name: `member-${id.toLowerCase()}`, team: 'T0MJRM1A7' },
          is_admin: false,
          is_owner: false,
          is_bot: false,
          is_app_user: false,
          updated: 1502138686,
        };
        if (query.get('include_locale') === 'true') user.locale = locales.get(id) ?? 'en-US';
        return { status: 200, body: { ok: true, user } };
      }
      if (method === 'chat.postMessage') {
        const ts = `1700000000.${String(posted.length + 1).padStart(6, '0')}`;
        posted.push({ ...body, ts });
        return { status: 200, body: { ok: true, channel: body.channel, ts, message: { type: 'message', text: body.text, ts, thread_ts: body.thread_ts } } };
      }
      if (method === 'conversations.replies') {
        const query = new URLSearchParams(request.url.split('?')[1] ?? '');
        const [channel, ts] = [query.get('channel'), query.get('ts')];
        const messages = posted.filter((message) => message.channel === channel && message.thread_ts === ts);
        return { status: 200, body: { ok: true, messages: [{ ts, text: 'the original' }, ...messages], has_more: false } };
      }
      if (method === 'chat.postEphemeral') return { status: 200, body: { ok: true, message_ts: '1700000000.000900' } };
      return { status: 200, body: { ok: true, view: { id: 'V0TEST', type: 'modal' } } };
    },
  );
  return Object.assign(fake, { posted, locales, scopes }).start();
}

/** Slack's answer to a method the bot token lacks the scope for. */
export const missingScope = (needed: string, provided = SLACK_SCOPES.filter((scope) => scope !== needed)) => ({
  status: 200,
  body: { ok: false, error: 'missing_scope', needed, provided: provided.join(',') },
});

/** Discord REST v10 with `Authorization: Bot …` (interaction follow-ups carry their token in the path instead). */
export function fakeDiscordApi(): Promise<FakeServer & { messages: Record<string, unknown>[] }> {
  const messages: Record<string, unknown>[] = [];
  const byNonce = new Map<string, Record<string, unknown>>();
  const fake = new FakeServer(
    'discord-api',
    (request) => {
      const problems: string[] = [];
      const p = path(request);
      const body = isObject(request.json) ? request.json : {};
      const followUp = p.startsWith('/webhooks/');
      if (!followUp && request.headers.authorization !== `Bot ${DISCORD_BOT_TOKEN}`) problems.push('Authorization is not "Bot <token>"');
      if (followUp && request.headers.authorization) problems.push('a follow-up needs no Authorization');
      if (request.method !== 'PUT' && request.method !== 'POST') problems.push(`unexpected method ${request.method}`);
      if (/^\/channels\/\d+|^\/channels\/dm-/.test(p) && p.endsWith('/messages')) {
        if (typeof body.content !== 'string' || body.content.length > 2000) problems.push('content missing or over 2000 characters');
        if (!isObject(body.allowed_mentions)) problems.push('allowed_mentions not set: a story could ping @everyone');
        if (typeof body.nonce === 'string' && body.nonce.length > 25) problems.push('a nonce is 25 characters at most');
      } else if (p === '/users/@me/channels') {
        if (typeof body.recipient_id !== 'string') problems.push('recipient_id missing');
      } else if (followUp) {
        if (body.flags !== 64) problems.push('a private follow-up must be ephemeral (flags 64)');
      } else if (!/^\/applications\/\d+\/commands$/.test(p)) problems.push(`unexpected path ${p}`);
      return problems;
    },
    (request) => {
      const p = path(request);
      const body = isObject(request.json) ? request.json : {};
      if (p === '/users/@me/channels') return { status: 200, body: { id: `dm-${String(body.recipient_id)}`, type: 1 } };
      if (/^\/applications\/\d+\/commands$/.test(p)) {
        const list = Array.isArray(request.json) ? request.json : [];
        return { status: 200, body: list.map((command, index) => ({ id: String(900 + index), application_id: p.split('/')[2], version: '1', ...command })) };
      }
      const nonce = typeof body.nonce === 'string' ? body.nonce : undefined;
      if (nonce && body.enforce_nonce === true && byNonce.has(nonce)) return { status: 200, body: byNonce.get(nonce) };
      const message = { id: String(1_100_000_000_000_000_000 + messages.length), channel_id: p.split('/')[2], content: body.content, ...body };
      messages.push(message);
      if (nonce) byNonce.set(nonce, message);
      return { status: 200, body: message };
    },
  );
  return Object.assign(fake, { messages }).start();
}

/** GitHub REST: issue comments (list, create) and labels, with a Bearer token. */
export function fakeGitHubIssues(): Promise<FakeServer & { comments: Map<string, { id: number; body: string }[]> }> {
  const comments = new Map<string, { id: number; body: string }[]>();
  const fake = new FakeServer(
    'github-issues',
    (request) => {
      const problems: string[] = [];
      if (request.headers.authorization !== `Bearer ${GITHUB_TOKEN}`) problems.push('Authorization is not "Bearer <token>"');
      if (request.headers['x-github-api-version'] !== '2022-11-28') problems.push('X-GitHub-Api-Version is not 2022-11-28');
      if (!request.headers['user-agent']) problems.push('no User-Agent');
      const p = path(request);
      const body = isObject(request.json) ? request.json : {};
      if (!/^\/repos\/[\w.-]+\/[\w.-]+\/issues(\/\d+\/(comments|labels))?$/.test(p)) problems.push(`unexpected path ${p}`);
      if (/\/issues$/.test(p) && (request.method !== 'POST' || typeof body.title !== 'string')) problems.push('a new issue needs a title');
      if (request.method === 'POST' && p.endsWith('/comments') && typeof body.body !== 'string') problems.push('a comment needs a body');
      if (request.method === 'POST' && p.endsWith('/labels') && !(Array.isArray(body.labels) && body.labels.every((label) => typeof label === 'string')))
        problems.push('labels must be a list of names');
      return problems;
    },
    (request) => {
      const p = path(request);
      if (/\/issues$/.test(p)) {
        const number = 100 + comments.size;
        comments.set(`${p}/${number}`, []);
        return {
          status: 201,
          body: { ...fixture('github/create-issue-response.json'), number, html_url: `https://github.com${p.replace('/repos', '')}/${number}` },
        };
      }
      const key = p.replace(/\/(comments|labels)$/, '');
      const list = comments.get(key) ?? [];
      if (p.endsWith('/labels')) {
        const names = (request.json as { labels: string[] }).labels;
        return { status: 200, body: names.map((name, index) => ({ id: 208045946 + index, name, color: 'ededed', default: false })) };
      }
      if (request.method === 'GET') return { status: 200, body: list };
      const comment = {
        id: 1_000 + list.length,
        body: String((request.json as { body: string }).body),
        html_url: `https://github.com${key}#issuecomment-${1_000 + list.length}`,
      };
      list.push(comment);
      comments.set(key, list);
      return { status: 201, body: comment };
    },
  );
  return Object.assign(fake, { comments }).start();
}

/** A Discourse forum: `GET /t/{id}.json` answers the recorded topic (`test/fixtures/discourse/topic.json`), `POST /posts.json` replies. */
export function fakeForum(username = 'chorus-bot'): Promise<FakeServer & { replies: Record<string, unknown>[] }> {
  const replies: Record<string, unknown>[] = [];
  const fake = new FakeServer(
    'discourse-forum',
    (request) => {
      const problems: string[] = [];
      if (request.headers['api-key'] !== DISCOURSE_KEY) problems.push('Api-Key header missing or wrong');
      if (request.headers['api-username'] !== username) problems.push('Api-Username header missing or wrong');
      const p = path(request);
      if (request.method === 'POST' && p === '/posts.json') {
        const body = isObject(request.json) ? request.json : {};
        if (typeof body.raw !== 'string') problems.push('a post needs raw');
        if ('title' in body === 'topic_id' in body) problems.push('a post is either a new topic (title) or a reply (topic_id)');
      } else if (!(request.method === 'GET' && /^\/t\/\d+\.json$/.test(p))) problems.push(`unexpected ${request.method} ${p}`);
      return problems;
    },
    (request) => {
      const p = path(request);
      if (request.method === 'GET') {
        const topic = fixture('discourse/topic.json');
        const id = Number(/\/t\/(\d+)\.json/.exec(p)?.[1]);
        const stream = topic.post_stream as { posts: Record<string, unknown>[] };
        const posts = [
          ...stream.posts,
          ...replies.filter((reply) => reply.topic_id === id).map((reply) => ({ ...reply, cooked: `<p>${String(reply.raw)}</p>` })),
        ];
        return { status: 200, body: { ...topic, id, post_stream: { ...stream, posts } } };
      }
      const post = request.json as Record<string, unknown>;
      if ('title' in post)
        return { status: 200, body: { ...fixture('discourse/create-topic-response.json'), topic_id: 40 + replies.length, topic_slug: 'new-topic' } };
      const reply = { ...post, id: 500 + replies.length, post_number: 4 + replies.length };
      replies.push(reply);
      return { status: 200, body: { ...fixture('discourse/create-topic-response.json'), ...reply } };
    },
  );
  return Object.assign(fake, { replies }).start();
}
