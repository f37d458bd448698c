import type { MembershipTier, StoryKind, StoryPage, Story, StorySubmissionInput, SubmissionReceipt, ApiIssue } from '../schema/index.ts';

/** What a feed asks for. */
export interface StoryQuery {
  limit?: number;
  cursor?: string | null;
  tag?: string | null;
  kind?: StoryKind | null;
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** The reader's language (a BCP 47 tag), sent as `Accept-Language` so the server answers in it. Elements set it to their resolved locale. */
  language?: string;
}

export interface SubmitOptions extends RequestOptions {
  /** One key per draft, reused on every retry, so the server stores the story once. */
  idempotencyKey: string;
}

/**
 * Where stories come from and go to. Elements only ever talk to a StorySource
 * (never to `fetch`), so tests can hand them a fake one.
 */
export interface StorySource {
  /** A short label for logs and error messages, e.g. `chorus https://example.org/api/v1`. */
  readonly label: string;
  listStories(query: StoryQuery, options?: RequestOptions): Promise<StoryPage>;
  getStory(id: string, options?: RequestOptions): Promise<Story>;
  submit(submission: StorySubmissionInput, options: SubmitOptions): Promise<SubmissionReceipt>;
  membership(options?: RequestOptions): Promise<MembershipTier[]>;
}

export const SOURCE_ERROR_KINDS = [
  'network',
  'timeout',
  'validation',
  'rate-limited',
  'not-found',
  'unauthorized',
  'forbidden',
  'payload-too-large',
  'invalid-response',
  'unsupported',
  'server',
] as const;
/** Every way a source can fail, as one union an element can switch on. */
export type SourceErrorKind = (typeof SOURCE_ERROR_KINDS)[number];

export interface SourceErrorInit {
  status?: number;
  issues?: ApiIssue[];
  retryAfter?: number;
  resetAt?: Date;
  cause?: unknown;
}

/** The one error type every source throws (aborts excepted: those stay `AbortError`s). */
export class SourceError extends Error {
  override readonly name = 'SourceError';
  readonly kind: SourceErrorKind;
  /** HTTP status, when there was a response. */
  readonly status: number | undefined;
  /** Per-field problems (kind `validation`). */
  readonly issues: ApiIssue[];
  /** Seconds to wait before trying again (kind `rate-limited`). */
  readonly retryAfter: number | undefined;
  /** When a rate limit resets, if the service said so. */
  readonly resetAt: Date | undefined;

  constructor(kind: SourceErrorKind, message: string, init: SourceErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = kind;
    this.status = init.status;
    this.issues = init.issues ?? [];
    this.retryAfter = init.retryAfter;
    this.resetAt = init.resetAt;
  }

  /** Whether trying the same request again later may succeed. */
  get retryable(): boolean {
    return this.kind === 'network' || this.kind === 'timeout' || this.kind === 'server' || this.kind === 'rate-limited';
  }
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
