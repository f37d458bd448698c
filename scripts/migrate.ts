/**
 * `npm run migrate -- status | latest | down`: the database schema by hand.
 * The server migrates to the latest schema on every start; this is for
 * looking (`status`) and for going back before running an older version
 * (`down` takes back the newest applied migration, one per call). It reads
 * the same settings as the server (`DATABASE_URL`, else `CHORUS_DATA_DIR`).
 * Stop every server on the database first: PGlite allows one process per data
 * directory, and an older schema under a running newer server breaks it.
 */
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, Migrator, PostgresDialect } from 'kysely';
import pg from 'pg';
import { SettingsError, parseSettings } from '../server/env.ts';
import { migrations } from '../server/store/migrations/index.ts';
import { PGliteDialect } from '../server/store/pglite-dialect.ts';

const USAGE = 'Usage: npm run migrate -- status | latest | down';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

const command = process.argv[2];
if (command !== 'status' && command !== 'latest' && command !== 'down') fail(USAGE);

let settings;
try {
  settings = parseSettings(process.env);
} catch (error) {
  if (error instanceof SettingsError) fail(error.message);
  throw error;
}

const where = settings.DATABASE_URL ? 'the PostgreSQL database in DATABASE_URL' : `the PGlite directory ${resolve(settings.CHORUS_DATA_DIR)}`;
const db = new Kysely<unknown>({
  dialect: settings.DATABASE_URL
    ? new PostgresDialect({ pool: new pg.Pool({ connectionString: settings.DATABASE_URL, max: 1 }) })
    : new PGliteDialect({ pglite: new PGlite({ dataDir: resolve(settings.CHORUS_DATA_DIR) }) }),
});
// As the server migrates (see migrate() in server/store/kysely-store.ts).
const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations }, allowUnorderedMigrations: true });

try {
  if (command === 'status') {
    const known = await migrator.getMigrations();
    process.stdout.write(`Migrations of ${where}:\n`);
    for (const migration of known) process.stdout.write(`  ${migration.executedAt ? 'applied' : 'pending'}  ${migration.name}\n`);
  } else {
    const { error, results } = command === 'latest' ? await migrator.migrateToLatest() : await migrator.migrateDown();
    for (const result of results ?? [])
      process.stdout.write(
        `${result.status === 'Success' ? (result.direction === 'Up' ? 'applied' : 'took back') : result.status.toLowerCase()}  ${result.migrationName}\n`,
      );
    if (error) fail(`Migration failed on ${where}: ${error instanceof Error ? error.message : String(error)}`);
    if (results?.length === 0) process.stdout.write(command === 'latest' ? 'Already up to date.\n' : 'No migration to take back.\n');
  }
} finally {
  await db.destroy();
}
