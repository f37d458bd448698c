/**
 * Server benchmark: 100,000 approved stories in a fresh PGlite directory, the
 * server as its own process, and autocannon at 100 connections on the first
 * page and on a page 5,000 pages deep (reached by following cursors), with the
 * in-memory page cache on (the default) and off (every request hits the
 * database). Then the same on a throwaway PostgreSQL server (when its Debian
 * binaries are installed), where uncached reads run on a pool of connections.
 * Target: p99 ≤ 20 ms and deep/first ≤ 1.5.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { KyselyStoryStore } from '../../server/store/kysely-store.ts';
import { openPGliteStore } from '../../server/store/pglite.ts';
import { openPostgresStore } from '../../server/store/postgres.ts';
import { postgresAvailability } from '../../test/server/pg-server.ts';
import type { BenchTable as Table } from './types.ts';

interface AutocannonResult {
  latency: { p50: number; p99: number; average: number };
  requests: { average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Autocannon = (options: { url: string; connections: number; duration: number; headers?: Record<string, string> }) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const STORIES = Number(process.env.BENCH_STORIES ?? 100_000);
const DEEP_PAGE = Number(process.env.BENCH_DEEP_PAGE ?? 5_000);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 100;
const TOKEN = 'bench-admin-token-0123456789abcdefghij';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Seeds in a few big INSERT … SELECT generate_series statements, so 100,000 stories take seconds, not minutes. */
export async function seed(dataDir: string): Promise<number> {
  return seedStore(await openPGliteStore({ dataDir }));
}

async function seedStore(store: KyselyStoryStore): Promise<number> {
  const started = performance.now();
  const batch = 20_000;
  for (let from = 1; from <= STORIES; from += batch) {
    const to = Math.min(STORIES, from + batch - 1);
    await sql`
      insert into stories (id, status, kind, title, body, tags, author_name, region, created_at, moderated_at, published_at)
      select
        md5('story' || i)::uuid,
        'approved',
        (array['story', 'news', 'event', 'boost'])[1 + i % 4],
        'Community story number ' || i,
        repeat('Python brought our community together, one meetup at a time. ', 4 + i % 5),
        array[(array['django', 'web', 'data-science', 'education', 'community'])[1 + i % 5]],
        'Member ' || (i % 997),
        (array['Lagos', 'Lima', 'Pune', 'Oslo', null])[1 + i % 5],
        timestamptz '2025-01-01T00:00:00Z' + (i * interval '1 minute'),
        timestamptz '2025-01-01T00:00:00Z' + (i * interval '1 minute'),
        timestamptz '2025-01-01T00:00:00Z' + (i * interval '1 minute')
      from generate_series(${from}::int, ${to}::int) as i`.execute(store.db);
  }
  await sql`insert into story_tags (tag, published_at, story_id) select unnest(tags), published_at, id from stories where status = 'approved'`.execute(
    store.db,
  );
  await sql`analyze`.execute(store.db);
  await store.close();
  return performance.now() - started;
}

function rssMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : NaN;
}

/** Where the server keeps its stories: a PGlite directory or a PostgreSQL URL. */
type Database = { CHORUS_DATA_DIR: string } | { DATABASE_URL: string };

async function startServer(database: Database, cacheSeconds: number) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      ...database,
      CHORUS_ADMIN_TOKEN: TOKEN,
      CHORUS_CACHE_SECONDS: String(cacheSeconds),
      // Access logs go to a pipe nobody reads here; the benchmark measures the server, not the terminal.
      CHORUS_LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const startMs = performance.now() - started;
  return {
    url,
    startMs,
    pid: child.pid ?? 0,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Follows `nextCursor` from the first page to the start of page `page`. */
async function cursorForPage(url: string, page: number): Promise<string> {
  let cursor = '';
  for (let i = 1; i < page; i++) {
    const response = await fetch(`${url}/api/v1/stories?limit=20${cursor ? `&cursor=${cursor}` : ''}`);
    const body = (await response.json()) as { nextCursor: string | null };
    if (!body.nextCursor) throw new Error(`only ${i} pages of stories`);
    cursor = body.nextCursor;
  }
  return cursor;
}

async function load(url: string) {
  return autocannon({ url, connections: CONNECTIONS, duration: DURATION });
}

/**
 * The floor on this machine right now: bare `node:http` answering the same
 * bytes as the first page, with no framework and no database. Shared cores
 * make absolute numbers move from run to run; this row says how far.
 */
async function floor(body: string): Promise<AutocannonResult> {
  const port = await freePort();
  const code = `require('node:http').createServer((q, s) => { s.writeHead(200, { 'content-type': 'application/json' }); s.end(process.env.BODY); }).listen(${port}, '127.0.0.1', () => console.log('up'))`;
  const child = spawn(process.execPath, ['-e', code], { env: { ...process.env, BODY: body }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve) => child.stdout.once('data', resolve));
  try {
    return await load(`http://127.0.0.1:${port}/`);
  } finally {
    child.kill('SIGTERM');
  }
}

export async function run(): Promise<Table[]> {
  const dir = mkdtempSync(join(tmpdir(), 'chorus-bench-'));
  const dataDir = join(dir, 'data');
  try {
    const seedMs = await seed(dataDir);
    const latency: Table = {
      title: `Server: GET /api/v1/stories, ${STORIES.toLocaleString('en')} stories, ${CONNECTIONS} connections, ${DURATION} s each`,
      rows: [],
    };
    const server: Table = {
      title: 'Server: start-up and memory',
      rows: [{ measure: `seed ${STORIES.toLocaleString('en')} stories`, value: `${(seedMs / 1000).toFixed(1)} s` }],
    };
    for (const [label, cacheSeconds] of [
      ['page cache on (default)', 2],
      ['page cache off', 0],
    ] as const) {
      const running = await startServer({ CHORUS_DATA_DIR: dataDir }, cacheSeconds);
      try {
        if (cacheSeconds) {
          server.rows.push({ measure: 'server start (process spawn → /healthz answers)', value: `${Math.round(running.startMs)} ms` });
          server.rows.push({ measure: 'server RSS after start', value: `${rssMb(running.pid)} MB` });
        }
        const deepCursor = await cursorForPage(running.url, DEEP_PAGE);
        if (cacheSeconds) {
          const base = await floor(await (await fetch(`${running.url}/api/v1/stories`)).text());
          latency.rows.push({
            case: 'floor: bare node:http, same bytes, no framework or database',
            'p50 ms': base.latency.p50,
            'p99 ms': base.latency.p99,
            'req/s': Math.round(base.requests.average),
            'p99 ≤ 20 ms': base.latency.p99 <= 20 ? 'yes' : 'no',
            'errors/timeouts': base.errors + base.non2xx,
          });
        }
        const first = await load(`${running.url}/api/v1/stories`);
        const deep = await load(`${running.url}/api/v1/stories?limit=20&cursor=${deepCursor}`);
        for (const [page, result] of [
          ['first page', first],
          [`page ${DEEP_PAGE.toLocaleString('en')}`, deep],
        ] as const) {
          latency.rows.push({
            case: `${page}, ${label}`,
            'p50 ms': result.latency.p50,
            'p99 ms': result.latency.p99,
            'req/s': Math.round(result.requests.average),
            'p99 ≤ 20 ms': result.latency.p99 <= 20 ? 'yes' : 'no',
            'errors/timeouts': result.errors + result.non2xx,
          });
        }
        latency.rows.push({
          case: `deep/first p99 ratio, ${label}`,
          'p50 ms': (deep.latency.p50 / Math.max(first.latency.p50, 1)).toFixed(2),
          'p99 ms': (deep.latency.p99 / Math.max(first.latency.p99, 1)).toFixed(2),
          'req/s': (deep.requests.average / first.requests.average).toFixed(2),
          'p99 ≤ 20 ms': deep.latency.p99 / Math.max(first.latency.p99, 1) <= 1.5 ? 'ratio ok' : 'ratio > 1.5',
          'errors/timeouts': '',
        });
        if (cacheSeconds) {
          server.rows.push({ measure: 'server RSS after load', value: `${rssMb(running.pid)} MB` });
          const p99 = Math.max(first.latency.p99, deep.latency.p99);
          const ratio = deep.latency.p99 / Math.max(first.latency.p99, 1);
          latency.note =
            `Budget (default settings): p99 ≤ 20 ms: ${p99 <= 20 ? 'met' : `not met (${p99} ms)`}; ` +
            `deep/first p99 ≤ 1.5: ${ratio <= 1.5 ? 'met' : `not met (${ratio.toFixed(2)})`}. ` +
            'Compare with the floor row: shared cores slow everything alike.';
        }
      } finally {
        await running.stop();
      }
    }
    latency.rows.push(...(await onPostgres()));
    server.rows.push({ measure: 'machine', value: `${cpus().length} cores, load average ${(loadavg()[0] ?? 0).toFixed(1)} (others share these cores)` });
    return [latency, server];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The same stories on a throwaway PostgreSQL server (the Debian binaries the tests use), the server
 * with its default pool of 10 connections: the first and the deep page with the page cache on and off.
 */
async function onPostgres(): Promise<Table['rows']> {
  const available = postgresAvailability();
  if (!available.ok) return [{ case: `PostgreSQL: not measured (${available.reason})` }];
  const database = await available.start();
  try {
    await seedStore(await openPostgresStore({ connectionString: database.url }));
    const rows: Table['rows'] = [];
    for (const [label, cacheSeconds] of [
      ['page cache on (default)', 2],
      ['page cache off (uncached)', 0],
    ] as const) {
      const running = await startServer({ DATABASE_URL: database.url }, cacheSeconds);
      try {
        const deepCursor = await cursorForPage(running.url, DEEP_PAGE);
        const first = await load(`${running.url}/api/v1/stories`);
        const deep = await load(`${running.url}/api/v1/stories?limit=20&cursor=${deepCursor}`);
        for (const [page, result] of [
          ['first page', first],
          [`page ${DEEP_PAGE.toLocaleString('en')}`, deep],
        ] as const) {
          rows.push({
            case: `PostgreSQL: ${page}, ${label}`,
            'p50 ms': result.latency.p50,
            'p99 ms': result.latency.p99,
            'req/s': Math.round(result.requests.average),
            'p99 ≤ 20 ms': result.latency.p99 <= 20 ? 'yes' : 'no',
            'errors/timeouts': result.errors + result.non2xx,
          });
        }
      } finally {
        await running.stop();
      }
    }
    return rows;
  } finally {
    await database.stop();
  }
}

// `node --import tsx scripts/bench/server.ts` runs it alone.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const table of await run()) {
    console.log(`\n${table.title}`);
    console.table(table.rows);
  }
}
