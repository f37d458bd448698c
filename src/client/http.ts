import type { CheckIssue } from './check.ts';
import { ApiError } from './schema-checks.ts';
import { localeNow } from '../shared/locale.ts';
import { SourceError, isAbortError, type SourceErrorKind } from './types.ts';

export interface FetchJsonOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: unknown;
  signal?: AbortSignal | undefined;
  /** Give up after this many ms (default 15 s): a spinner forever is worse than a clear error. */
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** Sent as `Accept-Language`; default the language Chorus resolves for the document. */
  language?: string | undefined;
}

export interface JsonResponse {
  status: number;
  headers: Headers;
  data: unknown;
}

const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * The document's language as Chorus resolves it (English for one it lacks): what a request sends
 * when its caller names none. Elements always name theirs; before the matcher has loaded, a
 * language other than English goes as the page spells it, which the server matches itself.
 */
function documentLanguage(): string {
  const lang = (typeof document === 'undefined' ? '' : document.documentElement.lang.trim()) || 'en';
  return localeNow(lang) ?? lang;
}

/**
 * `fetch` for JSON APIs: a timeout, abort that stays an AbortError, and every
 * failure turned into a SourceError with the server's own message and issues.
 * A 304 resolves (with `data: undefined`) so a caller can use its cached copy.
 */
export async function fetchJson(url: string, options: FetchJsonOptions = {}): Promise<JsonResponse> {
  const timeout = AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': options.language ?? documentLanguage(), ...options.headers };
  const init: RequestInit = { method: options.method ?? 'GET', headers, signal };
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, init);
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason ?? new DOMException('Aborted', 'AbortError');
    if (timeout.aborted || (error instanceof DOMException && error.name === 'TimeoutError')) {
      throw new SourceError('timeout', `No answer from ${new URL(url, location.href).host} in time`, { cause: error });
    }
    if (isAbortError(error)) throw error;
    throw new SourceError('network', `Could not reach ${new URL(url, location.href).host}`, { cause: error });
  }
  if (response.status === 304) return { status: 304, headers: response.headers, data: undefined };
  const data = await readJson(response, signal);
  if (response.ok) return { status: response.status, headers: response.headers, data };
  throw errorFromResponse(response, data);
}

async function readJson(response: Response, signal: AbortSignal): Promise<unknown> {
  const text = await response.text().catch((error: unknown) => {
    if (signal.aborted) throw signal.reason;
    throw new SourceError('network', 'The connection broke while reading the answer', { cause: error });
  });
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    if (!response.ok) return undefined;
    throw new SourceError('invalid-response', 'The server answered with something that is not JSON', { status: response.status, cause: error });
  }
}

const KIND_BY_STATUS: Record<number, SourceErrorKind> = {
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  413: 'payload-too-large',
  422: 'validation',
  400: 'validation',
  429: 'rate-limited',
};

/** Maps an error response (any API, including the Chorus error shape) to a SourceError. */
export function errorFromResponse(response: Response, data: unknown): SourceError {
  const parsed = ApiError.safeParse(data);
  const kind = KIND_BY_STATUS[response.status] ?? (response.status >= 500 ? 'server' : 'invalid-response');
  const message = parsed.success ? parsed.data.error.message : `${response.status} ${response.statusText}`.trim();
  const issues = parsed.success ? (parsed.data.error.issues ?? []) : [];
  return new SourceError(kind, message, {
    status: response.status,
    issues,
    retryAfter: retryAfterSeconds(response.headers.get('Retry-After')),
  });
}

/** `Retry-After` is either seconds or an HTTP date. */
export function retryAfterSeconds(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/** Validates what a service sent; a mismatch is the service's fault, reported as `invalid-response`. */
export function expectShape<T>(
  schema: { safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: readonly Pick<CheckIssue, 'path'>[] } } },
  data: unknown,
  what: string,
): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const first = result.error.issues[0];
  throw new SourceError('invalid-response', `The server sent ${what} in an unexpected shape${first ? ` (at ${first.path.join('.') || 'top level'})` : ''}`);
}
