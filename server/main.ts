/**
 * Starts the Chorus reference server: settings, store, HTTP. The only file
 * that knows it runs on Node. It serves the built widgets at /dist/ in every mode;
 * `--demo` also serves demo/ at / and seeds sample stories on the first start.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import { compress } from 'hono/compress';
import { resolveAdminToken } from './admin-token.ts';
import { createApp } from './app.ts';
import { seedDemo, seedDemoPoll } from './demo-seed.ts';
import { SettingsError, settingsOrExit } from './env.ts';
import type { AppEnv, Logger } from './http.ts';
import { integrationsFrom } from './integrations/index.ts';
import { Metrics } from './metrics.ts';
import { intakeConfigFrom } from './intake/config.ts';
import { originReplySenders } from './intake/replies.ts';
import { OutboxWorker } from './outbox.ts';
import { PollEventHub } from './poll-events.ts';
import { resolvePollKey } from './poll-privacy.ts';
import { cached, serveDist, SHORT } from './static-assets.ts';
import { parseMembershipFile, type SiteTiers } from './routes/membership.ts';
import { KyselyPollStore } from './store/kysely-poll-store.ts';
import type { KyselyStoryStore } from './store/kysely-store.ts';
import { DatabaseRateLimiter } from './store/rate-limit-store.ts';

const started = performance.now();
const root = resolve(fileURLToPath(import.meta.url), '../..');
const demo = process.argv.includes('--demo');

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const;

function jsonLogger(minimum: keyof typeof LEVELS): Logger {
  return {
    log(level, msg, fields) {
      if (LEVELS[level] < LEVELS[minimum]) return;
      process.stdout.write(JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields }) + '\n');
    },
  };
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

const settings = settingsOrExit(process.env);
const logger = jsonLogger(settings.CHORUS_LOG_LEVEL);

let tiers: SiteTiers | undefined;
if (settings.CHORUS_MEMBERSHIP_FILE) {
  const file = settings.CHORUS_MEMBERSHIP_FILE;
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) =>
    fail(`CHORUS_MEMBERSHIP_FILE ${file} cannot be read: ${error.code ?? error.message}`),
  );
  try {
    tiers = parseMembershipFile(text, file);
  } catch (error) {
    fail((error as Error).message);
  }
}

let store: KyselyStoryStore;
try {
  if (settings.DATABASE_URL) {
    const { openPostgresStore } = await import('./store/postgres.ts');
    store = await openPostgresStore({ connectionString: settings.DATABASE_URL });
  } else {
    const { openPGliteStore } = await import('./store/pglite.ts');
    store = await openPGliteStore({ dataDir: resolve(settings.CHORUS_DATA_DIR) });
  }
} catch (error) {
  const where = settings.DATABASE_URL ? 'DATABASE_URL' : `CHORUS_DATA_DIR ${resolve(settings.CHORUS_DATA_DIR)}`;
  fail(`Chorus cannot open its database (${where}): ${(error as Error).message}`);
}

const admin = await resolveAdminToken(store, settings.CHORUS_ADMIN_TOKEN);
if (admin.generated) {
  // Printed once, outside the JSON log stream; only its hash is stored.
  process.stderr.write(
    `\nChorus generated an admin token for the moderation API. It is shown only now; keep it somewhere safe:\n\n    ${admin.generated}\n\nSet CHORUS_ADMIN_TOKEN to choose your own instead.\n\n`,
  );
}

const polls = KyselyPollStore.sharing(store.db);
const pollEvents = new PollEventHub({ store: polls, logger });

if (demo) {
  const seeded = await seedDemo(store);
  if (seeded) logger.log('info', 'seeded sample stories', { count: seeded });
  if (await seedDemoPoll(polls, store)) logger.log('info', 'seeded the demo poll');
}

const integrations = integrationsFrom(settings);
let intake;
try {
  intake = intakeConfigFrom(settings);
} catch (error) {
  if (error instanceof SettingsError) fail(error.message);
  throw error;
}
const replies = originReplySenders(intake, { store, publicUrl: settings.CHORUS_PUBLIC_URL, logger });
const metrics = settings.CHORUS_METRICS_TOKEN ? new Metrics({ token: settings.CHORUS_METRICS_TOKEN, store }) : undefined;
const outbox = new OutboxWorker({
  store,
  senders: integrations.senders,
  replies,
  logger,
  onOutcome: metrics && ((target, outcome) => metrics.delivery(target, outcome)),
});

/** The demo page (`--demo`): demo/ at /, under a strict CSP that proves the widgets need no inline script or style. */
function mountDemo(site: Hono<AppEnv>): void {
  site.use('*', async (c, next) => {
    await next();
    if (c.res.headers.get('Content-Type')?.startsWith('text/html')) {
      c.header(
        'Content-Security-Policy',
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
      );
    }
  });
  // Only top-level page assets, so API requests never touch the file system.
  const pages = cached(serveStatic({ root: resolve(root, 'demo') }), SHORT);
  site.get('/', compress(), pages);
  site.get('/:file{[\\w-]+\\.(html|css|svg|png|ico|webmanifest)}', compress(), pages);
}

const app = createApp({
  store,
  integrations,
  intake: { config: intake },
  onQueued: () => outbox.wake(),
  sources: {
    allowlist: settings.CHORUS_SOURCE_ALLOWLIST,
    githubApiUrl: settings.CHORUS_GITHUB_API_URL,
    githubToken: settings.CHORUS_GITHUB_TOKEN,
  },
  adminTokenHash: admin.hash,
  polls: {
    store: polls,
    key: await resolvePollKey(store, settings.CHORUS_POLL_SECRET),
    events: pollEvents,
    rateLimit: settings.CHORUS_POLL_RATE_LIMIT,
    rateWindowSeconds: settings.CHORUS_POLL_RATE_WINDOW_SECONDS,
  },
  tiers,
  allowedOrigins: settings.CHORUS_ALLOWED_ORIGINS,
  rateLimit: settings.CHORUS_RATE_LIMIT,
  rateWindowSeconds: settings.CHORUS_RATE_WINDOW_SECONDS,
  // On PostgreSQL several servers may share the database: the limit is counted there, once for all of them.
  limiter: settings.DATABASE_URL
    ? new DatabaseRateLimiter({ store, limit: settings.CHORUS_RATE_LIMIT, windowMs: settings.CHORUS_RATE_WINDOW_SECONDS * 1000 })
    : undefined,
  trustProxy: settings.CHORUS_TRUST_PROXY,
  publicUrl: settings.CHORUS_PUBLIC_URL,
  title: settings.CHORUS_SITE_NAME,
  siteUrl: settings.CHORUS_SITE_URL,
  cacheSeconds: settings.CHORUS_CACHE_SECONDS,
  logger,
  metrics,
  remoteAddress: (c) => getConnInfo(c).remote.address,
  // /moderate loads the built widgets from /dist/ in every mode; `npm run build` makes them.
  moderatePage: { assetsReady: () => existsSync(resolve(root, 'dist/chorus.js')), siteLink: demo ? './' : undefined },
  mount: (site) => {
    // The built widgets, in every mode: host pages and the moderation page load them from here.
    serveDist(site, root);
    if (demo) mountDemo(site);
  },
});

const server = serve({ fetch: app.fetch, port: settings.PORT, hostname: settings.HOST }, (info) => {
  const url = `http://${info.address === '0.0.0.0' || info.address === '::' ? 'localhost' : info.address}:${info.port}/`;
  logger.log('info', 'listening', {
    url,
    port: info.port,
    store: settings.DATABASE_URL ? 'postgres' : 'pglite',
    demo,
    startMs: Math.round(performance.now() - started),
    integrations: [...integrations.notify, ...integrations.amplify],
    intake: Object.keys(intake),
  });
});
// Jobs left by an earlier run (or another server on the same database) are picked up at once.
outbox.start();

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.log('info', 'stopping', { signal });
  const force = setTimeout(() => {
    logger.log('warn', 'requests still running after 10 s; closing anyway');
    process.exit(1);
  }, 10_000);
  force.unref();
  // Live poll streams never finish by themselves: end them first, so closing the server waits only for real requests.
  await pollEvents.close();
  // Stop accepting, let in-flight requests finish, then close the store.
  await new Promise<void>((done) => {
    server.close(() => done());
    if ('closeIdleConnections' in server) server.closeIdleConnections();
  });
  await outbox.stop();
  await store.close();
  logger.log('info', 'stopped');
  process.exit(0);
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
