import { Hono, type Context } from 'hono';
import { compress } from 'hono/compress';
import type { AmplifyChannel, DeliveryTarget, MembershipTier } from '../src/schema/index.ts';
import { apiError, clientAddress, pickLocale, silentLogger, type AppEnv, type Logger } from './http.ts';
import { uuidv7 } from './ids.ts';
import { messages } from './messages.ts';
import type { Metrics } from './metrics.ts';
import { openApiDocument } from './openapi.ts';
import { PageCache } from './page-cache.ts';
import { VOTE_PATH, mountPolls, type PollDeps } from './poll-app.ts';
import { RateLimiter, type SubmissionLimiter } from './rate-limit.ts';
import { adminRoutes } from './routes/admin.ts';
import { feedRoutes } from './routes/feeds.ts';
import { membershipRoutes, type SiteTiers } from './routes/membership.ts';
import { moderatePageRoutes, type ModeratePageOptions } from './routes/moderate.ts';
import { sourceRoutes, type SourceOptions } from './routes/sources.ts';
import { storyPageRoutes, htmlNotFound } from './routes/story-page.ts';
import { storyRoutes } from './routes/stories.ts';
import { intakeApp, type IntakeAppOptions } from './intake/mount.ts';
import type { StoryStore } from './store/story-store.ts';

export interface AppDeps {
  store: StoryStore;
  /** SHA-256 of the admin token (see admin-token.ts). */
  adminTokenHash: Buffer;
  /** Membership tiers to serve (a site's file, with its translations); default the PSF's, in every language Chorus has. */
  tiers?: SiteTiers | MembershipTier[];
  /** Origins besides the server's own that may POST stories. */
  allowedOrigins?: string[];
  /** Submissions per client per window; 0 turns the limit off. */
  rateLimit?: number;
  rateWindowSeconds?: number;
  /** Counts submissions (default: in memory, with `rateLimit` and `rateWindowSeconds`; main.ts passes the database's on PostgreSQL). */
  limiter?: SubmissionLimiter;
  /** Proxy hops of X-Forwarded-For to trust for the client address (and X-Forwarded-Host for the own origin). */
  trustProxy?: number;
  /** `CHORUS_PUBLIC_URL`: the address readers use, for absolute links (see public-url.ts). */
  publicUrl?: string;
  /** How long public answers are kept serialized in memory; 0 turns the cache off. */
  cacheSeconds?: number;
  /** The feeds' title. */
  title?: string;
  /** `CHORUS_SITE_URL`: the community's own site, linked from story pages and the feeds. */
  siteUrl?: string;
  logger?: Logger;
  now?: () => number;
  /** The socket peer's address (main.ts reads it from Node's request). */
  remoteAddress?: (c: Context) => string | undefined;
  /** Registers more routes (the demo's static files) after the API's middleware, before its routes. */
  mount?: (app: Hono<AppEnv>) => void;
  /** Services to notify of submissions and to amplify approvals through, via the outbox (server/outbox.ts). */
  integrations?: { notify: DeliveryTarget[]; amplify: AmplifyChannel[]; amplifyDefault?: AmplifyChannel[] | undefined };
  /** Called when a request queued deliveries: wakes the outbox worker. */
  onQueued?: () => void;
  /** Settings of the GitHub / Discourse read-through (routes/sources.ts). */
  sources?: SourceOptions;
  /** Prometheus metrics at /metrics (only when CHORUS_METRICS_TOKEN is set). */
  metrics?: Metrics;
  /** The moderation page at /moderate (routes/moderate.ts): whether the built widgets are there, and a link back to the site. */
  moderatePage?: Omit<ModeratePageOptions, 'title'>;
  /** Stories from GitHub, Discourse, Slack and Discord (server/intake/). */
  intake?: IntakeAppOptions;
  /** Polls (server/poll-app.ts); without them the poll routes answer 404. */
  polls?: PollDeps;
}

const REQUEST_ID = /^[\w.:-]{1,100}$/;

/** The whole HTTP API as a Hono app; no I/O of its own, so tests call `app.request()`. */
export function createApp(deps: AppDeps) {
  const now = deps.now ?? Date.now;
  const logger = deps.logger ?? silentLogger;
  const trustProxy = deps.trustProxy ?? 0;
  const allowed = new Set((deps.allowedOrigins ?? []).map((origin) => origin.replace(/\/$/, '')));
  const cache = new PageCache({ ttlMs: (deps.cacheSeconds ?? 2) * 1000, now });
  const limiter = deps.limiter ?? new RateLimiter({ limit: deps.rateLimit ?? 5, windowMs: (deps.rateWindowSeconds ?? 600) * 1000, now });
  const openapi = JSON.stringify(openApiDocument());

  /** The host this request was addressed to, as the browser saw it. */
  const ownHost = (c: { req: { header(name: string): string | undefined } }) =>
    (trustProxy > 0 ? c.req.header('X-Forwarded-Host')?.split(',')[0]?.trim() : undefined) ?? c.req.header('Host') ?? '';
  const sameSite = (origin: string | undefined, c: { req: { header(name: string): string | undefined } }) => {
    if (!origin) return true;
    try {
      return new URL(origin).host === ownHost(c);
    } catch {
      return false;
    }
  };
  const mayPost = (origin: string | undefined, c: Context) => !origin || allowed.has(origin) || sameSite(origin, c);

  const app = new Hono<AppEnv>();

  // Request ids: a per-process prefix and a counter, unique without costing randomness per request.
  const boot = uuidv7(now()).slice(-12);
  let counter = 0;

  if (deps.metrics) app.use('*', deps.metrics.middleware());

  // Headers are set before `next()`: once a response exists, Hono rebuilds it for each new header.
  app.use('*', async (c, next) => {
    const started = performance.now();
    const incoming = c.req.header('X-Request-Id');
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : `${boot}-${(++counter).toString(36)}`;
    c.set('requestId', requestId);
    c.set('locale', pickLocale(c.req.header('Accept-Language')));
    c.header('X-Request-Id', requestId);
    c.header('X-Content-Type-Options', 'nosniff');
    await next();
    const status = c.res.status;
    logger.log(status >= 500 ? 'error' : 'info', 'request', {
      requestId,
      method: c.req.method,
      // The path only: query strings are the client's business, and headers (tokens) are never logged.
      path: c.req.path,
      status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  });

  // CORS: anyone may read; only allowed origins may submit; the admin API answers its own site only.
  app.use('*', async (c, next) => {
    const origin = c.req.header('Origin');
    const path = c.req.path;
    const isAdmin = path.startsWith('/api/v1/admin');
    const isVote = VOTE_PATH.test(path);
    const isSubmit = path === '/api/v1/stories' || isVote;
    if (c.req.method === 'OPTIONS') {
      if (isAdmin || !origin) return c.body(null, 204);
      const wantsPost = c.req.header('Access-Control-Request-Method') === 'POST';
      if (isSubmit && wantsPost && mayPost(origin, c)) {
        c.header('Access-Control-Allow-Origin', origin);
        c.header('Vary', 'Origin');
        c.header('Access-Control-Allow-Methods', 'GET, HEAD, POST');
        c.header('Access-Control-Allow-Headers', 'Content-Type, Idempotency-Key, Accept-Language, X-Request-Id');
      } else {
        c.header('Access-Control-Allow-Origin', '*');
        c.header('Access-Control-Allow-Methods', 'GET, HEAD');
        c.header('Access-Control-Allow-Headers', 'If-None-Match, Accept-Language, X-Request-Id');
      }
      c.header('Access-Control-Max-Age', '600');
      return c.body(null, 204);
    }
    if (isAdmin) return next();
    if (c.req.method === 'POST') {
      if (!mayPost(origin, c)) return apiError(c, 403, 'forbidden', messages(c.get('locale'))(isVote ? 'voteOriginForbidden' : 'originForbidden'));
      if (origin) {
        c.header('Access-Control-Allow-Origin', origin);
        c.header('Vary', 'Origin');
        c.header('Access-Control-Expose-Headers', 'Retry-After, X-Request-Id, Idempotent-Replayed');
      }
      return next();
    }
    c.header('Access-Control-Allow-Origin', '*');
    c.header('Access-Control-Expose-Headers', 'ETag, Retry-After, X-Request-Id');
    return next();
  });

  // Public reads go out compressed (gzip, or deflate, as the browser accepts; a page of stories
  // is mostly repeated keys). Not the admin API, whose answers carry secrets that must never be
  // compressed together with text an attacker chose (BREACH); hono/compress leaves event streams alone.
  const compressRead = compress();
  app.use('/api/v1/*', (c, next) => (c.req.method === 'GET' && !c.req.path.startsWith('/api/v1/admin') ? compressRead(c, next) : next()));

  app.route(
    '/api/v1',
    storyRoutes({
      store: deps.store,
      cache,
      limiter,
      logger,
      now,
      client: (c) => clientAddress(deps.remoteAddress?.(c), c.req.header('X-Forwarded-For'), trustProxy),
      notify: deps.integrations?.notify,
      onQueued: deps.onQueued,
      onSubmission: deps.metrics ? (outcome) => deps.metrics?.submission(outcome) : undefined,
      publicUrl: deps.publicUrl,
      trustProxy,
    }),
  );
  app.route('/api/v1/sources', sourceRoutes({ now, logger, ...deps.sources }));
  app.route('/api/v1', membershipRoutes(deps.tiers));
  app.route(
    '/api/v1/admin',
    adminRoutes({
      store: deps.store,
      cache,
      logger,
      tokenHash: deps.adminTokenHash,
      now,
      sameSite,
      amplify: deps.integrations?.amplify,
      amplifyDefault: deps.integrations?.amplifyDefault,
      onQueued: deps.onQueued,
      afterDecision: intakeApp.afterDecision(deps.store, deps.onQueued),
      publicUrl: deps.publicUrl,
      trustProxy,
    }),
  );
  app.route('/api/v1/intake', intakeApp.routes(deps, logger, now));
  // After the admin routes: their middleware guards /api/v1/admin/polls too.
  if (deps.polls)
    mountPolls(app, deps.polls, { logger, now, client: (c) => clientAddress(deps.remoteAddress?.(c), c.req.header('X-Forwarded-For'), trustProxy) });
  app.route(
    '/',
    feedRoutes({ store: deps.store, cache, title: deps.title ?? 'Community stories', siteUrl: deps.siteUrl, publicUrl: deps.publicUrl, trustProxy }),
  );

  const pages = { store: deps.store, cache, siteName: deps.title, siteUrl: deps.siteUrl, publicUrl: deps.publicUrl, trustProxy };
  app.route('/', storyPageRoutes(pages));

  if (deps.metrics) app.route('/', deps.metrics.routes());
  app.route('/', moderatePageRoutes({ title: deps.title ?? 'Community stories', ...deps.moderatePage }));

  deps.mount?.(app);

  app.get('/api/v1/openapi.json', (c) => {
    c.header('Cache-Control', 'public, max-age=300');
    c.header('Content-Type', 'application/json; charset=utf-8');
    return c.body(openapi);
  });

  app.get('/healthz', async (c) => {
    c.header('Cache-Control', 'no-store');
    try {
      await deps.store.ping();
      return c.json({ status: 'ok' });
    } catch (error) {
      logger.log('error', 'health check failed', { requestId: c.get('requestId'), error: (error as Error).message });
      return apiError(c, 503, 'unavailable', messages(c.get('locale'))('unavailable'));
    }
  });

  // People following a link get a page; API clients (and anything under /api) keep the JSON error.
  app.notFound((c) =>
    !c.req.path.startsWith('/api/') && (c.req.path.startsWith('/stories/') || /\btext\/html\b/.test(c.req.header('Accept') ?? ''))
      ? htmlNotFound(c, pages, c.req.path.startsWith('/stories/') ? 'story' : 'page')
      : apiError(c, 404, 'not_found', messages(c.get('locale') ?? 'en')('notFound')),
  );

  app.onError((error, c) => {
    logger.log('error', 'unhandled error', { requestId: c.get('requestId'), error: error.message, stack: error.stack });
    return apiError(c, 500, 'server', messages(c.get('locale') ?? 'en')('server'));
  });

  return app;
}

export type ChorusApp = ReturnType<typeof createApp>;
