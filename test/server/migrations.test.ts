import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import pg from 'pg';
import { migrations } from '../../server/store/migrations/index.ts';
import { openPostgresStore } from '../../server/store/postgres.ts';
import { postgresAvailability, type PgServer } from './pg-server.ts';

const available = postgresAvailability();
let server: PgServer | undefined;
after(async () => {
  await server?.stop();
});
if (!available.ok) console.log(`# skipping the migration tests: ${available.reason}`);

async function query<T>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

describe('start-up migrations on PostgreSQL', { skip: available.ok ? false : available.reason }, () => {
  it('are safe when several servers start at once on a fresh database', async () => {
    if (!available.ok) return;
    const started: PgServer = await available.start();
    server = started;
    // Three fresh databases, four servers starting at once on each: each run is a new chance for them to collide.
    for (const name of ['fresh_a', 'fresh_b', 'fresh_c']) {
      await query(started.url, `create database ${name}`);
      const url: string = started.url.replace(/\/postgres$/, `/${name}`);
      const stores = await Promise.all(Array.from({ length: 4 }, () => openPostgresStore({ connectionString: url, max: 2 })));
      try {
        const applied = await query<{ name: string }>(url, 'select name from kysely_migration order by name');
        assert.deepEqual(
          applied.map((row) => row.name),
          Object.keys(migrations),
          'each migration ran exactly once',
        );
        const tables = await query<{ table_name: string }>(url, "select table_name from information_schema.tables where table_schema = 'public' order by 1");
        for (const table of ['audit_log', 'moderators', 'outbox', 'rate_limit_hits', 'settings', 'stories', 'story_tags'])
          assert.ok(
            tables.some((row) => row.table_name === table),
            table,
          );
        // Every server works on the result.
        for (const store of stores) await store.ping();
      } finally {
        await Promise.all(stores.map((store) => store.close()));
      }
    }
  });

  it('leave a database that is already up to date alone', async () => {
    if (!available.ok || !server) return;
    const url = server.url.replace(/\/postgres$/, '/fresh_a');
    const before = await query<{ timestamp: string }>(url, 'select timestamp from kysely_migration order by name');
    const store = await openPostgresStore({ connectionString: url });
    await store.close();
    assert.deepEqual(await query<{ timestamp: string }>(url, 'select timestamp from kysely_migration order by name'), before);
  });
});

describe('a migration that arrives after a later one was applied', () => {
  it('is run on start, and the server works on the result', async () => {
    const { PGlite } = await import('@electric-sql/pglite');
    const { Kysely, Migrator } = await import('kysely');
    const { PGliteDialect } = await import('../../server/store/pglite-dialect.ts');
    const { KyselyStoryStore, migrate } = await import('../../server/store/kysely-store.ts');
    const pglite = new PGlite();
    const db = new Kysely<never>({ dialect: new PGliteDialect({ pglite }) });
    try {
      const names = Object.keys(migrations);
      const skipped = names.at(-2) ?? '';
      // A database made by a branch that had every migration but this one.
      const without = Object.fromEntries(Object.entries(migrations).filter(([name]) => name !== skipped));
      const early = new Migrator({ db, provider: { getMigrations: async () => without } });
      assert.equal((await early.migrateToLatest()).error, undefined);
      await migrate(db);
      const rows = (await db
        .selectFrom('kysely_migration' as never)
        .select('name' as never)
        .execute()) as { name: string }[];
      assert.deepEqual(rows.map((row) => row.name).sort(), names);
      await new KyselyStoryStore(db as never).listAudit({ limit: 1 });
    } finally {
      await db.destroy();
    }
  });
});
