import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect } from 'kysely';
import { KyselyStoryStore, migrate, type Database } from './kysely-store.ts';

/**
 * The embedded store: PostgreSQL compiled to WebAssembly, in `dataDir` (or in
 * memory without one). Writes go straight to files through Node's fs, and
 * PGlite commits each statement before it resolves (`relaxedDurability` stays
 * off), so a stored story survives the process being killed.
 */
export async function openPGliteStore(options: { dataDir?: string; loadDataDir?: Blob } = {}): Promise<KyselyStoryStore> {
  const pglite = new PGlite({ relaxedDurability: false, ...options });
  await pglite.waitReady;
  const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
  await migrate(db);
  return new KyselyStoryStore(db);
}
