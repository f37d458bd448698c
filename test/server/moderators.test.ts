import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'kysely';
import { sha256 } from '../../server/admin-token.ts';
import type { KyselyStoryStore } from '../../server/store/kysely-store.ts';
import { AdminIdentity, AdminStory, ApiError, AuditPage, ModeratorList, NewModerator } from '../../src/schema/index.ts';
import { ADMIN_TOKEN, admin, closeSharedStore, post, resetStore, sharedStore, testApp, validSubmission } from './helpers.ts';

type App = Awaited<ReturnType<typeof testApp>>['app'];

let store: KyselyStoryStore;
before(async () => {
  store = await sharedStore();
});
beforeEach(() => resetStore(store));
after(closeSharedStore);

const as = (token: string, init: RequestInit = {}): RequestInit => ({
  ...init,
  headers: { Authorization: `Bearer ${token}`, ...(init.headers as Record<string, string>) },
});

async function addModerator(app: App, name: string): Promise<NewModerator> {
  const response = await app.request('/api/v1/admin/moderators', admin(post({ name })));
  assert.equal(response.status, 201, await response.clone().text());
  return NewModerator.parse(await response.json());
}

async function submit(app: App, title = 'How our meetup grew'): Promise<string> {
  const response = await app.request('/api/v1/stories', post(validSubmission({ title })));
  assert.equal(response.status, 202);
  return ((await response.json()) as { id: string }).id;
}

async function decide(app: App, token: string, id: string, action: 'approve' | 'reject' | 'spam' | 'undo', body?: unknown): Promise<Response> {
  const path = `/api/v1/admin/stories/${id}/${action === 'spam' ? 'reject' : action}`;
  const payload = action === 'spam' ? { spam: true } : body;
  return app.request(path, as(token, payload === undefined ? { method: 'POST' } : post(payload)));
}

async function errorOf(response: Response) {
  return ApiError.parse(await response.json()).error;
}

describe('moderator accounts', () => {
  it('lets the owner add a moderator, shows the token once, and stores only its hash', async () => {
    const { app } = await testApp();
    const ada = await addModerator(app, '  Ada   Lovelace ');
    assert.equal(ada.name, 'Ada Lovelace');
    assert.match(ada.token, /^chorus_mod_[\w-]{43}$/);
    assert.ok(!Number.isNaN(Date.parse(ada.createdAt)));
    const rows = (await sql<Record<string, unknown>>`select * from moderators`.execute(store.db)).rows;
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.token_sha256, sha256(ada.token).toString('hex'));
    assert.equal(JSON.stringify(rows).includes(ada.token), false, 'the token itself is nowhere in the database');
    const list = ModeratorList.parse(await (await app.request('/api/v1/admin/moderators', admin())).json());
    assert.deepEqual(list.moderators, [{ id: ada.id, name: 'Ada Lovelace', createdAt: ada.createdAt }]);
    assert.equal(JSON.stringify(list).includes(ada.token), false);
  });

  it('tells the page whose token it holds', async () => {
    const { app } = await testApp();
    const ada = await addModerator(app, 'Ada');
    assert.deepEqual(AdminIdentity.parse(await (await app.request('/api/v1/admin/me', admin())).json()), { id: 'owner', name: 'Owner', role: 'owner' });
    const me = await app.request('/api/v1/admin/me', as(ada.token));
    assert.equal(me.headers.get('Cache-Control'), 'no-store');
    assert.deepEqual(AdminIdentity.parse(await me.json()), { id: ada.id, name: 'Ada', role: 'moderator' });
    assert.equal((await app.request('/api/v1/admin/me', as('chorus_mod_not-a-real-token-at-all-0123456789abcdefghij'))).status, 401);
  });

  it('lets a moderator moderate, and answers 403 when they try to manage moderators', async () => {
    const { app } = await testApp();
    const ada = await addModerator(app, 'Ada');
    const grace = await addModerator(app, 'Grace');
    const id = await submit(app);
    assert.equal((await app.request('/api/v1/admin/stories?status=pending', as(ada.token))).status, 200);
    assert.equal((await app.request('/api/v1/admin/digest', as(ada.token))).status, 200);
    assert.equal((await app.request('/api/v1/admin/audit', as(ada.token))).status, 200);
    assert.equal((await decide(app, ada.token, id, 'approve')).status, 200);
    for (const [method, path, body] of [
      ['GET', '/api/v1/admin/moderators', undefined],
      ['POST', '/api/v1/admin/moderators', { name: 'Mallory' }],
      ['DELETE', `/api/v1/admin/moderators/${grace.id}`, undefined],
      ['DELETE', `/api/v1/admin/moderators/${ada.id}`, undefined],
    ] as const) {
      const response = await app.request(path, as(ada.token, body ? { ...post(body), method } : { method }));
      assert.equal(response.status, 403, `${method} ${path}`);
      const error = await errorOf(response);
      assert.equal(error.code, 'forbidden');
      assert.match(error.message, /Only the owner token can manage moderators/);
    }
    assert.equal(ModeratorList.parse(await (await app.request('/api/v1/admin/moderators', admin())).json()).moderators.length, 2);
  });

  it('refuses a revoked token at once, on every server on the database', async () => {
    const { app } = await testApp();
    const { app: otherServer } = await testApp();
    const ada = await addModerator(app, 'Ada');
    const id = await submit(app);
    assert.equal((await otherServer.request('/api/v1/admin/stories', as(ada.token))).status, 200);
    const revoked = await app.request(`/api/v1/admin/moderators/${ada.id}`, admin({ method: 'DELETE' }));
    assert.equal(revoked.status, 204);
    for (const server of [app, otherServer]) {
      const response = await server.request('/api/v1/admin/stories', as(ada.token));
      assert.equal(response.status, 401);
      assert.match(response.headers.get('WWW-Authenticate') ?? '', /^Bearer/);
      assert.equal((await decide(server, ada.token, id, 'approve')).status, 401);
    }
    assert.equal((await store.getForModeration(id))?.status, 'pending');
    assert.deepEqual(ModeratorList.parse(await (await app.request('/api/v1/admin/moderators', admin())).json()).moderators, []);
    const again = await app.request(`/api/v1/admin/moderators/${ada.id}`, admin({ method: 'DELETE' }));
    assert.equal(again.status, 404);
    for (const unknown of ['01900000-0000-7000-8000-000000000000', 'not-an-id']) {
      assert.equal((await app.request(`/api/v1/admin/moderators/${unknown}`, admin({ method: 'DELETE' }))).status, 404);
    }
  });

  it('keeps names unique among active moderators, ignoring case; a revoked name can be given again', async () => {
    const { app } = await testApp();
    const ada = await addModerator(app, 'Ada');
    const clash = await app.request('/api/v1/admin/moderators', admin(post({ name: 'ADA' })));
    assert.equal(clash.status, 409);
    assert.match((await errorOf(clash)).message, /A moderator called ADA already exists/);
    await app.request(`/api/v1/admin/moderators/${ada.id}`, admin({ method: 'DELETE' }));
    const newAda = await addModerator(app, 'Ada');
    assert.notEqual(newAda.id, ada.id);
    assert.notEqual(newAda.token, ada.token);
  });

  it('answers a bad name or body with a clear error, and adds nobody', async () => {
    const { app } = await testApp();
    for (const [body, status, code] of [
      [{}, 422, 'validation'],
      [{ name: '' }, 422, 'validation'],
      [{ name: '   ' }, 422, 'validation'],
      [{ name: 42 }, 422, 'validation'],
      [{ name: 'x'.repeat(81) }, 422, 'validation'],
      [{ name: 'Ada\u0000' }, 422, 'validation'],
      [{ name: 'Ada\u202e' }, 422, 'validation'],
      ['null', 422, 'validation'],
      ['[]', 422, 'validation'],
      ['"Ada"', 422, 'validation'],
      ['{"name": ', 400, 'bad_json'],
    ] as const) {
      const response = await app.request('/api/v1/admin/moderators', admin(post(body)));
      assert.equal(response.status, status, JSON.stringify(body));
      assert.equal((await errorOf(response)).code, code);
    }
    const named = await app.request('/api/v1/admin/moderators', admin(post({ name: '' })));
    assert.deepEqual((await errorOf(named)).issues, [
      { path: ['name'], message: 'Give the moderator a name of 1 to 80 characters, without control characters', code: 'name.invalid' },
    ]);
    const form = await app.request('/api/v1/admin/moderators', admin({ method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'Ada' }));
    assert.equal(form.status, 415);
    assert.equal((await sql<{ n: number }>`select count(*)::int as n from moderators`.execute(store.db)).rows[0]!.n, 0);
    assert.equal((await addModerator(app, 'x'.repeat(80))).name.length, 80);
  });

  it('needs a valid token for every new route', async () => {
    const { app } = await testApp();
    for (const [method, path] of [
      ['GET', '/api/v1/admin/me'],
      ['GET', '/api/v1/admin/moderators'],
      ['POST', '/api/v1/admin/moderators'],
      ['DELETE', '/api/v1/admin/moderators/01900000-0000-7000-8000-000000000000'],
      ['GET', '/api/v1/admin/audit'],
      ['POST', '/api/v1/admin/stories/01900000-0000-7000-8000-000000000000/undo'],
    ] as const) {
      const response = await app.request(path, { method, headers: { Authorization: `Bearer ${ADMIN_TOKEN}x` } });
      assert.equal(response.status, 401, `${method} ${path}`);
    }
  });
});

describe('who decided what', () => {
  it('records the moderator and time of every decision on the story', async () => {
    let now = Date.UTC(2025, 5, 1, 9);
    const { app } = await testApp({ now: () => now });
    const ada = await addModerator(app, 'Ada');
    const id = await submit(app);
    const pending = (await (await app.request('/api/v1/admin/stories', admin())).json()) as { stories: AdminStory[] };
    assert.equal(pending.stories[0]!.decidedBy, null);
    assert.equal(pending.stories[0]!.decidedAt, null);
    now += 60_000;
    const approved = AdminStory.parse(await (await decide(app, ada.token, id, 'approve')).json());
    assert.deepEqual(approved.decidedBy, { id: ada.id, name: 'Ada' });
    assert.equal(approved.decidedAt, new Date(now).toISOString());
    now += 60_000;
    const rejected = AdminStory.parse(await (await decide(app, ADMIN_TOKEN, id, 'reject')).json());
    assert.deepEqual(rejected.decidedBy, { id: 'owner', name: 'Owner' });
    assert.equal(rejected.decidedAt, new Date(now).toISOString());
    const listed = (await (await app.request('/api/v1/admin/stories?status=rejected', as(ada.token))).json()) as { stories: AdminStory[] };
    assert.deepEqual(listed.stories[0]!.decidedBy, { id: 'owner', name: 'Owner' });
  });

  it('pages through every decision, newest first, with who, what and when, filtered by story or moderator', async () => {
    let now = Date.UTC(2025, 5, 1, 9);
    const { app } = await testApp({ now: () => now });
    const ada = await addModerator(app, 'Ada');
    const grace = await addModerator(app, 'Grace');
    const first = await submit(app, 'First story');
    const second = await submit(app, 'Second story');
    const steps = [
      [ada.token, first, 'approve'],
      [grace.token, second, 'spam'],
      [ADMIN_TOKEN, second, 'undo'],
      [grace.token, second, 'reject'],
      [ada.token, first, 'undo'],
    ] as const;
    for (const [token, id, action] of steps) {
      now += 1000;
      assert.equal((await decide(app, token, id, action)).status, 200, `${action} ${id}`);
    }
    // Ada leaves; her decisions keep her name.
    await app.request(`/api/v1/admin/moderators/${ada.id}`, admin({ method: 'DELETE' }));

    const seen: AuditPage['entries'] = [];
    let cursor: string | null = '';
    let pages = 0;
    while (cursor !== null) {
      const response = await app.request(`/api/v1/admin/audit?limit=2${cursor ? `&cursor=${cursor}` : ''}`, as(grace.token));
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('Cache-Control'), 'no-store');
      const page = AuditPage.parse(await response.json());
      seen.push(...page.entries);
      cursor = page.nextCursor;
      pages++;
    }
    assert.equal(pages, 3);
    assert.deepEqual(
      seen.map((entry) => [entry.moderator.name, entry.action, entry.storyTitle, entry.fromStatus, entry.toStatus]),
      [
        ['Ada', 'undo', 'First story', 'approved', 'pending'],
        ['Grace', 'reject', 'Second story', 'pending', 'rejected'],
        ['Owner', 'undo', 'Second story', 'spam', 'pending'],
        ['Grace', 'spam', 'Second story', 'pending', 'spam'],
        ['Ada', 'approve', 'First story', 'pending', 'approved'],
      ],
    );
    assert.deepEqual(
      seen.map((entry) => entry.at),
      [5, 4, 3, 2, 1].map((n) => new Date(Date.UTC(2025, 5, 1, 9) + n * 1000).toISOString()),
    );
    assert.equal(seen[0]!.undoes, seen[4]!.id);
    assert.equal(seen[2]!.undoes, seen[3]!.id);
    assert.equal(seen[1]!.undoes, null);

    const ofFirst = AuditPage.parse(await (await app.request(`/api/v1/admin/audit?story=${first}`, admin())).json());
    assert.deepEqual(
      ofFirst.entries.map((entry) => entry.action),
      ['undo', 'approve'],
    );
    const byGrace = AuditPage.parse(await (await app.request(`/api/v1/admin/audit?moderator=${grace.id}`, admin())).json());
    assert.deepEqual(
      byGrace.entries.map((entry) => entry.action),
      ['reject', 'spam'],
    );
    const byOwner = AuditPage.parse(await (await app.request('/api/v1/admin/audit?moderator=owner', admin())).json());
    assert.deepEqual(
      byOwner.entries.map((entry) => entry.action),
      ['undo'],
    );
  });

  it('answers bad audit parameters with 422', async () => {
    const { app } = await testApp();
    for (const query of ['limit=0', 'limit=abc', 'cursor=%%%', 'cursor=bm90LWEtY3Vyc29y', 'story=nope', 'moderator=a%20b']) {
      const response = await app.request(`/api/v1/admin/audit?${query}`, admin());
      assert.equal(response.status, 422, query);
      assert.equal((await errorOf(response)).code, 'validation');
    }
    assert.equal((await app.request('/api/v1/admin/audit?limit=1000', admin())).status, 200);
  });
});

describe('undo', () => {
  it('takes back an approval: the story is private again and back in the queue', async () => {
    const { app } = await testApp();
    const id = await submit(app);
    await decide(app, ADMIN_TOKEN, id, 'approve');
    assert.equal((await app.request(`/api/v1/stories/${id}`)).status, 200);
    const undone = await decide(app, ADMIN_TOKEN, id, 'undo', { expectedStatus: 'approved' });
    assert.equal(undone.status, 200);
    const story = AdminStory.parse(await undone.json());
    assert.equal(story.status, 'pending');
    assert.deepEqual(story.decidedBy, { id: 'owner', name: 'Owner' });
    assert.equal((await app.request(`/api/v1/stories/${id}`)).status, 404);
    assert.deepEqual(((await (await app.request('/api/v1/stories?tag=community')).json()) as { stories: unknown[] }).stories, []);
  });

  it('walks back one decision at a time, then says there is nothing left to undo', async () => {
    const { app } = await testApp();
    const id = await submit(app);
    await decide(app, ADMIN_TOKEN, id, 'approve');
    await decide(app, ADMIN_TOKEN, id, 'reject');
    const back = AdminStory.parse(await (await decide(app, ADMIN_TOKEN, id, 'undo')).json());
    assert.equal(back.status, 'approved');
    assert.equal((await app.request(`/api/v1/stories/${id}`)).status, 200, 'public again');
    assert.equal(AdminStory.parse(await (await decide(app, ADMIN_TOKEN, id, 'undo')).json()).status, 'pending');
    const none = await decide(app, ADMIN_TOKEN, id, 'undo');
    assert.equal(none.status, 409);
    const error = await errorOf(none);
    assert.equal(error.code, 'conflict');
    assert.match(error.message, /no decision on this story to undo/);
  });

  it('refuses when someone decided since the moderator looked', async () => {
    const { app } = await testApp();
    const ada = await addModerator(app, 'Ada');
    const id = await submit(app);
    await decide(app, ada.token, id, 'approve');
    await decide(app, ADMIN_TOKEN, id, 'spam');
    const late = await decide(app, ada.token, id, 'undo', { expectedStatus: 'approved' });
    assert.equal(late.status, 409);
    assert.match((await errorOf(late)).message, /changed since you looked \(it is now spam\)/);
    assert.equal((await store.getForModeration(id))?.status, 'spam');
  });

  it('answers 404 for an unknown story and 422 for a bad expectedStatus or body', async () => {
    const { app } = await testApp();
    const id = await submit(app);
    assert.equal((await decide(app, ADMIN_TOKEN, '01900000-0000-7000-8000-000000000000', 'undo')).status, 404);
    assert.equal((await decide(app, ADMIN_TOKEN, 'not-an-id', 'undo')).status, 404);
    assert.equal((await decide(app, ADMIN_TOKEN, id, 'undo', { expectedStatus: 'published' })).status, 422);
    assert.equal((await decide(app, ADMIN_TOKEN, id, 'undo', [])).status, 422);
  });
});

describe('the OpenAPI document', () => {
  it('describes every new admin operation with an operationId, the admin token and its errors', async () => {
    const { app } = await testApp();
    const document = (await (await app.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, Record<string, { operationId: string; security: unknown; responses: Record<string, unknown> }>>;
    };
    const expected: [string, string, string, string[]][] = [
      ['/admin/me', 'get', 'getAdminIdentity', ['200', '401', '403']],
      ['/admin/moderators', 'get', 'listModerators', ['200', '401', '403']],
      ['/admin/moderators', 'post', 'createModerator', ['201', '400', '401', '403', '409', '415', '422']],
      ['/admin/moderators/{id}', 'delete', 'revokeModerator', ['204', '401', '403', '404']],
      ['/admin/audit', 'get', 'listAuditEntries', ['200', '401', '403', '422']],
      ['/admin/stories/{id}/undo', 'post', 'undoDecision', ['200', '400', '401', '403', '404', '409', '422']],
    ];
    for (const [path, method, operationId, statuses] of expected) {
      const operation = document.paths[path]?.[method];
      assert.ok(operation, `${method} ${path}`);
      assert.equal(operation.operationId, operationId);
      assert.deepEqual(operation.security, [{ adminToken: [] }]);
      assert.deepEqual(Object.keys(operation.responses).sort(), statuses);
    }
  });
});
