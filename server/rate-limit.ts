export type RateDecision = { ok: true } | { ok: false; retryAfter: number };

/** The whole minutes a message asks a client to wait for `retryAfter` seconds: at least one. */
export function minutesToWait(retryAfter: number): number {
  return Math.max(1, Math.ceil(retryAfter / 60));
}

/** Counts submissions per client; `retryAfter` (seconds) when the client is over its limit. */
export interface SubmissionLimiter {
  take(client: string, idempotencyKey?: string): RateDecision | Promise<RateDecision>;
}

/**
 * Submissions per client in a sliding window, in memory: right for one server
 * process (PGlite). Several servers on one PostgreSQL count in the database
 * instead (store/rate-limit-store.ts). A retry with an idempotency key already
 * counted is free, so a flaky connection never locks a person out.
 */
export class RateLimiter implements SubmissionLimiter {
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #now: () => number;
  readonly #clients = new Map<string, { times: number[]; keys: Set<string> }>();
  #lastSweep = 0;

  constructor(options: { limit: number; windowMs: number; now?: () => number }) {
    this.#limit = options.limit;
    this.#windowMs = options.windowMs;
    this.#now = options.now ?? Date.now;
  }

  /** Counts one submission; `retryAfter` (seconds) when the client is over its limit. */
  take(client: string, idempotencyKey?: string): RateDecision {
    if (this.#limit <= 0) return { ok: true };
    const now = this.#now();
    this.#sweep(now);
    const entry = this.#clients.get(client) ?? { times: [], keys: new Set<string>() };
    entry.times = entry.times.filter((time) => time > now - this.#windowMs);
    if (entry.times.length === 0) entry.keys.clear();
    if (idempotencyKey && entry.keys.has(idempotencyKey)) return { ok: true };
    if (entry.times.length >= this.#limit) {
      const oldest = entry.times[0] ?? now;
      return { ok: false, retryAfter: Math.max(1, Math.ceil((oldest + this.#windowMs - now) / 1000)) };
    }
    entry.times.push(now);
    if (idempotencyKey) entry.keys.add(idempotencyKey);
    this.#clients.set(client, entry);
    return { ok: true };
  }

  #sweep(now: number): void {
    if (now - this.#lastSweep < this.#windowMs) return;
    this.#lastSweep = now;
    for (const [client, entry] of this.#clients) if (entry.times.every((time) => time <= now - this.#windowMs)) this.#clients.delete(client);
  }
}
