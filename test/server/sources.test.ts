import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, beforeEach, describe, it } from 'node:test';
import { ApiError, StoryPage } from '../../src/schema/index.ts';
import { excerptOf } from '../../src/upstream/rich-text-tree.ts';
import { FakeServer, type Received, type Reply } from './fakes/fake-server.ts';
import { closeSharedStore, testApp } from './helpers.ts';

const raw = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');
const headersOf = (path: string): Record<string, string> => {
  const flat = (JSON.parse(raw(path)) as { envelope: { rawHeaders: string[] } }).envelope.rawHeaders;
  const headers: Record<string, string> = {};
  for (let i = 0; i < flat.length; i += 2) headers[flat[i]!] = flat[i + 1]!;
  return headers;
};

const REPO = 'python/community-stories';
const page1 = headersOf('github/list-issues-2022-page-1.meta.json');
const ETAG = page1.ETag!;

/** GitHub's issues list, answering `If-None-Match` with 304 as GitHub does. */
function fakeGitHubIssues() {
  return new FakeServer(
    'github',
    (request) => {
      const problems: string[] = [];
      if (request.method !== 'GET') problems.push('not a GET');
      if (!request.url.startsWith(`/repos/${REPO}/issues`)) problems.push('not the allowed repository');
      if (request.headers.accept !== 'application/vnd.github+json') problems.push('Accept is not application/vnd.github+json');
      if (!request.headers['user-agent']) problems.push('no User-Agent');
      return problems;
    },
    (request: Received): Reply => {
      if (request.headers['if-none-match'] === ETAG) return { status: 304, headers: { ETag: ETAG } };
      return {
        status: 200,
        headers: { 'Content-Type': 'application/json; charset=utf-8', ETag: ETAG, Link: page1.Link! },
        body: raw('github/list-issues-2022-page-1.json'),
      };
    },
  ).start();
}

function fakeForum() {
  return new FakeServer(
    'discourse',
    (request) => (request.method === 'GET' && request.url.startsWith('/latest.json') ? [] : [`unexpected ${request.method} ${request.url}`]),
    (request): Reply =>
      request.url.includes('page=1')
        ? { status: 200, headers: { 'Content-Type': 'application/json' }, body: raw('discourse/latest-last-page.json') }
        : { status: 200, headers: { 'Content-Type': 'application/json', ETag: '"forum-1"' }, body: raw('discourse/latest.json') },
  ).start();
}

let github: FakeServer, forum: FakeServer;
let now = Date.UTC(2025, 0, 10, 12);
before(async () => {
  [github, forum] = await Promise.all([fakeGitHubIssues(), fakeForum()]);
});
after(async () => {
  await Promise.all([github.close(), forum.close()]);
  await closeSharedStore();
});
beforeEach(() => {
  for (const fake of [github, forum]) {
    fake.requests.length = 0;
    fake.problems.length = 0;
    fake.next.length = 0;
  }
});

async function app() {
  const built = await testApp({
    now: () => now,
    sources: { allowlist: [`github:${REPO}`, `discourse:${forum.url}`], githubApiUrl: github.url, githubToken: 'ghp_read_token' },
  });
  return built.app;
}

const githubPath = `/api/v1/sources/github?repo=${REPO}&labels=story`;

describe('GET /api/v1/sources/github', () => {
  it('maps GitHub issues to Chorus stories with a cursor for the next page', async () => {
    const server = await app();
    const response = await server.request(githubPath);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), '*');
    assert.match(response.headers.get('Cache-Control') ?? '', /max-age=60/);
    const page = StoryPage.parse(await response.json());
    assert.deepEqual(
      page.stories.map((story) => [story.id, story.links[0]?.rel]),
      [
        ['github-13', 'github'],
        ['github-12', 'github'],
        ['github-11', 'github'],
      ],
    );
    assert.equal(page.nextCursor, `${github.url}/repos/${REPO}/issues?per_page=3&page=2`);
    // Each with its plain-text excerpt, so a feed reading through this server needs no Markdown parser.
    for (const story of page.stories) assert.equal(story.excerpt, excerptOf(story));
    assert.deepEqual(github.problems, []);
    const sent = github.requests[0]!;
    assert.equal(sent.url, `/repos/${REPO}/issues?labels=story`);
    assert.equal(sent.headers.authorization, 'Bearer ghp_read_token');
  });

  it('costs one upstream request for many readers, then asks again with If-None-Match', async () => {
    const server = await app();
    const answers = await Promise.all(Array.from({ length: 20 }, () => server.request(`${githubPath}&kind=story`)));
    assert.ok(answers.every((answer) => answer.status === 200));
    for (let n = 0; n < 10; n++) await server.request(`${githubPath}&kind=story`);
    assert.equal(github.requests.length, 1);
    now += 61_000;
    const later = StoryPage.parse(await (await server.request(`${githubPath}&kind=story`)).json());
    assert.equal(github.requests.length, 2);
    assert.equal(github.requests[1]!.headers['if-none-match'], ETAG);
    assert.equal(github.requests[1]!.status, 304);
    assert.equal(later.stories.length, 3);
    await server.request(`${githubPath}&kind=story`);
    assert.equal(github.requests.length, 2, 'a 304 renews the minute');
  });

  it('answers a reader’s If-None-Match with 304', async () => {
    const server = await app();
    const first = await server.request(githubPath);
    const again = await server.request(githubPath, { headers: { 'If-None-Match': first.headers.get('ETag') ?? '' } });
    assert.equal(again.status, 304);
  });

  it('follows the cursor it gave out, and no other', async () => {
    const server = await app();
    const page = StoryPage.parse(await (await server.request(githubPath)).json());
    const next = await server.request(`/api/v1/sources/github?repo=${REPO}&cursor=${encodeURIComponent(page.nextCursor!)}`);
    assert.equal(next.status, 200);
    assert.equal(github.requests.at(-1)!.url, `/repos/${REPO}/issues?per_page=3&page=2`);
    for (const forged of [
      `https://evil.example/repos/${REPO}/issues?page=2`,
      `${github.url}/repos/someone/else/issues?page=2`,
      `${github.url}/repositories/1/issues`,
    ]) {
      const response = await server.request(`/api/v1/sources/github?repo=${REPO}&cursor=${encodeURIComponent(forged)}`);
      assert.equal(response.status, 422, forged);
    }
  });

  it('accepts only the parameters GitHub’s next-page address uses, so made-up ones cannot each cost a request', async () => {
    const server = await app();
    const base = `${github.url}/repos/${REPO}/issues`;
    for (const forged of [
      `${base}?page=2&x=1`,
      `${base}?page=2&x=2`,
      `${base}?page=2&page=3`,
      `${base}?page=0`,
      `${base}?page=2&per_page=1000`,
      `${base}?page=2&state=whatever`,
      `${base}?page=2&sort=updated`,
      `${base}?page=2#x`,
    ]) {
      const response = await server.request(`/api/v1/sources/github?repo=${REPO}&cursor=${encodeURIComponent(forged)}`);
      assert.equal(response.status, 422, forged);
      assert.equal(ApiError.parse(await response.json()).error.issues?.[0]?.code, 'cursor.invalid');
    }
    assert.equal(github.requests.length, 0);
    // The same page written two ways is one upstream request.
    for (const cursor of [`${base}?page=2&per_page=3&labels=story`, `${base}?labels=story&per_page=3&page=2`]) {
      const response = await server.request(`/api/v1/sources/github?repo=${REPO}&cursor=${encodeURIComponent(cursor)}`);
      assert.equal(response.status, 200);
    }
    assert.equal(github.requests.length, 1);
    assert.equal(github.requests[0]!.url, `/repos/${REPO}/issues?labels=story&per_page=3&page=2`);
  });

  it('answers 403 for a repository not in CHORUS_SOURCE_ALLOWLIST, without asking GitHub', async () => {
    const server = await app();
    const response = await server.request('/api/v1/sources/github?repo=someone/else');
    assert.equal(response.status, 403);
    assert.equal(ApiError.parse(await response.json()).error.code, 'forbidden');
    assert.equal(github.requests.length, 0);
  });

  it('answers 503 with Retry-After when GitHub’s rate limit is used up and nothing is cached', async () => {
    const server = await app();
    github.next.push({
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 300) },
      body: { message: 'API rate limit exceeded' },
    });
    const response = await server.request(`${githubPath}&state=open`);
    assert.equal(response.status, 503);
    assert.equal(response.headers.get('Retry-After'), '300');
  });

  it('keeps serving the last good page while GitHub is down', async () => {
    const server = await app();
    await server.request(`${githubPath}&state=closed`);
    now += 120_000;
    github.next.push({ status: 502, body: 'bad gateway' });
    const response = await server.request(`${githubPath}&state=closed`);
    assert.equal(response.status, 200);
    assert.equal(StoryPage.parse(await response.json()).stories.length, 3);
  });
});

describe('GET /api/v1/sources/discourse', () => {
  it('maps a forum listing to stories, caches it, and passes its next page on', async () => {
    const server = await app();
    const path = `/api/v1/sources/discourse?url=${encodeURIComponent(`${forum.url}/latest`)}`;
    const responses = await Promise.all(Array.from({ length: 5 }, () => server.request(path)));
    const page = StoryPage.parse(await responses[0]!.json());
    assert.equal(page.stories.length, 30);
    assert.equal(page.stories[0]!.bodyFormat, 'html');
    assert.equal(page.stories[0]!.links[0]!.rel, 'discourse');
    assert.equal(page.stories[0]!.excerpt, excerptOf(page.stories[0]!));
    assert.doesNotMatch(page.stories[0]!.excerpt!, /<|&\w+;/);
    assert.equal(forum.requests.length, 1);
    assert.ok(page.nextCursor?.startsWith(`${forum.url}/latest.json?`));
    const last = StoryPage.parse(await (await server.request(`${path}&cursor=${encodeURIComponent(page.nextCursor!)}`)).json());
    assert.equal(last.stories.length, 10);
    assert.equal(last.nextCursor, null);
    assert.deepEqual(forum.problems, []);
  });

  it('answers 403 for a forum not in the allowlist and 422 for a cursor to another host', async () => {
    const server = await app();
    const denied = await server.request(`/api/v1/sources/discourse?url=${encodeURIComponent('https://forum.example.org/c/news/5')}`);
    assert.equal(denied.status, 403);
    const forged = await server.request(
      `/api/v1/sources/discourse?url=${encodeURIComponent(`${forum.url}/latest`)}&cursor=${encodeURIComponent('https://forum.example.org/latest.json?page=1')}`,
    );
    assert.equal(forged.status, 422);
    assert.equal(forum.requests.length, 0);
  });

  it('accepts only the parameters the forum’s next-page address uses', async () => {
    const server = await app();
    const path = `/api/v1/sources/discourse?url=${encodeURIComponent(`${forum.url}/latest`)}`;
    for (const query of ['page=1&x=1', 'page=1&x=2', 'page=1&page=2', 'page=one', 'page=1&api_key=1', 'page=1&order=<script>']) {
      const response = await server.request(`${path}&cursor=${encodeURIComponent(`${forum.url}/latest.json?${query}`)}`);
      assert.equal(response.status, 422, query);
    }
    assert.equal(forum.requests.length, 0);
    const ok = await server.request(
      `${path}&cursor=${encodeURIComponent(`${forum.url}/latest.json?page=1&order=activity&no_definitions=true&ascending=false`)}`,
    );
    assert.equal(ok.status, 200);
    assert.equal(forum.requests[0]!.url, '/latest.json?page=1&order=activity&ascending=false&no_definitions=true');
  });
});
