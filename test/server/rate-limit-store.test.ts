import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'kysely';
import { sha256 } from '../../server/admin-token.ts';
import { createApp } from '../../server/app.ts';
import type { KyselyStoryStore } from '../../server/store/kysely-store.ts';
import { openPGliteStore } from '../../server/store/pglite.ts';
import { openPostgresStore } from '../../server/store/postgres.ts';
import { DatabaseRateLimiter } from '../../server/store/rate-limit-store.ts';
import { postgresAvailability, type PgServer } from './pg-server.ts';
import { pgliteTemplate, post, validSubmission } from './helpers.ts';

const WINDOW_MS = 600_000;

/**
 * The same suite on PGlite (one process, two limiters on one store) and on
 * PostgreSQL (two stores with their own connection pools, as two servers have).
 */
function limiterSuite(name: string, open: () => Promise<[KyselyStoryStore, KyselyStoryStore]>, skip: string | false = false) {
  describe(`the database rate limit on ${name}`, { skip }, () => {
    let one: KyselyStoryStore;
    let two: KyselyStoryStore;
    let now = Date.UTC(2025, 0, 1);
    const clock = () => now;
    before(async () => {
      [one, two] = await open();
    });
    after(async () => {
      await one?.close();
      if (two !== one) await two?.close();
    });
    beforeEach(async () => {
      now = Date.UTC(2025, 0, 1);
      await sql`truncate rate_limit_hits, settings, stories, story_tags`.execute(one.db);
    });

    const limiters = (limit: number) => [one, two].map((store) => new DatabaseRateLimiter({ store, limit, windowMs: WINDOW_MS, now: clock }));

    it('allows the limit once in total across two servers taking 20 at once', async () => {
      const [a, b] = limiters(5);
      const results = await Promise.all(Array.from({ length: 20 }, (_, n) => (n % 2 ? a! : b!).take('198.51.100.7')));
      assert.equal(results.filter((result) => result.ok).length, 5);
      const refused = results.find((result) => !result.ok);
      assert.deepEqual(refused, { ok: false, retryAfter: 600 });
      // Another client has its own allowance.
      assert.equal((await a!.take('198.51.100.8')).ok, true);
    });

    it('slides its window and forgets clients that left it', async () => {
      const [a, b] = limiters(2);
      await a!.take('client');
      now += 300_000;
      await b!.take('client');
      assert.deepEqual(await a!.take('client'), { ok: false, retryAfter: 300 });
      now += 300_001;
      assert.equal((await b!.take('client')).ok, true, 'the first one left the window');
      now += WINDOW_MS * 2;
      await a!.take('someone else');
      const rows = (await sql<{ n: number }>`select count(*)::int as n from rate_limit_hits`.execute(one.db)).rows[0]!.n;
      assert.equal(rows, 1, 'rows outside the window are deleted');
    });

    it('lets a retry with an already counted Idempotency-Key through, on either server', async () => {
      const [a, b] = limiters(1);
      assert.equal((await a!.take('client', 'key-1')).ok, true);
      assert.equal((await b!.take('client', 'key-1')).ok, true);
      assert.equal((await b!.take('client', 'key-2')).ok, false);
    });

    it('stores no client address, only a keyed hash shared by every server', async () => {
      const [a, b] = limiters(5);
      await a!.take('203.0.113.9');
      await b!.take('203.0.113.9');
      const rows = (await sql<{ client: string }>`select client from rate_limit_hits`.execute(one.db)).rows;
      assert.equal(rows.length, 2);
      assert.equal(rows[0]!.client, rows[1]!.client);
      assert.equal(rows[0]!.client.includes('203.0.113'), false);
      assert.notEqual(rows[0]!.client, sha256('203.0.113.9').toString('base64url'), 'not a plain hash, which a list of addresses would reverse');
    });

    it('counts nothing when the limit is 0 (off)', async () => {
      const [a] = limiters(0);
      for (let n = 0; n < 3; n++) assert.equal((await a!.take('client')).ok, true);
      assert.equal((await sql<{ n: number }>`select count(*)::int as n from rate_limit_hits`.execute(one.db)).rows[0]!.n, 0);
    });

    it('makes two apps on one database answer 429 after the limit, whichever takes the request', async () => {
      const apps = limiters(3).map((limiter, n) =>
        createApp({ store: n ? two : one, adminTokenHash: sha256('x'.repeat(32)), limiter, now: clock, cacheSeconds: 0, remoteAddress: () => '192.0.2.50' }),
      );
      const statuses: number[] = [];
      for (let n = 0; n < 6; n++) {
        const response = await apps[n % 2]!.request('/api/v1/stories', post(validSubmission({ title: `Story ${n}`, startedAt: now - 60_000 })));
        statuses.push(response.status);
        if (response.status === 429) assert.equal(response.headers.get('Retry-After'), '600');
      }
      assert.deepEqual(statuses, [202, 202, 202, 429, 429, 429]);
      assert.equal((await sql<{ n: number }>`select count(*)::int as n from stories`.execute(one.db)).rows[0]!.n, 3);
    });
  });
}

limiterSuite('PGlite', async () => {
  const store = await openPGliteStore({ loadDataDir: await pgliteTemplate() });
  return [store, store];
});

const pg = postgresAvailability();
let server: PgServer | undefined;
after(async () => {
  await server?.stop();
});
if (!pg.ok) console.log(`# skipping the PostgreSQL suite: ${pg.reason}`);
limiterSuite(
  'PostgreSQL',
  async () => {
    if (!pg.ok) throw new Error(pg.reason);
    server = await pg.start();
    const first = await openPostgresStore({ connectionString: server.url });
    return [first, await openPostgresStore({ connectionString: server.url })];
  },
  pg.ok ? false : pg.reason,
);
