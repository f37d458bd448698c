/**
 * Fakes of Slack, Discord, GitHub and Discourse that check each request
 * against the real API and answer with recorded shapes (test/fixtures/).
 */
import { readFileSync } from 'node:fs';
import { FakeServer, type Received } from './fake-server.ts';

const fixture = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8'));

export const SLACK_PATH = '/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX';
export const DISCORD_PATH = '/api/webhooks/123456789012345678/webhook-token';
export const GITHUB_TOKEN = 'ghp_test_token_not_real_0123456789';
export const DISCOURSE_KEY = 'discourse-test-api-key-0123456789';
/** A submitter's address that must never leave the server. */
export const PRIVATE_EMAIL = 'ada.private@example.org';

function common(request: Received, path: string): string[] {
  const problems: string[] = [];
  if (request.method !== 'POST') problems.push(`method is ${request.method}, not POST`);
  if (request.url.split('?')[0] !== path) problems.push(`path is not ${path}`);
  if (!/^application\/json/.test(request.headers['content-type'] ?? '')) problems.push('Content-Type is not application/json');
  if (request.json === undefined) problems.push('body is not JSON');
  if (request.raw.includes(PRIVATE_EMAIL)) problems.push("the submitter's e-mail address was sent");
  return problems;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Slack incoming webhook: `{text, blocks}` → `200 ok`. */
export function fakeSlack(): Promise<FakeServer> {
  return new FakeServer(
    'slack',
    (request) => {
      const problems = common(request, SLACK_PATH);
      const body = request.json;
      if (!isObject(body) || typeof body.text !== 'string' || !body.text) problems.push('no fallback text');
      if (!isObject(body) || !Array.isArray(body.blocks) || body.blocks.length === 0 || body.blocks.length > 50) problems.push('blocks missing or too many');
      else {
        for (const block of body.blocks as unknown[]) {
          if (!isObject(block) || !['header', 'section', 'actions', 'context', 'divider'].includes(String(block.type)))
            problems.push(`unknown block ${JSON.stringify(block)}`);
          if (
            isObject(block) &&
            block.type === 'header' &&
            (!isObject(block.text) || block.text.type !== 'plain_text' || String(block.text.text).length > 150)
          ) {
            problems.push('a header must be plain_text of at most 150 characters');
          }
        }
      }
      return problems;
    },
    () => ({ status: 200, headers: { 'Content-Type': 'text/html' }, body: 'ok' }),
  ).start();
}

/** Discord webhook: `{embeds: [...]}` → `204`. */
export function fakeDiscord(): Promise<FakeServer> {
  return new FakeServer(
    'discord',
    (request) => {
      const problems = common(request, DISCORD_PATH);
      const body = request.json;
      const embed = isObject(body) && Array.isArray(body.embeds) ? (body.embeds[0] as unknown) : undefined;
      if (!isObject(embed)) problems.push('no embed');
      else {
        if (typeof embed.title !== 'string' || embed.title.length > 256) problems.push('embed title missing or over 256 characters');
        if (typeof embed.description !== 'string' || embed.description.length > 4096) problems.push('embed description over 4096 characters');
        if (!Array.isArray(embed.fields) || embed.fields.length > 25) problems.push('embed fields missing or over 25');
      }
      if (!isObject(body) || !isObject(body.allowed_mentions)) problems.push('allowed_mentions not set: a story could ping @everyone');
      return problems;
    },
    () => ({ status: 204 }),
  ).start();
}

/** An issue the fake GitHub holds, as its list endpoint returns it. */
export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  html_url: string;
  created_at: string;
  updated_at: string;
  pull_request?: unknown;
}

/** The fake GitHub, with the issues it opened and a switch to open one and then never answer (a timeout after GitHub acted). */
export type FakeGitHub = FakeServer & { issues: FakeIssue[]; hangAfterCreating: number };

/**
 * GitHub REST: `POST /repos/{owner}/{repo}/issues` with a Bearer token → `201` and the issue;
 * `GET /repos/{owner}/{repo}/issues?state=&sort=created&direction=desc&since=&per_page=&page=` → the issues
 * updated since then, newest first (pull requests included, as GitHub lists them), from the recorded list too.
 */
export async function fakeGitHub(repo = 'python/community-stories'): Promise<FakeGitHub> {
  let number = 487;
  const listed = (fixture('github/list-issues.json') as FakeIssue[]).map((issue) => ({ ...issue }));
  const state = { issues: [] as FakeIssue[], hangAfterCreating: 0 };
  const server = new FakeServer(
    'github',
    (request) => {
      const path = `/repos/${repo}/issues`;
      const problems: string[] = [];
      if (request.headers.authorization !== `Bearer ${GITHUB_TOKEN}`) problems.push('Authorization is not "Bearer <token>"');
      if (request.headers.accept !== 'application/vnd.github+json') problems.push('Accept is not application/vnd.github+json');
      if (request.headers['x-github-api-version'] !== '2022-11-28') problems.push('X-GitHub-Api-Version is not 2022-11-28');
      if (!request.headers['user-agent']) problems.push('no User-Agent (GitHub refuses requests without one)');
      if (request.method === 'GET') {
        const url = new URL(request.url, 'http://fake');
        if (url.pathname !== path) problems.push(`path is not ${path}`);
        for (const key of url.searchParams.keys())
          if (!['state', 'sort', 'direction', 'since', 'per_page', 'page', 'labels'].includes(key)) problems.push(`GitHub has no list parameter ${key}`);
        const perPage = Number(url.searchParams.get('per_page') ?? 30);
        if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100) problems.push('per_page must be 1–100');
        const since = url.searchParams.get('since');
        if (since !== null && Number.isNaN(Date.parse(since))) problems.push('since is not an ISO 8601 time');
        return problems;
      }
      problems.push(...common(request, path));
      const body = request.json;
      if (!isObject(body) || typeof body.title !== 'string' || !body.title) problems.push('no title');
      if (!isObject(body) || typeof body.body !== 'string') problems.push('no body');
      if (!isObject(body) || !Array.isArray(body.labels) || !body.labels.every((label) => typeof label === 'string'))
        problems.push('labels is not a list of names');
      return problems;
    },
    (request) => {
      if (request.method === 'GET') {
        const url = new URL(request.url, 'http://fake');
        const since = Date.parse(url.searchParams.get('since') ?? '1970-01-01T00:00:00Z');
        const perPage = Number(url.searchParams.get('per_page') ?? 30);
        const page = Number(url.searchParams.get('page') ?? 1);
        const all = [...state.issues]
          .reverse()
          .concat(listed)
          .filter((issue) => Date.parse(issue.updated_at) >= since);
        return { status: 200, body: all.slice((page - 1) * perPage, page * perPage) };
      }
      const issue = fixture('github/create-issue-response.json') as Record<string, unknown>;
      number++;
      const { title, body } = request.json as { title: string; body: string };
      const at = new Date().toISOString();
      const created = { ...issue, number, title, body, html_url: `https://github.com/${repo}/issues/${number}`, created_at: at, updated_at: at };
      state.issues.push(created);
      if (state.hangAfterCreating > 0) {
        state.hangAfterCreating--;
        return 'hang';
      }
      return { status: 201, headers: { Location: `https://api.github.com/repos/${repo}/issues/${number}` }, body: created };
    },
  );
  await server.start();
  return Object.defineProperties(server, {
    issues: { get: () => state.issues },
    hangAfterCreating: { get: () => state.hangAfterCreating, set: (value: number) => (state.hangAfterCreating = value) },
  }) as FakeGitHub;
}

const topicRequestSchema = fixture('discourse/schemas/create-topic.request.schema.json') as {
  properties: Record<string, { type: string }>;
  required: string[];
};

/** Discourse: `POST /posts.json` with `Api-Key` and `Api-Username` → the new post (with `topic_id`, `topic_slug`). */
export function fakeDiscourse(username = 'chorus-bot'): Promise<FakeServer> {
  let topic = 20;
  return new FakeServer(
    'discourse',
    (request) => {
      const problems = common(request, '/posts.json');
      if (request.headers['api-key'] !== DISCOURSE_KEY) problems.push('Api-Key header missing or wrong');
      if (request.headers['api-username'] !== username) problems.push('Api-Username header missing or wrong');
      if (request.headers.authorization) problems.push('Discourse takes Api-Key, not Authorization');
      const body = request.json;
      if (!isObject(body)) return [...problems, 'body is not an object'];
      for (const key of topicRequestSchema.required) if (!(key in body)) problems.push(`required field ${key} missing`);
      for (const [key, value] of Object.entries(body)) {
        const spec = topicRequestSchema.properties[key];
        if (!spec) problems.push(`field ${key} is not in the API`);
        else if (spec.type === 'integer' ? !Number.isInteger(value) : typeof value !== spec.type) problems.push(`field ${key} is not ${spec.type}`);
      }
      if (typeof body.title !== 'string') problems.push('a new topic needs a title');
      return problems;
    },
    () => {
      const post = fixture('discourse/create-topic-response.json') as Record<string, unknown>;
      topic++;
      return { status: 200, body: { ...post, topic_id: topic, topic_slug: `how-our-meetup-grew-${topic}` } };
    },
  ).start();
}
