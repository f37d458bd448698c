import { createHmac, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { RateDecision, SubmissionLimiter } from '../rate-limit.ts';
import type { KyselyStoryStore } from './kysely-store.ts';

const KEY_SETTING = 'rate_limit_hmac_key';
/** The first key of PostgreSQL's two-key advisory locks, so these never meet another lock (Kysely's migration lock uses the one-key form). */
const LOCK_CLASS = 0x43687273; // "Chrs"

/**
 * The submission rate limit counted in the database, so N servers on one
 * PostgreSQL allow the limit once in total, not N times. Each decision takes
 * a transaction-scoped advisory lock on the client, counts its rows inside
 * the window and adds one, so concurrent requests on different servers are
 * counted one after another. A client is stored as an HMAC of its address
 * under a random per-database key, never as the address, and its rows are
 * deleted once they leave the window.
 */
export class DatabaseRateLimiter implements SubmissionLimiter {
  readonly #store: KyselyStoryStore;
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #now: () => number;
  #key: Promise<Buffer> | undefined;
  #lastSweep = 0;

  constructor(options: { store: KyselyStoryStore; limit: number; windowMs: number; now?: () => number }) {
    this.#store = options.store;
    this.#limit = options.limit;
    this.#windowMs = options.windowMs;
    this.#now = options.now ?? Date.now;
  }

  async take(client: string, idempotencyKey?: string): Promise<RateDecision> {
    if (this.#limit <= 0) return { ok: true };
    const id = createHmac('sha256', await this.#hmacKey())
      .update(client)
      .digest('base64url');
    const now = this.#now();
    const since = new Date(now - this.#windowMs);
    const decision = await this.#store.db.transaction().execute(async (tx): Promise<RateDecision> => {
      await sql`select pg_advisory_xact_lock(${LOCK_CLASS}::int, hashtext(${id}))`.execute(tx);
      const hits = await tx
        .selectFrom('rate_limit_hits')
        .select(['at', 'idempotency_key'])
        .where('client', '=', id)
        .where('at', '>', since)
        .orderBy('at')
        .execute();
      if (idempotencyKey && hits.some((hit) => hit.idempotency_key === idempotencyKey)) return { ok: true };
      if (hits.length >= this.#limit) {
        const oldest = hits[0]?.at.getTime() ?? now;
        return { ok: false, retryAfter: Math.max(1, Math.ceil((oldest + this.#windowMs - now) / 1000)) };
      }
      await tx
        .insertInto('rate_limit_hits')
        .values({ client: id, at: new Date(now), idempotency_key: idempotencyKey ?? null })
        .execute();
      return { ok: true };
    });
    if (now - this.#lastSweep >= this.#windowMs) {
      this.#lastSweep = now;
      await this.#store.db.deleteFrom('rate_limit_hits').where('at', '<=', since).execute();
    }
    return decision;
  }

  /** The HMAC key every server on the database shares: made by whichever asks first. */
  #hmacKey(): Promise<Buffer> {
    this.#key ??= this.#store.putSettingIfAbsent(KEY_SETTING, randomBytes(32).toString('hex')).then((hex) => Buffer.from(hex, 'hex'));
    return this.#key;
  }
}
