import { retryAfterMs } from './http.ts';

interface HeaderSource {
  get(name: string): string | null;
}

/**
 * How long a rate-limited service asked us to wait: `Retry-After`, else the
 * reset time of its rate-limit window: Mastodon's `X-RateLimit-Reset` (an ISO
 * 8601 time), Bluesky's `RateLimit-Reset` (epoch seconds) or the IETF draft's
 * `RateLimit-Reset` (seconds from now).
 */
export function rateLimitWaitMs(headers: HeaderSource, now: number): number | undefined {
  const retry = retryAfterMs(headers.get('retry-after'), now);
  if (retry !== undefined) return retry;
  const reset = (headers.get('x-ratelimit-reset') ?? headers.get('ratelimit-reset'))?.trim();
  if (!reset) return undefined;
  if (/^\d+(\.\d+)?$/.test(reset)) {
    const value = Number(reset);
    // Epoch seconds are in the billions; a delay in seconds is never that long.
    return Math.max(0, Math.ceil(value > 1e9 ? value * 1000 - now : value * 1000));
  }
  const at = Date.parse(reset);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** A plain object of headers (as `XRPCError.headers` carries them) as something with `get`. */
export function headerSource(headers: Record<string, string | undefined> | undefined): HeaderSource {
  const lower = new Map(Object.entries(headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]));
  return { get: (name) => lower.get(name.toLowerCase()) ?? null };
}
