import type { Poll } from '../../schema/poll.ts';
import { SourceError, type SourceErrorKind } from '../../client/types.ts';
import { safeStorage } from '../../shared/storage.ts';

/**
 * How `<chorus-poll>` talks to a Chorus server: read a poll, vote, follow its
 * live results. Written for the poll alone rather than on `client/http.ts`: that
 * module brings the stories' response checks (the `client` chunk, about 3 KB
 * gzipped), which would spend half of the poll's size budget on shapes it never reads.
 */
export interface PollClient {
  /** `GET /polls/{id}?voter=`: the poll as this browser sees it. */
  read(id: string, voter: string, signal?: AbortSignal): Promise<Poll>;
  /** `POST /polls/{id}/votes`: the poll as this browser now sees it, with counts and `choice`. */
  vote(id: string, options: string[], voter: string): Promise<Poll>;
  /** `GET /polls/{id}/events?voter=`: `poll`, `closed` and `deleted` events whose `data` is JSON. */
  events(id: string, voter: string): PollStream;
}

/** What the element needs of an EventSource (tests and Storybook hand it their own). */
export interface PollStream extends EventTarget {
  close(): void;
}

/** Where the voter token lives: one per browser, for every poll (the server salts it per poll). */
export const VOTER_KEY = 'chorus-voter';
// The same rule as VOTER_TOKEN in schema/poll.ts, which would bring zod with it.
const TOKEN = /^[A-Za-z0-9_-]{16,128}$/;
let pageToken: string | undefined;

/**
 * This browser's voter token: read from `localStorage`, made once with
 * `crypto.randomUUID()` when there is none. Without storage, one token for the page.
 */
export function voterToken(): string {
  const storage = safeStorage('local');
  const stored = storage.readText(VOTER_KEY);
  if (stored && TOKEN.test(stored)) return stored;
  pageToken ??= crypto.randomUUID();
  storage.writeText(VOTER_KEY, pageToken);
  return pageToken;
}

const KINDS: Record<number, SourceErrorKind> = {
  400: 'validation',
  403: 'forbidden',
  404: 'not-found',
  413: 'payload-too-large',
  422: 'validation',
  429: 'rate-limited',
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isCount = (value: unknown) => value === undefined || (typeof value === 'number' && Number.isInteger(value) && value >= 0);

/**
 * Whether a server's answer is a `Poll`. Hand-written (the generated checks live in
 * the `client` chunk, see above); it checks what the element reads.
 */
export function isPoll(value: unknown): value is Poll {
  if (!isRecord(value) || typeof value.id !== 'string' || typeof value.question !== 'string') return false;
  if (typeof value.multiple !== 'boolean' || typeof value.closed !== 'boolean' || typeof value.resultsBeforeVote !== 'boolean') return false;
  if (!Array.isArray(value.options) || !isCount(value.total)) return false;
  if (value.choice !== undefined && !(Array.isArray(value.choice) && value.choice.every((id) => typeof id === 'string'))) return false;
  if (value.closesAt !== null && typeof value.closesAt !== 'string') return false;
  return value.options.every((option) => isRecord(option) && typeof option.id === 'string' && typeof option.text === 'string' && isCount(option.votes));
}

async function request(url: string, init: RequestInit = {}): Promise<Poll> {
  const host = new URL(url, location.href).host;
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers: { Accept: 'application/json', ...init.headers }, signal: init.signal ?? AbortSignal.timeout(15_000) });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    const timeout = error instanceof DOMException && error.name === 'TimeoutError';
    throw new SourceError(timeout ? 'timeout' : 'network', `${timeout ? 'No answer from' : 'Could not reach'} ${host}`, { cause: error });
  }
  const data: unknown = await response.json().catch(() => undefined);
  if (response.ok) {
    if (isPoll(data)) return data;
    throw new SourceError('invalid-response', `${host} sent a poll in an unexpected shape`, { status: response.status });
  }
  const error = isRecord(data) && isRecord(data.error) ? data.error : {};
  const seconds = Number(response.headers.get('Retry-After'));
  return Promise.reject(
    new SourceError(
      KINDS[response.status] ?? (response.status >= 500 ? 'server' : 'invalid-response'),
      typeof error.message === 'string' ? error.message : `${response.status}`,
      {
        status: response.status,
        issues: Array.isArray(error.issues) ? (error.issues as SourceError['issues']) : [],
        ...(seconds > 0 ? { retryAfter: Math.ceil(seconds) } : {}),
      },
    ),
  );
}

/** A PollClient for a Chorus API base URL (`https://…/api/v1`). */
export function httpPollClient(endpoint: string): PollClient {
  const base = new URL(endpoint.replace(/\/*$/, '/'), document.baseURI);
  const url = (id: string, path = '', voter?: string) => {
    const target = new URL(`polls/${encodeURIComponent(id)}${path}`, base);
    if (voter) target.searchParams.set('voter', voter);
    return target.href;
  };
  return {
    read: (id, voter, signal) => request(url(id, '', voter), signal ? { signal } : {}),
    vote: (id, options, voter) =>
      request(url(id, '/votes'), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ options, voter }) }),
    events: (id, voter) => new EventSource(url(id, '/events', voter)),
  };
}
