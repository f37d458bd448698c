import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { KyselyStoryStore } from '../../server/store/kysely-store.ts';
import { ApiError, Story, StoryPage, SubmissionReceipt } from '../../src/schema/index.ts';
import { admin, closeSharedStore, post, publish, resetStore, sharedStore, testApp, validSubmission } from './helpers.ts';

let store: KyselyStoryStore;
before(async () => {
  store = await sharedStore();
});
beforeEach(() => resetStore(store));
after(closeSharedStore);

async function countStories(): Promise<number> {
  return (await sql<{ n: number }>`select count(*)::int as n from stories`.execute(store.db)).rows[0]!.n;
}

async function errorOf(response: Response) {
  return ApiError.parse(await response.json()).error;
}

describe('GET /api/v1/stories', () => {
  it('answers an empty page, cacheable and readable from any origin', async () => {
    const { app } = await testApp();
    const response = await app.request('/api/v1/stories', { headers: { Origin: 'https://elsewhere.example' } });
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { stories: [], nextCursor: null });
    assert.equal(response.headers.get('Cache-Control'), 'public, max-age=30, stale-while-revalidate=300');
    assert.match(response.headers.get('ETag') ?? '', /^W\/".+"$/);
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), '*');
  });

  it('lists approved stories only, newest first', async () => {
    const { app } = await testApp();
    const older = await publish(app, { title: 'Older' });
    const newer = await publish(app, { title: 'Newer' });
    const pending = await app.request('/api/v1/stories', post(validSubmission({ title: 'Pending' })));
    assert.equal(pending.status, 202);
    const rejected = (await (await app.request('/api/v1/stories', post(validSubmission({ title: 'Rejected' })))).json()) as { id: string };
    await app.request(`/api/v1/admin/stories/${rejected.id}/reject`, admin({ method: 'POST' }));
    const page = StoryPage.parse(await (await app.request('/api/v1/stories')).json());
    assert.deepEqual(
      page.stories.map((story) => story.id),
      [newer, older],
    );
  });

  it('answers 304 when the client already has this page', async () => {
    const { app } = await testApp();
    await publish(app);
    const first = await app.request('/api/v1/stories');
    const etag = first.headers.get('ETag')!;
    const again = await app.request('/api/v1/stories', { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get('ETag'), etag);
    assert.equal(await again.text(), '');
    await publish(app, { title: 'Something new' });
    const changed = await app.request('/api/v1/stories', { headers: { 'If-None-Match': etag } });
    assert.equal(changed.status, 200);
  });

  it('shows 20 by default, at most 100, and pages by cursor', async () => {
    const { app } = await testApp();
    for (let i = 0; i < 23; i++) await publish(app, { title: `Story ${i}` });
    const first = StoryPage.parse(await (await app.request('/api/v1/stories')).json());
    assert.equal(first.stories.length, 20);
    assert.ok(first.nextCursor);
    const second = StoryPage.parse(await (await app.request(`/api/v1/stories?cursor=${first.nextCursor}`)).json());
    assert.equal(second.stories.length, 3);
    assert.equal(second.nextCursor, null);
    assert.equal(new Set([...first.stories, ...second.stories].map((story) => story.id)).size, 23);
    const big = StoryPage.parse(await (await app.request('/api/v1/stories?limit=1000')).json());
    assert.equal(big.stories.length, 23);
  });

  it('filters by tag and kind', async () => {
    const { app } = await testApp();
    await publish(app, { title: 'Django news', kind: 'news', tags: ['django'] });
    await publish(app, { title: 'Django story', kind: 'story', tags: ['django'] });
    await publish(app, { title: 'Flask story', kind: 'story', tags: ['flask'] });
    const titles = async (query: string) => StoryPage.parse(await (await app.request(`/api/v1/stories?${query}`)).json()).stories.map((story) => story.title);
    assert.deepEqual(await titles('tag=django'), ['Django story', 'Django news']);
    assert.deepEqual(await titles('kind=story'), ['Flask story', 'Django story']);
    assert.deepEqual(await titles('kind=story&tag=django'), ['Django story']);
  });

  for (const [query, field] of [
    ['limit=0', 'limit'],
    ['limit=ten', 'limit'],
    ['cursor=not-a-cursor', 'cursor'],
    ['kind=poem', 'kind'],
    ['tag=Not%20A%20Tag', 'tag'],
  ] as const) {
    it(`answers 422 naming ${field} for ?${query}`, async () => {
      const { app } = await testApp();
      const response = await app.request(`/api/v1/stories?${query}`);
      assert.equal(response.status, 422);
      const error = await errorOf(response);
      assert.equal(error.code, 'validation');
      assert.deepEqual(
        error.issues?.map((issue) => issue.path),
        [[field]],
      );
    });
  }
});

describe('GET /api/v1/stories/{id}', () => {
  it('answers an approved story with an ETag, and 304 for a client that has it', async () => {
    const { app } = await testApp();
    const id = await publish(app, { title: 'Hello' });
    const response = await app.request(`/api/v1/stories/${id}`);
    assert.equal(response.status, 200);
    const story = Story.parse(await response.json());
    assert.equal(story.title, 'Hello');
    assert.equal(response.headers.get('Cache-Control'), 'public, max-age=30, stale-while-revalidate=300');
    const again = await app.request(`/api/v1/stories/${id}`, { headers: { 'If-None-Match': response.headers.get('ETag')! } });
    assert.equal(again.status, 304);
  });

  it('answers 404 for a pending story, an unknown id and a malformed one', async () => {
    const { app } = await testApp();
    const { id } = (await (await app.request('/api/v1/stories', post(validSubmission()))).json()) as { id: string };
    for (const path of [id, '01900000-0000-7000-8000-000000000000', 'nope']) {
      const response = await app.request(`/api/v1/stories/${path}`);
      assert.equal(response.status, 404, path);
      assert.equal((await errorOf(response)).code, 'not_found');
    }
  });
});

describe('POST /api/v1/stories', () => {
  it('answers 202 pending and keeps the story for moderators', async () => {
    const { app } = await testApp();
    const response = await app.request('/api/v1/stories', post(validSubmission()));
    assert.equal(response.status, 202);
    const receipt = SubmissionReceipt.parse(await response.json());
    assert.equal(receipt.status, 'pending');
    const queue = (await (await app.request('/api/v1/admin/stories?status=pending', admin())).json()) as {
      stories: { id: string; authorEmail: string; flags: string[] }[];
    };
    assert.equal(queue.stories[0]!.id, receipt.id);
    assert.equal(queue.stories[0]!.authorEmail, 'ada.private@example.org');
    assert.deepEqual(queue.stories[0]!.flags, []);
  });

  it('answers 422 with one issue per field and stores nothing', async () => {
    const { app } = await testApp();
    const response = await app.request(
      '/api/v1/stories',
      post({ kind: 'boost', title: '', title2: 'x', tags: ['Bad Tag'], authorEmail: 'nope', consent: false }),
    );
    assert.equal(response.status, 422);
    const error = await errorOf(response);
    assert.equal(error.code, 'validation');
    const byField = Object.fromEntries(error.issues!.map((issue) => [issue.path.join('.'), issue]));
    assert.deepEqual(Object.keys(byField).sort(), ['authorEmail', 'authorName', 'consent', 'link', 'tags.0', 'title'].sort());
    assert.equal(byField.title!.message, 'Enter a title');
    assert.equal(byField.title!.code, 'title.required');
    assert.equal(byField.consent!.message, 'Tick the box to agree that the community team may publish your story');
    assert.equal(await countStories(), 0);
  });

  it('words the issues in Spanish for a Spanish reader', async () => {
    const { app } = await testApp();
    const response = await app.request('/api/v1/stories', post(validSubmission({ title: '' }), { 'Accept-Language': 'es-MX,es;q=0.9,en;q=0.5' }));
    const error = await errorOf(response);
    assert.equal(error.issues![0]!.message, 'Escribe un título');
    assert.match(error.message, /Revisa/);
  });

  it('answers 413 for a body over 64 KB and stores nothing', async () => {
    const { app } = await testApp();
    const response = await app.request('/api/v1/stories', post(validSubmission({ body: 'x'.repeat(70_000) })));
    assert.equal(response.status, 413);
    assert.equal((await errorOf(response)).code, 'payload_too_large');
    assert.equal(await countStories(), 0);
  });

  it('answers 400 that says the body is not JSON, and stores nothing', async () => {
    const { app } = await testApp();
    const response = await app.request('/api/v1/stories', post('{"kind": "story",'));
    assert.equal(response.status, 400);
    const error = await errorOf(response);
    assert.equal(error.code, 'bad_json');
    assert.match(error.message, /not valid JSON/);
    assert.equal(await countStories(), 0);
  });

  for (const body of ['null', '[]', '0', '"x"', 'true', '[{"kind": "story"}]']) {
    it(`answers 422 that asks for a JSON object when the body is ${body}, and stores nothing`, async () => {
      const { app, logger } = await testApp();
      const response = await app.request('/api/v1/stories', post(body));
      assert.equal(response.status, 422);
      const error = await errorOf(response);
      assert.equal(error.code, 'validation');
      assert.match(error.message, /JSON object/);
      assert.deepEqual(error.issues, [{ path: [], message: error.message, code: 'body.notObject' }]);
      assert.equal(await countStories(), 0);
      assert.equal(logger.lines.filter((line) => line.level === 'error').length, 0);
    });
  }

  it('answers 415 for a form post', async () => {
    const { app } = await testApp();
    const response = await app.request('/api/v1/stories', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'kind=story',
    });
    assert.equal(response.status, 415);
    assert.equal(await countStories(), 0);
  });

  describe('with an Idempotency-Key', () => {
    it('answers a replay with the first answer and stores nothing new', async () => {
      const { app } = await testApp();
      const body = validSubmission();
      const first = await app.request('/api/v1/stories', post(body, { 'Idempotency-Key': 'abc-123' }));
      const replay = await app.request('/api/v1/stories', post(body, { 'Idempotency-Key': 'abc-123' }));
      assert.equal(replay.status, 202);
      assert.deepEqual(await replay.json(), await first.json());
      assert.equal(replay.headers.get('Idempotent-Replayed'), 'true');
      assert.equal(await countStories(), 1);
    });

    it('stores exactly one story for 20 concurrent requests with one key', async () => {
      const { app } = await testApp({ rateLimit: 5 });
      const body = validSubmission();
      const responses = await Promise.all(Array.from({ length: 20 }, () => app.request('/api/v1/stories', post(body, { 'Idempotency-Key': 'same-key' }))));
      assert.deepEqual(
        responses.map((response) => response.status),
        Array(20).fill(202),
      );
      const ids = new Set(await Promise.all(responses.map(async (response) => ((await response.json()) as { id: string }).id)));
      assert.equal(ids.size, 1);
      assert.equal(await countStories(), 1);
    });

    it('answers 409 when the key comes back with another story', async () => {
      const { app } = await testApp();
      await app.request('/api/v1/stories', post(validSubmission(), { 'Idempotency-Key': 'k' }));
      const response = await app.request('/api/v1/stories', post(validSubmission({ title: 'Another' }), { 'Idempotency-Key': 'k' }));
      assert.equal(response.status, 409);
      assert.equal((await errorOf(response)).code, 'conflict');
      assert.equal(await countStories(), 1);
    });

    it('answers 422 for a key that is not printable ASCII', async () => {
      const { app } = await testApp();
      const response = await app.request('/api/v1/stories', post(validSubmission(), { 'Idempotency-Key': 'x'.repeat(300) }));
      assert.equal(response.status, 422);
      assert.deepEqual((await errorOf(response)).issues?.[0]?.path, ['Idempotency-Key']);
      assert.equal(await countStories(), 0);
    });
  });

  describe('spam defence', () => {
    it('answers a filled honeypot like a success, stores it as spam and never shows it', async () => {
      const { app } = await testApp();
      const response = await app.request('/api/v1/stories', post(validSubmission({ website: 'http://spam.example' })));
      assert.equal(response.status, 202);
      const receipt = SubmissionReceipt.parse(await response.json());
      assert.equal(receipt.status, 'pending');
      const pending = (await (await app.request('/api/v1/admin/stories?status=pending', admin())).json()) as { stories: unknown[] };
      assert.equal(pending.stories.length, 0);
      const spam = (await (await app.request('/api/v1/admin/stories?status=spam', admin())).json()) as { stories: { id: string; flags: string[] }[] };
      assert.equal(spam.stories[0]!.id, receipt.id);
      assert.deepEqual(spam.stories[0]!.flags, ['honeypot']);
      assert.equal((await app.request(`/api/v1/stories/${receipt.id}`)).status, 404);
    });

    it('flags a story sent less than 3 seconds after the form was shown, and keeps it pending', async () => {
      const now = Date.UTC(2025, 5, 1);
      const { app } = await testApp({ now: () => now });
      await app.request('/api/v1/stories', post(validSubmission({ startedAt: now - 1200 })));
      await app.request('/api/v1/stories', post(validSubmission({ startedAt: now - 45_000, title: 'Slow' })));
      const queue = (await (await app.request('/api/v1/admin/stories', admin())).json()) as { stories: { title: string; flags: string[]; status: string }[] };
      const flags = Object.fromEntries(queue.stories.map((story) => [story.title, story.flags]));
      assert.deepEqual(flags, { 'How our meetup grew': ['likely-spam'], Slow: [] });
      assert.ok(queue.stories.every((story) => story.status === 'pending'));
    });

    it('answers 429 with Retry-After once a client is over its limit, and stores nothing more', async () => {
      let now = Date.UTC(2025, 5, 1);
      const { app } = await testApp({ rateLimit: 2, rateWindowSeconds: 600, now: () => now });
      for (let i = 0; i < 2; i++) assert.equal((await app.request('/api/v1/stories', post(validSubmission({ title: `n${i}` })))).status, 202);
      const limited = await app.request('/api/v1/stories', post(validSubmission({ title: 'third' })));
      assert.equal(limited.status, 429);
      assert.equal(limited.headers.get('Retry-After'), '600');
      assert.equal((await errorOf(limited)).code, 'rate_limited');
      assert.equal(await countStories(), 2);
      now += 601_000;
      assert.equal((await app.request('/api/v1/stories', post(validSubmission({ title: 'later' })))).status, 202);
    });

    it('counts clients by the address the trusted proxy saw', async () => {
      const { app } = await testApp({ rateLimit: 1, trustProxy: 1, remoteAddress: () => '10.0.0.1' });
      const from = (client: string, title: string) =>
        app.request('/api/v1/stories', post(validSubmission({ title }), { 'X-Forwarded-For': `203.0.113.99, ${client}` }));
      assert.equal((await from('198.51.100.1', 'a')).status, 202);
      assert.equal((await from('198.51.100.2', 'b')).status, 202);
      assert.equal((await from('198.51.100.1', 'c')).status, 429);
    });

    it('ignores X-Forwarded-For unless told to trust a proxy', async () => {
      const { app } = await testApp({ rateLimit: 1, remoteAddress: () => '10.0.0.1' });
      const from = (client: string, title: string) => app.request('/api/v1/stories', post(validSubmission({ title }), { 'X-Forwarded-For': client }));
      assert.equal((await from('198.51.100.1', 'a')).status, 202);
      assert.equal((await from('198.51.100.2', 'b')).status, 429);
    });
  });

  describe('CORS', () => {
    it('accepts a submission from an allowed origin and says so', async () => {
      const { app } = await testApp({ allowedOrigins: ['https://www.python.org'] });
      const response = await app.request('/api/v1/stories', post(validSubmission(), { Origin: 'https://www.python.org' }));
      assert.equal(response.status, 202);
      assert.equal(response.headers.get('Access-Control-Allow-Origin'), 'https://www.python.org');
    });

    it('accepts a submission from the server’s own site', async () => {
      const { app } = await testApp();
      const response = await app.request(
        'http://stories.example:8787/api/v1/stories',
        post(validSubmission(), { Origin: 'http://stories.example:8787', Host: 'stories.example:8787' }),
      );
      assert.equal(response.status, 202);
    });

    it('refuses a submission from any other origin and stores nothing', async () => {
      const { app } = await testApp({ allowedOrigins: ['https://www.python.org'] });
      const response = await app.request('/api/v1/stories', post(validSubmission(), { Origin: 'https://evil.example' }));
      assert.equal(response.status, 403);
      assert.equal((await errorOf(response)).code, 'forbidden');
      assert.equal(response.headers.get('Access-Control-Allow-Origin'), null);
      assert.equal(await countStories(), 0);
    });

    it('answers preflights: POST for allowed origins, GET for everyone else', async () => {
      const { app } = await testApp({ allowedOrigins: ['https://www.python.org'] });
      const preflight = (origin: string) =>
        app.request('/api/v1/stories', {
          method: 'OPTIONS',
          headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type, idempotency-key' },
        });
      const allowed = await preflight('https://www.python.org');
      assert.equal(allowed.status, 204);
      assert.equal(allowed.headers.get('Access-Control-Allow-Origin'), 'https://www.python.org');
      assert.match(allowed.headers.get('Access-Control-Allow-Methods') ?? '', /POST/);
      assert.match(allowed.headers.get('Access-Control-Allow-Headers') ?? '', /Idempotency-Key/);
      const other = await preflight('https://evil.example');
      assert.doesNotMatch(other.headers.get('Access-Control-Allow-Methods') ?? '', /POST/);
    });
  });
});

describe('privacy of public responses', () => {
  it('never sends the e-mail, spam flags or moderation fields on any public route', async () => {
    const now = Date.now();
    const { app } = await testApp({ now: () => now });
    // Sent too fast, so the story carries a likely-spam flag, then approved anyway.
    const id = await publish(app, { authorEmail: 'secret.person@example.org', startedAt: now - 100, tags: ['privacy'] });
    const routes = [
      '/api/v1/stories',
      `/api/v1/stories/${id}`,
      '/api/v1/stories?tag=privacy',
      '/api/v1/stories?kind=story',
      '/feed.xml',
      '/feed.json',
      '/feed.xml?tag=privacy',
      '/feed.json?tag=privacy',
      '/api/v1/membership',
    ];
    for (const route of routes) {
      const response = await app.request(route);
      assert.equal(response.status, 200, route);
      const text = await response.text();
      for (const secret of ['secret.person@example.org', 'authorEmail', 'likely-spam', 'flags', 'moderatedAt', 'createdAt', '"status"', 'idempotency']) {
        assert.equal(text.includes(secret), false, `${route} contains ${secret}`);
      }
    }
    const openapi = await (await app.request('/api/v1/openapi.json')).text();
    assert.equal(openapi.includes('secret.person@example.org'), false);
  });
});

describe('logs', () => {
  it('carry a request id and never an e-mail address or the admin token', async () => {
    const { app, logger } = await testApp();
    const response = await app.request('/api/v1/stories', post(validSubmission({ authorEmail: 'hidden@example.org' }), { 'X-Request-Id': 'req-42' }));
    assert.equal(response.headers.get('X-Request-Id'), 'req-42');
    await app.request('/api/v1/admin/stories', admin());
    await app.request('/api/v1/admin/stories', { headers: { Authorization: 'Bearer wrong-token-value' } });
    const text = logger.text();
    assert.ok(logger.lines.some((line) => line.fields?.requestId === 'req-42' && line.msg === 'request'));
    assert.ok(logger.lines.some((line) => line.msg === 'story received'));
    for (const secret of ['hidden@example.org', '@', 'test-admin-token', 'wrong-token-value', 'Bearer']) assert.equal(text.includes(secret), false, secret);
  });
});
