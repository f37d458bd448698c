import { etagOf } from './http.ts';

export interface CachedBody {
  body: string;
  etag: string;
  type: string;
}

/**
 * Serialized public answers for a few seconds, so a burst of readers costs one
 * query. A moderation decision in this process clears it at once; other
 * processes (several servers on one PostgreSQL) catch up within `ttlMs`.
 */
export class PageCache {
  readonly #ttlMs: number;
  readonly #max: number;
  readonly #now: () => number;
  readonly #entries = new Map<string, { value: CachedBody; expires: number }>();
  readonly #pending = new Map<string, Promise<CachedBody>>();
  #generation = 0;

  constructor(options: { ttlMs: number; max?: number; now?: () => number }) {
    this.#ttlMs = options.ttlMs;
    this.#max = options.max ?? 2000;
    this.#now = options.now ?? Date.now;
  }

  /** The cached answer for `key`, or `produce()`'s (shared by concurrent callers). */
  async get(key: string, type: string, produce: () => Promise<string>): Promise<CachedBody> {
    const now = this.#now();
    const hit = this.#entries.get(key);
    if (hit && hit.expires > now) return hit.value;
    const inflight = this.#pending.get(key);
    if (inflight) return inflight;
    const generation = this.#generation;
    const promise = produce()
      .then((body) => {
        const value = { body, etag: etagOf(body), type };
        if (this.#ttlMs > 0 && generation === this.#generation) {
          this.#entries.delete(key);
          this.#entries.set(key, { value, expires: this.#now() + this.#ttlMs });
          if (this.#entries.size > this.#max) this.#entries.delete(this.#entries.keys().next().value as string);
        }
        return value;
      })
      .finally(() => this.#pending.delete(key));
    if (this.#ttlMs > 0) this.#pending.set(key, promise);
    return promise;
  }

  clear(): void {
    this.#generation++;
    this.#entries.clear();
    this.#pending.clear();
  }
}
