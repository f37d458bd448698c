import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import { PGliteDialect } from './pglite-dialect.ts';
import { KyselyStoryStore, migrate, type Database } from './kysely-store.ts';

/**
 * The embedded store: PostgreSQL compiled to WebAssembly, in `dataDir` (or in
 * memory without one).
 *
 * Durability: on Node, PGlite mounts `dataDir` with Emscripten's NODEFS, so
 * every write PostgreSQL makes (its WAL at commit included) is a synchronous
 * write to the real file before the query resolves; a committed story survives
 * `kill -9` (test/e2e/server.test.ts checks it). PGlite's `syncToFs` step,
 * which `relaxedDurability` skips waiting for, only copies an in-memory file
 * system to IndexedDB or OPFS in browsers and does nothing for NODEFS, yet
 * waiting for it costs a timer tick (~1–3 ms) on every query. So it is not
 * waited for.
 */
export async function openPGliteStore(options: { dataDir?: string; loadDataDir?: Blob } = {}): Promise<KyselyStoryStore> {
  const pglite = new PGlite({ relaxedDurability: true, ...options });
  await pglite.waitReady;
  const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
  await migrate(db);
  return new KyselyStoryStore(db);
}
