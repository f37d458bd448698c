import { STORY_KINDS, Story, type StoryKind, type StoryPage } from '../schema/index.ts';
import { fetchJson } from './http.ts';
import { SourceError, type RequestOptions, type StoryQuery, type StorySource } from './types.ts';

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

interface GitHubLabel {
  name?: string;
}
interface GitHubIssue {
  id: number;
  number: number;
  title: string;
  body?: string | null;
  html_url: string;
  created_at: string;
  labels?: (string | GitHubLabel)[];
  user?: { login: string; html_url?: string; avatar_url?: string } | null;
  pull_request?: unknown;
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

/** The `rel="next"` URL of a `Link` header; other relations (`last`, `deprecation`, …) are ignored. */
export function nextLink(header: string | null): string | null {
  if (!header) return null;
  for (const part of header.split(/,(?=\s*<)/)) {
    const match = /<([^>]*)>(.*)/.exec(part.trim());
    if (match?.[1] && /;\s*rel="?(?:[^";]*\s)?next(?:\s[^";]*)?"?/i.test(match[2] ?? '')) return match[1];
  }
  return null;
}

function labelName(label: string | GitHubLabel): string {
  return (typeof label === 'string' ? label : (label.name ?? '')).trim();
}

/** Maps one issue to a Story, or null for a pull request (the issues API lists both). */
export function storyFromIssue(issue: GitHubIssue): Story | null {
  if (issue.pull_request !== undefined) return null;
  const tags = (issue.labels ?? []).map(labelName).filter(Boolean);
  const kind = tags.find((tag): tag is StoryKind => (STORY_KINDS as readonly string[]).includes(tag)) ?? 'story';
  return {
    id: `github-${issue.number}`,
    kind,
    title: issue.title,
    body: issue.body ?? '',
    bodyFormat: 'markdown',
    url: issue.html_url,
    tags,
    authorName: issue.user?.login ?? 'ghost',
    authorUrl: issue.user?.html_url ?? null,
    authorAvatar: issue.user?.avatar_url ?? null,
    publishedAt: issue.created_at,
    links: [{ rel: 'github', url: issue.html_url, label: `#${issue.number}` }],
  };
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

  constructor(source: string, options: GitHubSourceOptions = {}) {
    const { repo, labels, state } = parseGitHubSource(source);
    this.#repo = repo;
    this.#labels = labels;
    this.#state = state;
    this.#api = new URL((options.apiUrl ?? 'https://api.github.com').replace(/\/+$/, '') + '/', document.baseURI).href;
    this.#options = options;
    this.label = `github ${repo}`;
  }

  get #storage(): Storage | null {
    if (this.#options.storage !== undefined) return this.#options.storage;
    try {
      return window.localStorage;
    } catch {
      return null; // Storage blocked (privacy settings, sandboxed iframe): work without the cache.
    }
  }

  #firstPageUrl(query: StoryQuery): string {
    const url = new URL(`repos/${this.#repo}/issues`, this.#api);
    const labels = [this.#labels, query.tag].filter(Boolean).join(',');
    if (labels) url.searchParams.set('labels', labels);
    if (this.#state) url.searchParams.set('state', this.#state);
    if (query.limit) url.searchParams.set('per_page', String(Math.min(100, query.limit)));
    return url.href;
  }

  #read(url: string): CachedEntry | null {
    try {
      const raw = this.#storage?.getItem(CACHE_PREFIX + url);
      return raw ? (JSON.parse(raw) as CachedEntry) : null;
    } catch {
      return null;
    }
  }

  #write(url: string, entry: CachedEntry): void {
    try {
      this.#storage?.setItem(CACHE_PREFIX + url, JSON.stringify(entry));
    } catch {
      // Storage full: the next visit simply costs one more request.
    }
  }

  async listStories(query: StoryQuery, options: RequestOptions = {}): Promise<CachedStoryPage> {
    // The cursor is GitHub's own next-page URL; only follow it on the same API host.
    const url = query.cursor && query.cursor.startsWith(this.#api.replace(/\/$/, '')) ? query.cursor : this.#firstPageUrl(query);
    const cached = this.#read(url);
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
      if (etag) this.#write(url, { etag, page });
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

/**
 * Maps an upstream answer to a page, checking each story with the shared schema: a story
 * that does not fit is left out (like a pull request), an answer that does not map is `invalid-response`.
 */
export function mapped(map: () => StoryPage, what: string): StoryPage {
  try {
    const page = map();
    const stories = page.stories.flatMap((story) => {
      const result = Story.safeParse(story);
      return result.success ? [result.data] : [];
    });
    return { stories, nextCursor: typeof page.nextCursor === 'string' ? page.nextCursor : null };
  } catch (error) {
    throw new SourceError('invalid-response', `${what} arrived in an unexpected shape`, { cause: error });
  }
}

function filterKind(page: StoryPage, query: StoryQuery): StoryPage {
  return query.kind ? { ...page, stories: page.stories.filter((story) => story.kind === query.kind) } : page;
}

/** A 403 or 429 that is GitHub's rate limit (not a private repository), as a `rate-limited` SourceError with the reset time. */
export function rateLimit(response: Response): SourceError | null {
  const { status, headers } = response;
  const exhausted = headers.get('x-ratelimit-remaining') === '0';
  if (status !== 429 && !(status === 403 && (exhausted || headers.has('retry-after')))) return null;
  const reset = Number(headers.get('x-ratelimit-reset'));
  const retryAfter = Number(headers.get('retry-after'));
  const resetAt =
    Number.isFinite(reset) && reset > 0
      ? new Date(reset * 1000)
      : Number.isFinite(retryAfter) && retryAfter > 0
        ? new Date(Date.now() + retryAfter * 1000)
        : undefined;
  return new SourceError('rate-limited', `GitHub's rate limit for this network is used up${resetAt ? ` until ${resetAt.toISOString()}` : ''}`, {
    status,
    resetAt,
    retryAfter: resetAt ? Math.max(0, Math.ceil((resetAt.getTime() - Date.now()) / 1000)) : undefined,
  });
}
