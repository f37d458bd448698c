import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { KyselyStoryStore } from '../../server/store/kysely-store.ts';
import { ADMIN_TOKEN, closeSharedStore, resetStore, sharedStore, testApp } from './helpers.ts';

let store: KyselyStoryStore;
before(async () => {
  store = await sharedStore();
  await resetStore(store);
});
after(closeSharedStore);

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  return { next, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T };
}

const BODIES: readonly string[] = [
  'null',
  '[]',
  '0',
  '-1e999',
  '"x"',
  'true',
  '{}',
  '{"name": null}',
  '{"name": ["Ada"]}',
  '{"name": {"toString": "x"}}',
  '{"__proto__": {"admin": true}, "name": "Ada"}',
  '{"constructor": {"prototype": {"x": 1}}}',
  '{"spam": "yes"}',
  '{"expectedStatus": {"$ne": null}}',
  '{"expectedStatus": "approved\\u0000"}',
  '{"name": "\\ud800"}',
  '{"name": "' + 'A'.repeat(10_000) + '"}',
  '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]',
  '{"kind": "story", "title": "x", "body": "y", "authorName": "z", "consent": true, "tags": "not-a-list"}',
  '{"kind": "story", "title": "' + '\u202e'.repeat(50) + '", "body": "y", "authorName": "z", "consent": true}',
  '{"kind": 1e308, "startedAt": -1}',
  '{',
  '\u0000\u0001',
  '',
];

const IDS = ['01900000-0000-7000-8000-000000000000', 'not-a-uuid', '%00', '..%2F..%2Fetc%2Fpasswd', "' or 1=1 --", 'x'.repeat(300), '%E0%A4%A'];

const QUERIES = [
  '',
  '?cursor=%00',
  '?cursor=' + 'A'.repeat(500),
  '?limit=-1',
  '?limit=1e9',
  '?limit=0x10',
  '?story=%27',
  '?moderator=%00',
  '?status[]=x',
  '?status=pending&status=spam',
  '?since=9999-99-99',
  '?format=%3Cscript%3E',
];

const AUTH = [
  undefined,
  `Bearer ${ADMIN_TOKEN}`,
  'Bearer chorus_mod_' + 'x'.repeat(43),
  'Bearer ' + 'é'.repeat(20),
  'Bearer',
  `Bearer ${ADMIN_TOKEN} extra`,
  'Basic Og==',
];

describe('hostile requests', () => {
  it('never get a 5xx, on any route', async () => {
    const { app, logger } = await testApp({ rateLimit: 0 });
    const rng = random(11);
    const routes: [string, (id: string) => string][] = [
      ['POST', () => '/api/v1/stories'],
      ['GET', () => '/api/v1/stories'],
      ['GET', (id) => `/api/v1/stories/${id}`],
      ['GET', () => '/api/v1/admin/stories'],
      ['POST', (id) => `/api/v1/admin/stories/${id}/approve`],
      ['POST', (id) => `/api/v1/admin/stories/${id}/reject`],
      ['POST', (id) => `/api/v1/admin/stories/${id}/undo`],
      ['GET', () => '/api/v1/admin/me'],
      ['GET', () => '/api/v1/admin/moderators'],
      ['POST', () => '/api/v1/admin/moderators'],
      ['DELETE', (id) => `/api/v1/admin/moderators/${id}`],
      ['GET', () => '/api/v1/admin/audit'],
      ['GET', () => '/api/v1/admin/digest'],
      ['GET', () => '/moderate'],
      ['GET', () => '/feed.xml'],
      ['GET', () => '/metrics'],
    ];
    const failures: string[] = [];
    for (let n = 0; n < 800; n++) {
      const [method, path] = rng.pick(routes);
      const url = path(rng.pick(IDS)) + rng.pick(QUERIES);
      const headers: Record<string, string> = {};
      const auth = rng.pick(AUTH);
      if (auth) headers.Authorization = auth;
      if (rng.next() < 0.8)
        headers['Content-Type'] = rng.pick([
          'application/json',
          'application/json; charset=utf-8',
          'text/plain',
          'application/x-www-form-urlencoded',
          'application/vnd.x+json',
        ]);
      if (rng.next() < 0.2) headers['Accept-Language'] = rng.pick(['es', 'zz;q=abc', '*', 'es-ES,es;q=0.9']);
      const body = method === 'GET' ? undefined : rng.pick(BODIES);
      const response = await app.request(url, { method, headers, body });
      if (response.status >= 500) failures.push(`${method} ${url} ${JSON.stringify(headers)} ${body?.slice(0, 80)} → ${response.status}`);
    }
    assert.deepEqual(failures, []);
    assert.deepEqual(
      logger.lines.filter((line) => line.level === 'error'),
      [],
    );
  });
});
