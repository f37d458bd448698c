import { SourceError, isAbortError } from '../../client/types.ts';

export interface RetryOptions {
  /** Milliseconds to wait before each retry; its length is the number of retries. */
  delays: readonly number[];
  /** Aborting stops the current try and any wait (a disconnect, a newer send). */
  signal: AbortSignal;
  /** Called before each retry, e.g. to say "still trying". */
  onRetry?(error: SourceError, attempt: number): void;
}

/** How a send ended. A failure carries the last error; offline and aborted are told apart so callers can say so. */
export type SendOutcome<T> = { ok: true; value: T } | { ok: false; reason: 'offline' | 'aborted' } | { ok: false; reason: 'failed'; error: SourceError };

// A function, not a constant: the answer changes between two reads in the same send.
const offline = () => navigator.onLine === false;

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}

/**
 * Sends, and tries again after a network failure, a timeout or a 5xx, waiting
 * `delays[n]` before try n+1. Never retries what cannot succeed by repeating it
 * (a validation error, a rate limit, a refusal): those end the send at once.
 * A browser that says it is offline ends it too, before or after a try. The send
 * must be idempotent (the story form sends one Idempotency-Key per draft).
 */
export async function sendWithRetry<T>(send: (signal: AbortSignal) => Promise<T>, options: RetryOptions): Promise<SendOutcome<T>> {
  const { signal } = options;
  for (let attempt = 0; ; attempt++) {
    if (offline()) return { ok: false, reason: 'offline' };
    try {
      return { ok: true, value: await send(signal) };
    } catch (caught) {
      if (signal.aborted || isAbortError(caught)) return { ok: false, reason: 'aborted' };
      const error = caught instanceof SourceError ? caught : new SourceError('invalid-response', String(caught));
      if (error.kind === 'network' && offline()) return { ok: false, reason: 'offline' };
      const delay = options.delays[attempt];
      if (!['network', 'timeout', 'server'].includes(error.kind) || delay === undefined) return { ok: false, reason: 'failed', error };
      options.onRetry?.(error, attempt + 1);
      await wait(delay, signal);
      if (signal.aborted) return { ok: false, reason: 'aborted' };
    }
  }
}
