import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { isAdmin, resolveAdminToken, sha256 } from '../../server/admin-token.ts';
import type { KyselyStoryStore } from '../../server/store/kysely-store.ts';
import { AdminStory, ApiError } from '../../src/schema/index.ts';
import { ADMIN_TOKEN, admin, closeSharedStore, post, publish, resetStore, sharedStore, testApp, validSubmission } from './helpers.ts';

let store: KyselyStoryStore;
before(async () => {
  store = await sharedStore();
});
beforeEach(() => resetStore(store));
after(closeSharedStore);

async function submit(app: Awaited<ReturnType<typeof testApp>>['app'], overrides = {}): Promise<string> {
  const response = await app.request('/api/v1/stories', post(validSubmission(overrides)));
  return ((await response.json()) as { id: string }).id;
}

const BAD_AUTH: [string, Record<string, string>][] = [
  ['no Authorization header', {}],
  ['a wrong token', { Authorization: 'Bearer not-the-token-at-all' }],
  ['the token with a prefix of it', { Authorization: `Bearer ${ADMIN_TOKEN.slice(0, 10)}` }],
  ['Basic auth', { Authorization: `Basic ${Buffer.from(`admin:${ADMIN_TOKEN}`).toString('base64')}` }],
  ['the token without Bearer', { Authorization: ADMIN_TOKEN }],
];

describe('admin authentication', () => {
  for (const [what, headers] of BAD_AUTH) {
    it(`answers 401 for ${what} on every admin route, and changes nothing`, async () => {
      const { app } = await testApp();
      const id = await submit(app);
      for (const [method, path] of [
        ['GET', '/api/v1/admin/stories'],
        ['GET', '/api/v1/admin/digest'],
        ['POST', `/api/v1/admin/stories/${id}/approve`],
        ['POST', `/api/v1/admin/stories/${id}/reject`],
      ] as const) {
        const response = await app.request(path, { method, headers });
        assert.equal(response.status, 401, `${method} ${path}`);
        assert.equal(ApiError.parse(await response.json()).error.code, 'unauthorized');
        assert.match(response.headers.get('WWW-Authenticate') ?? '', /^Bearer/);
      }
      const queue = await store.listForModeration({ status: 'pending', limit: 10 });
      assert.equal(queue.stories[0]!.status, 'pending');
      assert.equal(queue.stories[0]!.moderatedAt, null);
    });
  }

  it('refuses cross-origin pages and sends no CORS headers', async () => {
    const { app } = await testApp({ allowedOrigins: ['https://www.python.org'] });
    const response = await app.request('/api/v1/admin/stories', admin({ headers: { Origin: 'https://www.python.org' } }));
    assert.equal(response.status, 403);
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), null);
    const preflight = await app.request('/api/v1/admin/stories', {
      method: 'OPTIONS',
      headers: { Origin: 'https://www.python.org', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' },
    });
    assert.equal(preflight.headers.get('Access-Control-Allow-Origin'), null);
    assert.equal(preflight.headers.get('Access-Control-Allow-Headers'), null);
  });

  it('compares digests, so only the exact token passes', () => {
    const hash = sha256('exact-token-value-1234567890');
    assert.equal(isAdmin('Bearer exact-token-value-1234567890', hash), true);
    assert.equal(isAdmin('Bearer exact-token-value-123456789', hash), false);
    assert.equal(isAdmin('Bearer exact-token-value-12345678901', hash), false);
    assert.equal(isAdmin(undefined, hash), false);
  });
});

describe('admin token', () => {
  it('generates one on first start, stores only its hash, and keeps it on the next start', async () => {
    const first = await resolveAdminToken(store, undefined);
    assert.ok(first.generated && first.generated.length >= 40);
    const stored = await store.getSetting('admin_token_sha256');
    assert.equal(stored, sha256(first.generated).toString('hex'));
    assert.equal(stored!.includes(first.generated), false);
    const second = await resolveAdminToken(store, undefined);
    assert.equal(second.generated, undefined);
    assert.deepEqual(second.hash, first.hash);
    assert.equal(isAdmin(`Bearer ${first.generated}`, second.hash), true);
  });

  it('uses CHORUS_ADMIN_TOKEN when set and stores nothing', async () => {
    const result = await resolveAdminToken(store, 'configured-token-abcdefghijklmnop');
    assert.equal(result.generated, undefined);
    assert.equal(isAdmin('Bearer configured-token-abcdefghijklmnop', result.hash), true);
    assert.equal(await store.getSetting('admin_token_sha256'), null);
  });
});

describe('GET /api/v1/admin/stories', () => {
  it('lists pending stories by default with contact and flags, never cached', async () => {
    const { app } = await testApp();
    const id = await submit(app);
    const response = await app.request('/api/v1/admin/stories', admin());
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('Cache-Control'), 'no-store');
    const body = (await response.json()) as { stories: unknown[]; nextCursor: string | null };
    const story = AdminStory.parse(body.stories[0]);
    assert.equal(story.id, id);
    assert.equal(story.authorEmail, 'ada.private@example.org');
    assert.equal(body.nextCursor, null);
  });

  it('filters by status', async () => {
    const { app } = await testApp();
    const approvedId = await publish(app, { title: 'Approved one' });
    await submit(app, { title: 'Pending one' });
    const approved = (await (await app.request('/api/v1/admin/stories?status=approved', admin())).json()) as { stories: AdminStory[] };
    assert.deepEqual(
      approved.stories.map((story) => story.id),
      [approvedId],
    );
  });

  it('answers 422 for an unknown status', async () => {
    const { app } = await testApp();
    const response = await app.request('/api/v1/admin/stories?status=published', admin());
    assert.equal(response.status, 422);
    assert.deepEqual(ApiError.parse(await response.json()).error.issues?.[0]?.path, ['status']);
  });
});

describe('POST /api/v1/admin/stories/{id}/approve and /reject', () => {
  it('approves: the story is published and appears in the public list at once', async () => {
    const now = Date.UTC(2025, 2, 3, 4, 5, 6);
    const { app } = await testApp({ now: () => now, cacheSeconds: 30 });
    const id = await submit(app);
    // Warm the public cache first: approval must clear it.
    assert.equal(((await (await app.request('/api/v1/stories')).json()) as { stories: unknown[] }).stories.length, 0);
    const response = await app.request(`/api/v1/admin/stories/${id}/approve`, admin({ method: 'POST' }));
    assert.equal(response.status, 200);
    const story = AdminStory.parse(await response.json());
    assert.equal(story.status, 'approved');
    assert.equal(story.publishedAt, new Date(now).toISOString());
    assert.equal(story.moderatedAt, new Date(now).toISOString());
    assert.equal(((await (await app.request('/api/v1/stories')).json()) as { stories: unknown[] }).stories.length, 1);
    assert.equal((await app.request(`/api/v1/stories/${id}`)).status, 200);
  });

  it('rejects: the story stays private, also after an earlier approval', async () => {
    const { app } = await testApp({ cacheSeconds: 30 });
    const id = await publish(app);
    assert.equal((await app.request(`/api/v1/stories/${id}`)).status, 200);
    const response = await app.request(`/api/v1/admin/stories/${id}/reject`, admin({ method: 'POST' }));
    assert.equal(response.status, 200);
    assert.equal(AdminStory.parse(await response.json()).status, 'rejected');
    assert.equal((await app.request(`/api/v1/stories/${id}`)).status, 404);
    assert.equal(((await (await app.request('/api/v1/stories')).json()) as { stories: unknown[] }).stories.length, 0);
  });

  it('marks a story as spam when a rejection says so, as the moderation queue does', async () => {
    const { app } = await testApp();
    const id = await submit(app);
    const response = await app.request(
      `/api/v1/admin/stories/${id}/reject`,
      admin({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ spam: true }) }),
    );
    assert.equal(response.status, 200);
    assert.equal(AdminStory.parse(await response.json()).status, 'spam');
    const spam = (await (await app.request('/api/v1/admin/stories?status=spam', admin())).json()) as { stories: AdminStory[] };
    assert.deepEqual(
      spam.stories.map((story) => story.id),
      [id],
    );
    assert.equal((await app.request(`/api/v1/stories/${id}`)).status, 404);
  });

  it('refuses a decision whose JSON body is malformed or not an object, changing nothing', async () => {
    const { app } = await testApp();
    const id = await submit(app);
    for (const [body, status] of [
      ['{"spam": tru', 400],
      ['null', 422],
      ['[]', 422],
      ['0', 422],
      ['"x"', 422],
      ['true', 422],
    ] as const) {
      const response = await app.request(
        `/api/v1/admin/stories/${id}/reject`,
        admin({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body }),
      );
      assert.equal(response.status, status, body);
    }
    const pending = (await (await app.request('/api/v1/admin/stories?status=pending', admin())).json()) as { stories: AdminStory[] };
    assert.deepEqual(
      pending.stories.map((story) => story.id),
      [id],
    );
  });

  it('answers 404 for a story that does not exist', async () => {
    const { app } = await testApp();
    for (const id of ['01900000-0000-7000-8000-000000000000', 'not-an-id']) {
      const response = await app.request(`/api/v1/admin/stories/${id}/approve`, admin({ method: 'POST' }));
      assert.equal(response.status, 404);
    }
  });
});

describe('GET /api/v1/admin/digest', () => {
  it('groups the period’s approved stories by kind, in Markdown', async () => {
    let now = Date.UTC(2025, 0, 10);
    const { app } = await testApp({ now: () => now });
    await publish(app, { kind: 'news', title: 'Release *day*', link: 'https://python.org/x' });
    await publish(app, { kind: 'story', title: 'My story' });
    now = Date.UTC(2025, 0, 20);
    await publish(app, { kind: 'story', title: 'Too late' });
    const response = await app.request('/api/v1/admin/digest?since=2025-01-09&until=2025-01-11', admin());
    assert.equal(response.status, 200);
    assert.match(response.headers.get('Content-Type') ?? '', /^text\/markdown/);
    const text = await response.text();
    assert.match(text, /## News\n\n- \*\*\[Release \\\*day\\\*\]\(<https:\/\/python.org\/x>\)\*\*/);
    assert.match(text, /## Stories\n\n- \*\*My story\*\*/);
    assert.doesNotMatch(text, /Too late/);
  });

  it('includes the whole of the until day', async () => {
    const now = Date.UTC(2025, 0, 11, 18, 30);
    const { app } = await testApp({ now: () => now });
    await publish(app, { title: 'Evening story' });
    const text = await (await app.request('/api/v1/admin/digest?since=2025-01-11&until=2025-01-11', admin())).text();
    assert.match(text, /^# Community stories, January 11, 2025 to January 11, 2025/);
    assert.match(text, /Evening story/);
  });

  it('escapes titles in HTML', async () => {
    const now = Date.UTC(2025, 0, 10);
    const { app } = await testApp({ now: () => now });
    await publish(app, { title: '<script>alert(1)</script>' });
    const response = await app.request('/api/v1/admin/digest?since=2025-01-01&until=2025-02-01&format=html', admin());
    const html = await response.text();
    assert.match(response.headers.get('Content-Type') ?? '', /^text\/html/);
    assert.equal(html.includes('<script>'), false);
    assert.match(html, /&#60;script&#62;/);
  });

  it('answers 422 for a date or format it cannot read', async () => {
    const { app } = await testApp();
    for (const [query, field] of [
      ['since=yesterday', 'since'],
      ['format=pdf', 'format'],
    ]) {
      const response = await app.request(`/api/v1/admin/digest?${query}`, admin());
      assert.equal(response.status, 422);
      assert.deepEqual(ApiError.parse(await response.json()).error.issues?.[0]?.path, [field]);
    }
  });
});
