/**
 * A throwaway PostgreSQL server for the store suite: `DATABASE_URL_TEST` if
 * set, else a fresh cluster from the Debian `postgresql` binaries on
 * 127.0.0.1 and a free port, removed afterwards.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, chownSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import type { KyselyStoryStore } from '../../server/store/kysely-store.ts';
import { openPostgresStore } from '../../server/store/postgres.ts';

export interface PgServer {
  url: string;
  stop(): Promise<void>;
}

/** Why there is no server, when there is none (the suite then skips, except in CI). */
export type PgAvailability = { ok: true; start: () => Promise<PgServer> } | { ok: false; reason: string };

function findBin(): string | null {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base)
    .filter((name) => existsSync(join(base, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(base, versions[0], 'bin') : null;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export function postgresAvailability(): PgAvailability {
  const given = process.env.DATABASE_URL_TEST;
  if (given) return { ok: true, start: async () => ({ url: given, stop: async () => {} }) };
  const bin = findBin();
  if (!bin) {
    const reason = 'no PostgreSQL server: set DATABASE_URL_TEST, or install one with `apt-get install -y postgresql` to run the store suite on PostgreSQL too';
    if (process.env.CI) throw new Error(`CI must run the PostgreSQL store suite, but there is ${reason}`);
    return { ok: false, reason };
  }
  return { ok: true, start: () => startCluster(bin) };
}

async function startCluster(bin: string): Promise<PgServer> {
  const dir = mkdtempSync(join(tmpdir(), 'chorus-pg-'));
  const data = join(dir, 'data');
  // PostgreSQL refuses to run as root: as root, run its tools as the `postgres` user in a directory it owns.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  const run = (tool: string, args: string[]) => {
    const [command, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]] : [join(bin, tool), args];
    const result = spawnSync(command, argv, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${tool} failed: ${result.stderr || result.stdout}`);
  };
  const port = await freePort();
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale=C']);
  run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * A store on a throwaway PostgreSQL server for one test file's suite: `open` starts the
 * server (stopped after the file's tests), `skip` says why the suite is skipped locally.
 */
export function postgresStore(): { open: () => Promise<KyselyStoryStore>; skip: string | false } {
  const pg = postgresAvailability();
  let server: PgServer | undefined;
  after(async () => {
    await server?.stop();
  });
  if (!pg.ok) console.log(`# skipping the PostgreSQL suite: ${pg.reason}`);
  return {
    open: async () => {
      if (!pg.ok) throw new Error(pg.reason);
      server = await pg.start();
      return openPostgresStore({ connectionString: server.url });
    },
    skip: pg.ok ? false : pg.reason,
  };
}
