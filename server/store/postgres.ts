import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { KyselyStoryStore, migrate, type Database } from './kysely-store.ts';

/** The store on a PostgreSQL server (`DATABASE_URL`), for a community that outgrew one machine. */
export async function openPostgresStore(options: { connectionString: string; max?: number }): Promise<KyselyStoryStore> {
  const pool = new pg.Pool({ connectionString: options.connectionString, max: options.max ?? 10 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  await migrate(db);
  return new KyselyStoryStore(db);
}
