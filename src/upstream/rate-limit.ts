/** When an upstream's rate limit lets us ask again. */
export interface RateLimit {
  /** When the limit resets (`x-ratelimit-reset`, else now + `retry-after`). */
  resetAt: Date | undefined;
  /** Seconds to wait (`retry-after`, else until the reset), at least 0. */
  retryAfter: number | undefined;
}

/**
 * Whether an answer is a rate limit rather than a refusal: a 429, or GitHub's 403 with
 * `x-ratelimit-remaining: 0` or `retry-after` (a 403 without them is a private repository).
 * Null when it is not.
 */
export function rateLimitOf(status: number, headers: Headers, now = Date.now()): RateLimit | null {
  const exhausted = headers.get('x-ratelimit-remaining') === '0';
  if (status !== 429 && !(status === 403 && (exhausted || headers.has('retry-after')))) return null;
  const reset = Number(headers.get('x-ratelimit-reset'));
  const after = Number(headers.get('retry-after') ?? NaN);
  const hasReset = Number.isFinite(reset) && reset > 0;
  const hasAfter = Number.isFinite(after) && after >= 0;
  const resetAt = hasReset ? new Date(reset * 1000) : hasAfter ? new Date(now + after * 1000) : undefined;
  const retryAfter = hasAfter ? Math.ceil(after) : resetAt ? Math.max(0, Math.ceil((resetAt.getTime() - now) / 1000)) : undefined;
  return { resetAt, retryAfter };
}
