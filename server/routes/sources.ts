/**
 * `GET /sources/github` and `GET /sources/discourse`: the feed's GitHub and
 * Discourse sources read once on the server for every reader. Each upstream
 * page is kept for `ttlMs` and then asked for again with `If-None-Match`, so a
 * busy page costs one upstream request a minute (and a 304 costs GitHub's
 * rate limit nothing), and a forum needs no CORS setting. Only repositories
 * and forums in the allowlist are fetched.
 */
import { Hono } from 'hono';
import { discourseListing, pageFromTopicList } from '../../src/upstream/discourse.ts';
import { storyFromIssue } from '../../src/upstream/github.ts';
import { nextLink } from '../../src/upstream/link-header.ts';
import { rateLimitOf } from '../../src/upstream/rate-limit.ts';
import { excerptOf } from '../../src/upstream/rich-text-tree.ts';
import { Story, StoryKind, type StoryPage } from '../../src/schema/index.ts';
import { sourcesStrings as strings } from '../sources.strings.ts';
import { apiError, cachedResponse, etagOf, silentLogger, type AppContext, type AppEnv, type Logger } from '../http.ts';

export interface SourceOptions {
  /** `github:OWNER/REPO` and `discourse:https://forum.example.org[/path]` entries (`CHORUS_SOURCE_ALLOWLIST`). */
  allowlist?: string[];
  /** Default `https://api.github.com`. */
  githubApiUrl?: string;
  /** Sent to GitHub when set: 5,000 requests an hour instead of 60. */
  githubToken?: string | undefined;
  /** How long an upstream page is served without asking again. Default 60 s. */
  ttlMs?: number;
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** Upstream pages kept at most. Default 500. */
  maxEntries?: number;
}

const REPO = /^[\w.-]+\/[\w.-]+$/;
const TAG = /^[^,\s]{1,50}$/;

interface Entry {
  /** The mapped page, serialized (before this request's kind/tag filter). */
  page: StoryPage;
  etag: string | null;
  fetchedAt: number;
}

/** An upstream answer we could not use. */
class UpstreamError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly retryAfter?: string,
  ) {
    super(message);
  }
}

/**
 * The query parameters each upstream's next-page address uses, with the values
 * they take. A cursor with any other parameter, or the same one twice, is refused:
 * each variant (`&x=1`, `&x=2`, …) would miss the cache and spend the upstream's
 * rate limit.
 */
const GITHUB_CURSOR: Record<string, RegExp> = {
  labels: /^[^\s,][^,]{0,49}(,[^\s,][^,]{0,49}){0,9}$/u,
  state: /^(open|closed|all)$/,
  per_page: /^([1-9]|[1-9]\d|100)$/,
  page: /^[1-9]\d{0,4}$/,
};
const DISCOURSE_CURSOR: Record<string, RegExp> = {
  page: /^\d{1,5}$/,
  order: /^[a-z_]{1,30}$/,
  ascending: /^(true|false)$/,
  no_definitions: /^(true|false)$/,
};

/** The cursor with its parameters in one order (so equal pages share a cache entry), or null if any is not one the upstream uses. */
export function canonicalCursor(url: URL, allowed: Record<string, RegExp>): string | null {
  const params = [...url.searchParams];
  const seen = new Set<string>();
  for (const [key, value] of params) {
    const rule = allowed[key];
    if (!rule || seen.has(key) || !rule.test(value)) return null;
    seen.add(key);
  }
  if (url.hash || url.username || url.password) return null;
  const canonical = new URL(`${url.origin}${url.pathname}`);
  for (const key of Object.keys(allowed)) {
    const value = url.searchParams.get(key);
    if (value !== null) canonical.searchParams.set(key, value);
  }
  return canonical.href;
}

/** Parses the allowlist: GitHub repos (case-insensitive) and forum URL prefixes. */
export function parseAllowlist(entries: string[]) {
  const repos = new Set<string>();
  const forums: URL[] = [];
  for (const entry of entries) {
    if (entry.startsWith('github:')) repos.add(entry.slice(7).toLowerCase());
    else if (entry.startsWith('discourse:')) {
      try {
        const url = new URL(entry.slice(10));
        url.pathname = url.pathname.replace(/\/*$/, '/');
        forums.push(url);
      } catch {
        // env.ts checked the form; an entry that is no URL allows nothing.
      }
    }
  }
  return {
    repo: (repo: string) => repos.has(repo.toLowerCase()),
    /** Whether `url` is on an allowed forum (same origin, under its path). */
    forum: (url: URL) => forums.some((forum) => forum.origin === url.origin && `${url.pathname.replace(/\/*$/, '')}/`.startsWith(forum.pathname)),
  };
}

export function sourceRoutes(deps: SourceOptions & { now: () => number; logger?: Logger }): Hono<AppEnv> {
  const { now } = deps;
  const logger = deps.logger ?? silentLogger;
  const ttlMs = deps.ttlMs ?? 60_000;
  const timeoutMs = deps.timeoutMs ?? 10_000;
  const maxEntries = deps.maxEntries ?? 500;
  const api = (deps.githubApiUrl ?? 'https://api.github.com').replace(/\/+$/, '');
  const allowed = parseAllowlist(deps.allowlist ?? []);
  const entries = new Map<string, Entry>();
  const inflight = new Map<string, Promise<Entry>>();

  async function fetchUpstream(url: string, headers: Record<string, string>, map: (data: unknown, response: Response) => StoryPage): Promise<Entry> {
    const cached = entries.get(url);
    if (cached && now() - cached.fetchedAt < ttlMs) return cached;
    const running = inflight.get(url);
    if (running) return running;
    const request = (async (): Promise<Entry> => {
      const conditional: Record<string, string> = { 'User-Agent': 'Chorus read-through', ...headers };
      if (cached?.etag) conditional['If-None-Match'] = cached.etag;
      let response: Response;
      try {
        response = await (deps.fetch ?? fetch)(url, { headers: conditional, signal: AbortSignal.timeout(timeoutMs), redirect: 'error' });
      } catch (error) {
        throw new UpstreamError(502, `no answer from ${new URL(url).host}: ${(error as Error).message}`);
      }
      if (response.status === 304 && cached) {
        const fresh = { ...cached, fetchedAt: now() };
        remember(url, fresh);
        return fresh;
      }
      if (!response.ok) {
        await response.body?.cancel();
        const limited = rateLimitOf(response.status, response.headers, now());
        if (limited) {
          const retryAfter = limited.retryAfter === undefined ? undefined : String(Math.max(1, limited.retryAfter));
          throw new UpstreamError(503, `${new URL(url).host} is rate limiting`, retryAfter);
        }
        throw new UpstreamError(response.status === 404 ? 404 : 502, `${new URL(url).host} answered ${response.status}`);
      }
      let data: unknown;
      try {
        data = await response.json();
      } catch {
        throw new UpstreamError(502, `${new URL(url).host} did not answer with JSON`);
      }
      const page = map(data, response);
      const entry = { page, etag: response.headers.get('ETag'), fetchedAt: now() };
      remember(url, entry);
      return entry;
    })();
    inflight.set(url, request);
    try {
      return await request;
    } catch (error) {
      // An upstream that is down or refusing: readers keep the last good page.
      if (cached) {
        logger.log('warn', 'read-through: serving a stale page', { upstream: new URL(url).host, error: (error as Error).message });
        return cached;
      }
      throw error;
    } finally {
      inflight.delete(url);
    }
  }

  function remember(url: string, entry: Entry): void {
    entries.delete(url);
    entries.set(url, entry);
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
  }

  /** Only stories that pass the shared schema reach a reader, each with its plain-text excerpt (the feed then needs no parser). */
  const valid = (stories: unknown[]): Story[] =>
    stories.flatMap((story) => {
      const parsed = Story.safeParse(story);
      return parsed.success ? [{ ...parsed.data, excerpt: excerptOf(parsed.data) }] : [];
    });

  function answer(c: AppContext, entry: Entry, filter: { kind?: string | undefined; tag?: string | undefined }): Response {
    const stories = entry.page.stories.filter((story) => (!filter.kind || story.kind === filter.kind) && (!filter.tag || story.tags.includes(filter.tag)));
    const body = JSON.stringify({ stories, nextCursor: entry.page.nextCursor });
    return cachedResponse(c, { body, etag: etagOf(body), type: 'application/json; charset=utf-8' }, `public, max-age=${Math.round(ttlMs / 1000)}`);
  }

  function failure(c: AppContext, error: unknown): Response {
    const t = strings(c.get('locale'));
    if (!(error instanceof UpstreamError)) throw error;
    logger.log('warn', 'read-through: upstream failed', { requestId: c.get('requestId'), error: error.message });
    if (error.status === 404) return apiError(c, 404, 'not_found', t('upstreamNotFound'));
    if (error.status === 503) {
      if (error.retryAfter) c.header('Retry-After', error.retryAfter);
      return apiError(c, 503, 'unavailable', t('upstreamLimited'));
    }
    return apiError(c, 502, 'unavailable', t('upstream'));
  }

  /** Shared checks: `kind`, `tag` and `limit`; an error response, or the parsed values. */
  function common(c: AppContext) {
    const t = strings(c.get('locale'));
    const kind = c.req.query('kind') || undefined;
    if (kind !== undefined && !StoryKind.safeParse(kind).success) {
      return { error: apiError(c, 422, 'validation', t('kind'), [{ path: ['kind'], message: t('kind'), code: 'kind.invalid' }]) };
    }
    const tag = c.req.query('tag') || undefined;
    const rawLimit = Number(c.req.query('limit') ?? '');
    const limit = Number.isInteger(rawLimit) && rawLimit > 0 ? Math.min(100, rawLimit) : undefined;
    return { kind, tag: tag && TAG.test(tag) ? tag : undefined, limit };
  }

  const app = new Hono<AppEnv>();

  app.get('/github', async (c) => {
    const t = strings(c.get('locale'));
    const repo = c.req.query('repo') ?? '';
    if (!REPO.test(repo)) return apiError(c, 422, 'validation', t('repo'), [{ path: ['repo'], message: t('repo'), code: 'repo.invalid' }]);
    if (!allowed.repo(repo)) return apiError(c, 403, 'forbidden', t('notAllowed'));
    const options = common(c);
    if ('error' in options) return options.error;
    const base = `${api}/repos/${repo}/issues`;
    let url: string;
    const cursor = c.req.query('cursor');
    if (cursor) {
      // The cursor is GitHub's own next-page address, for this repository only.
      const parsed = URL.canParse(cursor) ? new URL(cursor) : null;
      const canonical = parsed && `${parsed.origin}${parsed.pathname}`.toLowerCase() === base.toLowerCase() ? canonicalCursor(parsed, GITHUB_CURSOR) : null;
      if (!canonical) return apiError(c, 422, 'validation', t('cursor'), [{ path: ['cursor'], message: t('cursor'), code: 'cursor.invalid' }]);
      url = canonical;
    } else {
      const first = new URL(base);
      const labels = [c.req.query('labels'), options.tag]
        .filter(Boolean)
        .join(',')
        .split(',')
        .map((label) => label.trim())
        .filter(Boolean);
      if (labels.length) first.searchParams.set('labels', [...new Set(labels)].join(','));
      const state = c.req.query('state');
      if (state === 'open' || state === 'closed' || state === 'all') first.searchParams.set('state', state);
      if (options.limit) first.searchParams.set('per_page', String(options.limit));
      url = first.href;
    }
    const headers: Record<string, string> = { Accept: 'application/vnd.github+json', 'X-GitHub-Api-Version': '2022-11-28' };
    if (deps.githubToken) headers.Authorization = `Bearer ${deps.githubToken}`;
    try {
      const entry = await fetchUpstream(url, headers, (data, response) => {
        if (!Array.isArray(data)) throw new UpstreamError(502, 'GitHub sent issues in an unexpected shape');
        const next = nextLink(response.headers.get('Link'));
        return {
          stories: valid(data.map((issue) => storyFromIssue(issue as Parameters<typeof storyFromIssue>[0])).filter((story) => story !== null)),
          // GitHub's next page may name the repository by number; keep its query on the repository's own path, so the cursor passes the check above.
          nextCursor: next && URL.canParse(next) ? `${base}${new URL(next).search}` : null,
        };
      });
      return answer(c, entry, { kind: options.kind });
    } catch (error) {
      return failure(c, error);
    }
  });

  app.get('/discourse', async (c) => {
    const t = strings(c.get('locale'));
    const raw = (c.req.query('url') ?? '').replace(/^discourse:/, '');
    let listUrl: string;
    let forumBase: string;
    try {
      ({ listUrl, base: forumBase } = discourseListing(raw));
    } catch {
      return apiError(c, 422, 'validation', t('url'), [{ path: ['url'], message: t('url'), code: 'url.invalid' }]);
    }
    if (!allowed.forum(new URL(listUrl))) return apiError(c, 403, 'forbidden', t('notAllowed'));
    const options = common(c);
    if ('error' in options) return options.error;
    let url = listUrl;
    const cursor = c.req.query('cursor');
    if (cursor) {
      // The cursor is the forum's own next-page address; never another host or an unlisted path.
      const parsed = URL.canParse(cursor) ? new URL(cursor) : null;
      const onForum = parsed && parsed.origin === new URL(forumBase).origin && allowed.forum(parsed) && parsed.pathname.endsWith('.json');
      const canonical = onForum ? canonicalCursor(parsed, DISCOURSE_CURSOR) : null;
      if (!canonical) return apiError(c, 422, 'validation', t('cursor'), [{ path: ['cursor'], message: t('cursor'), code: 'cursor.invalid' }]);
      url = canonical;
    }
    try {
      const entry = await fetchUpstream(url, { Accept: 'application/json' }, (data) => {
        if (!data || typeof data !== 'object') throw new UpstreamError(502, 'the forum sent topics in an unexpected shape');
        const page = pageFromTopicList(data as Parameters<typeof pageFromTopicList>[0], forumBase);
        return { stories: valid(page.stories), nextCursor: page.nextCursor };
      });
      return answer(c, entry, options);
    } catch (error) {
      return failure(c, error);
    }
  });

  return app;
}
