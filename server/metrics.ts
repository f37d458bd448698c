/**
 * `GET /metrics`: Prometheus text, with prom-client. Off unless
 * `CHORUS_METRICS_TOKEN` is set; then only a request carrying that bearer token
 * gets an answer. Requests are labelled by the route's pattern
 * (`/api/v1/stories/:id`), never the raw path, so the number of series stays
 * small whatever clients send.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono, type MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { apiError, type AppEnv } from './http.ts';
import { messages } from './messages.ts';
import type { OutboxTarget, StoryStore } from './store/story-store.ts';

/** How a submission ended: stored clean, stored as (likely) spam, refused for the rate limit, or refused as invalid. */
export type SubmissionOutcome = 'accepted' | 'spam' | 'rate_limited' | 'invalid';
/** How one delivery attempt ended in this process. */
export type DeliveryOutcome = 'delivered' | 'retry' | 'failed' | 'cancelled';

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

export class Metrics {
  readonly registry = new Registry();
  readonly #token: Buffer;
  readonly #requests: Counter<'method' | 'route' | 'status'>;
  readonly #duration: Histogram<'method' | 'route' | 'status'>;
  readonly #submissions: Counter<'outcome'>;
  readonly #deliveries: Counter<'service' | 'outcome'>;

  constructor(options: { token: string; store: Pick<StoryStore, 'outboxCounts'> }) {
    this.#token = digest(options.token);
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.#requests = new Counter({
      name: 'chorus_http_requests_total',
      help: 'HTTP requests answered, by method, route pattern and status.',
      labelNames: ['method', 'route', 'status'] as const,
      registers,
    });
    this.#duration = new Histogram({
      name: 'chorus_http_request_duration_seconds',
      help: 'Time to answer an HTTP request, by method, route pattern and status.',
      labelNames: ['method', 'route', 'status'] as const,
      buckets: [0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.#submissions = new Counter({
      name: 'chorus_submissions_total',
      help: 'Story submissions by outcome: accepted, spam (honeypot or sent too fast), rate_limited, invalid.',
      labelNames: ['outcome'] as const,
      registers,
    });
    for (const outcome of ['accepted', 'spam', 'rate_limited', 'invalid'] as const) this.#submissions.inc({ outcome }, 0);
    this.#deliveries = new Counter({
      name: 'chorus_outbox_attempts_total',
      help: 'Delivery attempts made by this process, by service and outcome (delivered, retry, failed = given up, cancelled).',
      labelNames: ['service', 'outcome'] as const,
      registers,
    });
    const store = options.store;
    new Gauge({
      name: 'chorus_outbox_jobs',
      help: 'Deliveries in the database (all servers) by service and status: pending is the outbox depth, failed the deliveries given up.',
      labelNames: ['service', 'status'] as const,
      registers,
      async collect() {
        this.reset();
        for (const row of await store.outboxCounts()) this.set({ service: row.target, status: row.status }, row.count);
      },
    });
  }

  submission(outcome: SubmissionOutcome): void {
    this.#submissions.inc({ outcome });
  }

  delivery(service: OutboxTarget, outcome: DeliveryOutcome): void {
    this.#deliveries.inc({ service, outcome });
  }

  /** Counts and times every request; register it first, so it sees every answer. */
  middleware(): MiddlewareHandler<AppEnv> {
    return async (c, next) => {
      const started = performance.now();
      try {
        await next();
      } finally {
        // The last route that is not middleware; none (a 404) is one label, not one per path.
        const route = matchedRoutes(c).findLast((matched) => matched.method !== 'ALL')?.path ?? 'unmatched';
        const labels = { method: c.req.method, route, status: String(c.res.status) };
        this.#requests.inc(labels);
        this.#duration.observe(labels, (performance.now() - started) / 1000);
      }
    };
  }

  /** Whether an `Authorization` header carries the metrics token (SHA-256 digests compared in constant time). */
  authorized(authorization: string | undefined): boolean {
    const match = /^Bearer ([\x21-\x7e]{1,512})$/.exec(authorization?.trim() ?? '');
    return timingSafeEqual(digest(match?.[1] ?? '\0invalid'), this.#token) && match !== null;
  }

  routes(): Hono<AppEnv> {
    const app = new Hono<AppEnv>();
    app.get('/metrics', async (c) => {
      c.header('Cache-Control', 'no-store');
      if (!this.authorized(c.req.header('Authorization'))) {
        c.header('WWW-Authenticate', 'Bearer realm="chorus-metrics"');
        return apiError(c, 401, 'unauthorized', messages(c.get('locale'))('metricsToken'));
      }
      c.header('Content-Type', this.registry.contentType);
      return c.body(await this.registry.metrics());
    });
    return app;
  }
}
