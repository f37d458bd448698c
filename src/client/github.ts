import type { Story, StoryPage } from '../schema/index.ts';
import { safeStorage, type SafeStorage } from '../shared/storage.ts';
import { storyFromIssue, type GitHubIssue } from '../upstream/github.ts';
import { nextLink } from '../upstream/link-header.ts';
import { rateLimitOf } from '../upstream/rate-limit.ts';
import { fetchJson } from './http.ts';
import { ReadThroughSource } from './read-through.ts';
import { SourceError, type RequestOptions, type StoryQuery, type StorySource } from './types.ts';
import { mapped } from './upstream-page.ts';

export interface GitHubSourceOptions {
  /** The REST API root (default `https://api.github.com`; GitHub Enterprise: `https://HOST/api/v3`). */
  apiUrl?: string;
  /** Where page ETags are kept (default `localStorage`; null turns the cache off). */
  storage?: Storage | null;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/** A page of stories that may be served from the cache because GitHub refused a fresh one. */
export interface CachedStoryPage extends StoryPage {
  /** Why these stories may be out of date (GitHub's rate limit). */
  stale?: SourceError;
}

interface CachedEntry {
  etag: string;
  page: StoryPage;
}

const CACHE_PREFIX = 'chorus:github:';

/** `github:OWNER/REPO?labels=story&state=open` → its parts. */
export function parseGitHubSource(source: string): { repo: string; labels: string | null; state: string | null } {
  const match = /^github:([\w.-]+\/[\w.-]+)(?:\?(.*))?$/.exec(source.trim());
  if (!match?.[1]) throw new SourceError('unsupported', `"${source}" is not a GitHub source: write github:OWNER/REPO?labels=story`);
  const params = new URLSearchParams(match[2] ?? '');
  return { repo: match[1], labels: params.get('labels'), state: params.get('state') };
}

/**
 * GitHub Issues as stories, read straight from the browser. Unauthenticated
 * callers get 60 requests an hour, so every page is kept with its ETag and
 * asked for again with `If-None-Match`: a 304 does not count against the limit.
 */
export class GitHubSource implements StorySource {
  readonly label: string;
  readonly #repo: string;
  readonly #labels: string | null;
  readonly #state: string | null;
  readonly #api: string;
  readonly #options: GitHubSourceOptions;
  readonly #cache: SafeStorage;

  constructor(source: string, options: GitHubSourceOptions = {}) {
    const { repo, labels, state } = parseGitHubSource(source);
    this.#repo = repo;
    this.#labels = labels;
    this.#state = state;
    this.#api = new URL((options.apiUrl ?? 'https://api.github.com').replace(/\/+$/, '') + '/', document.baseURI).href;
    this.#options = options;
    this.#cache = safeStorage(options.storage === undefined ? 'local' : options.storage);
    this.label = `github ${repo}`;
  }

  #firstPageUrl(query: StoryQuery): string {
    const url = new URL(`repos/${this.#repo}/issues`, this.#api);
    // A kind is a label (`news`, `event`, `boost`), so GitHub filters by it; `story` is also every issue without one, so it is filtered here after reading.
    const kindLabel = query.kind && query.kind !== 'story' ? query.kind : null;
    const labels = [this.#labels, query.tag, kindLabel].filter(Boolean).join(',');
    if (labels) url.searchParams.set('labels', labels);
    if (this.#state) url.searchParams.set('state', this.#state);
    if (query.limit) url.searchParams.set('per_page', String(Math.min(100, query.limit)));
    return url.href;
  }

  async listStories(query: StoryQuery, options: RequestOptions = {}): Promise<CachedStoryPage> {
    // The cursor is GitHub's own next-page URL; only follow it on the same API host.
    const url = query.cursor && query.cursor.startsWith(this.#api.replace(/\/$/, '')) ? query.cursor : this.#firstPageUrl(query);
    const cached = this.#cache.read<CachedEntry>(CACHE_PREFIX + url);
    let response: Response | undefined;
    const capture = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      response = await (this.#options.fetch ?? fetch)(input, init);
      return response;
    };
    try {
      const headers: Record<string, string> = { Accept: 'application/vnd.github+json' };
      if (cached?.etag) headers['If-None-Match'] = cached.etag;
      const result = await fetchJson(url, { headers, signal: options.signal, timeoutMs: this.#options.timeoutMs, fetch: capture });
      if (result.status === 304 && cached) return filterKind(cached.page, query);
      if (!Array.isArray(result.data)) throw new SourceError('invalid-response', `GitHub sent ${this.#repo}'s issues in an unexpected shape`);
      const page = mapped(
        () => ({
          stories: (result.data as GitHubIssue[]).map(storyFromIssue).filter((story): story is Story => story !== null),
          nextCursor: nextLink(result.headers.get('Link')),
        }),
        `GitHub's issues of ${this.#repo}`,
      );
      const etag = result.headers.get('ETag');
      // Storage full: the next visit simply costs one more request.
      if (etag) this.#cache.write(CACHE_PREFIX + url, { etag, page } satisfies CachedEntry);
      return filterKind(page, query);
    } catch (error) {
      const limited = response && rateLimit(response);
      if (!limited) throw error;
      if (cached) return { ...filterKind(cached.page, query), stale: limited };
      throw limited;
    }
  }

  async getStory(id: string, options: RequestOptions = {}): Promise<Story> {
    const number = /^(?:github-)?(\d+)$/.exec(id)?.[1];
    if (!number) throw new SourceError('not-found', `No issue ${id} in ${this.#repo}`);
    const { data } = await fetchJson(new URL(`repos/${this.#repo}/issues/${number}`, this.#api).href, {
      headers: { Accept: 'application/vnd.github+json' },
      signal: options.signal,
      timeoutMs: this.#options.timeoutMs,
      fetch: this.#options.fetch,
    });
    const story = data && typeof data === 'object' ? storyFromIssue(data as GitHubIssue) : null;
    if (!story) throw new SourceError('not-found', `Issue ${number} in ${this.#repo} is not a story`);
    return story;
  }

  async submit(): Promise<never> {
    throw new SourceError('unsupported', 'A GitHub source is read-only: send stories to a Chorus endpoint');
  }

  async membership(): Promise<never> {
    throw new SourceError('unsupported', 'A GitHub source has no membership tiers');
  }
}

function filterKind(page: StoryPage, query: StoryQuery): StoryPage {
  return query.kind ? { ...page, stories: page.stories.filter((story) => story.kind === query.kind) } : page;
}

/** A 403 or 429 that is GitHub's rate limit (not a private repository), as a `rate-limited` SourceError with the reset time. */
export function rateLimit(response: Response): SourceError | null {
  const limit = rateLimitOf(response.status, response.headers);
  if (!limit) return null;
  const { resetAt, retryAfter } = limit;
  return new SourceError('rate-limited', `GitHub's rate limit for this network is used up${resetAt ? ` until ${resetAt.toISOString()}` : ''}`, {
    status: response.status,
    resetAt,
    retryAfter,
  });
}

/** A `github:` source: straight from GitHub, or through a Chorus server's read-through when `via` is set. */
export function githubSource(source: string, via: string | null | undefined): StorySource {
  if (!via) return new GitHubSource(source);
  const { repo, labels, state } = parseGitHubSource(source);
  return new ReadThroughSource(via, 'github', { repo, labels, state });
}
