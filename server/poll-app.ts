import type { Hono } from 'hono';
import type { AppContext, AppEnv, Logger } from './http.ts';
import { PollEventHub } from './poll-events.ts';
import { PollHasher } from './poll-privacy.ts';
import { adminPollRoutes } from './routes/admin-polls.ts';
import { pollRoutes } from './routes/polls.ts';
import type { PollStore } from './store/poll-store.ts';

/** What the poll routes need (see docs/poll.md). */
export interface PollDeps {
  store: PollStore;
  /** The HMAC key for voter tokens and networks (`resolvePollKey` in poll-privacy.ts). */
  key: Buffer;
  /** The live-results hub; give one to close its streams on shutdown. Default: one made here. */
  events?: PollEventHub;
  /** `CHORUS_POLL_RATE_LIMIT`: vote requests per network per poll per window; 0 turns it off. */
  rateLimit?: number;
  /** `CHORUS_POLL_RATE_WINDOW_SECONDS`. */
  rateWindowSeconds?: number;
}

/** `POST /api/v1/polls/{id}/votes`: the one poll path that takes a cross-origin POST (from the allow-list). */
export const VOTE_PATH = /^\/api\/v1\/polls\/[^/]+\/votes$/;

/**
 * Mounts the public poll routes under `/api/v1` and the moderators' under
 * `/api/v1/admin/polls`. Call it after the admin routes are mounted: their
 * middleware (token, same site, no caching) guards every `/api/v1/admin/*`
 * path, these included, only if it was registered first.
 */
export function mountPolls(app: Hono<AppEnv>, deps: PollDeps, shared: { logger: Logger; now: () => number; client: (c: AppContext) => string }): PollEventHub {
  const events = deps.events ?? new PollEventHub({ store: deps.store, now: shared.now, logger: shared.logger });
  app.route(
    '/api/v1',
    pollRoutes({
      store: deps.store,
      hasher: new PollHasher(deps.key),
      events,
      logger: shared.logger,
      now: shared.now,
      client: shared.client,
      rateLimit: deps.rateLimit ?? 50,
      rateWindowMs: (deps.rateWindowSeconds ?? 600) * 1000,
    }),
  );
  app.route('/api/v1/admin/polls', adminPollRoutes({ store: deps.store, logger: shared.logger, now: shared.now }));
  return events;
}
