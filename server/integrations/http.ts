/**
 * One POST to another service, with every failure sorted into "try again
 * (maybe after a given time)" or "give up", so the outbox knows what to do.
 */

/** What one delivery attempt came to. */
export type Attempt =
  | { ok: true; status: number; data: unknown }
  | {
      ok: false;
      /** Timeouts, network errors, 408, 429, 5xx and rate limits are worth another try; other 4xx are not. */
      retryable: boolean;
      /** How long the service asked us to wait (Retry-After, Discord's `retry_after`, GitHub's rate-limit reset). */
      retryAfterMs?: number | undefined;
      status?: number | undefined;
      /** For the log and the moderators: never holds a token or a webhook URL. */
      error: string;
    };

export interface SendOptions {
  fetch?: typeof fetch;
  /** Per request; the outbox's lease must be longer. Default 10 s. */
  timeoutMs?: number;
  now?: () => number;
}

const MAX_ERROR = 300;

/** `Retry-After` as milliseconds: delay-seconds or an HTTP date. */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** A short, safe description of an error answer: the service's own `message` if it has one. */
function describe(status: number, text: string): string {
  let detail = '';
  try {
    const data = JSON.parse(text) as { message?: unknown; errors?: unknown };
    if (typeof data.message === 'string') detail = data.message;
    if (Array.isArray(data.errors) && data.errors.length > 0) detail += ` ${JSON.stringify(data.errors)}`;
  } catch {
    detail = text;
  }
  detail = detail.replace(/\s+/g, ' ').trim();
  return `HTTP ${status}${detail ? `: ${detail}` : ''}`.slice(0, MAX_ERROR);
}

/** Sorts an error answer: wait-and-retry, retry, or give up. */
export function classify(response: Response, text: string, now: number): Attempt & { ok: false } {
  const { status, headers } = response;
  const error = describe(status, text);
  let wait = retryAfterMs(headers.get('retry-after'), now);
  if (status === 429 && wait === undefined) {
    // Discord puts the wait (in seconds, fractional) in the JSON body as well as in the header.
    try {
      const body = JSON.parse(text) as { retry_after?: unknown };
      if (typeof body.retry_after === 'number') wait = Math.ceil(body.retry_after * 1000);
    } catch {
      // No body to read: the backoff decides.
    }
  }
  // GitHub answers a used-up rate limit with 403 (or 429) and the reset time, in epoch seconds.
  const exhausted = headers.get('x-ratelimit-remaining') === '0';
  if (exhausted && wait === undefined) {
    const reset = Number(headers.get('x-ratelimit-reset'));
    if (Number.isFinite(reset) && reset > 0) wait = Math.max(0, reset * 1000 - now);
  }
  const rateLimited = status === 429 || (status === 403 && (exhausted || headers.has('retry-after')));
  const retryable = rateLimited || status === 408 || status === 425 || status >= 500;
  return { ok: false, retryable, retryAfterMs: retryable ? wait : undefined, status, error };
}

/** POSTs JSON and reads the answer; never throws. */
export function postJson(url: string, body: unknown, headers: Record<string, string>, options: SendOptions = {}): Promise<Attempt> {
  return requestJson('POST', url, body, headers, options);
}

/** GETs JSON (a lookup before a retry); never throws. */
export function getJson(url: string, headers: Record<string, string>, options: SendOptions = {}): Promise<Attempt> {
  return requestJson('GET', url, undefined, headers, options);
}

type Method = 'GET' | 'POST' | 'PUT';

/**
 * Sends one request with a JSON body (if any) and reads the answer as text; never throws.
 * A failure to get any answer (timeout, refused connection) is worth another try. The URL
 * stays out of the message: a webhook URL, a `response_url` or a token in a path is a secret.
 * `service` names the other side in that message ("Mastodon did not answer within 10000 ms").
 */
export async function exchange(
  method: Method,
  url: string,
  body: unknown,
  headers: Record<string, string>,
  options: SendOptions,
  service?: string,
): Promise<{ ok: true; response: Response; text: string } | (Attempt & { ok: false })> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  try {
    const response = await (options.fetch ?? fetch)(url, {
      method,
      headers: { 'User-Agent': 'Chorus', Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'error',
    });
    return { ok: true, response, text: await response.text() };
  } catch (error) {
    const name = (error as Error).name;
    const timedOut = name === 'TimeoutError' || name === 'AbortError';
    const error_ = timedOut
      ? `${service ? `${service} did not answer` : 'no answer'} within ${timeoutMs} ms`
      : `${service ? `could not reach ${service}` : 'could not connect'} (${(error as Error).message})`;
    return { ok: false, retryable: true, error: error_.slice(0, MAX_ERROR) };
  }
}

/** Sends JSON and reads the answer, sorting an error answer with `classify`; never throws. */
export async function requestJson(method: Method, url: string, body: unknown, headers: Record<string, string>, options: SendOptions = {}): Promise<Attempt> {
  const answer = await exchange(method, url, body, headers, options);
  if (!answer.ok) return answer;
  const { response, text } = answer;
  if (!response.ok) return classify(response, text, (options.now ?? Date.now)());
  let data: unknown = text;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    // Slack answers a plain "ok".
  }
  return { ok: true, status: response.status, data };
}
