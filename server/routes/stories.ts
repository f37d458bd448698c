import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { StoryKind, StorySubmission, localizeIssues, type ApiIssue, type DeliveryTarget, type SubmissionReceipt } from '../../src/schema/index.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import { apiError, cachedResponse, pickLocale, type AppContext, type AppEnv, type Logger } from '../http.ts';
import { uuidv7 } from '../ids.ts';
import { isJsonObject, notAnObject } from '../json-body.ts';
import { pluralKey } from '../../src/shared/locale.ts';
import { messages } from '../messages.ts';
import type { PageCache } from '../page-cache.ts';
import type { SubmissionOutcome } from '../metrics.ts';
import { publicStory } from '../permalink.ts';
import { publicBase, type PublicUrlOptions } from '../public-url.ts';
import { minutesToWait, type SubmissionLimiter } from '../rate-limit.ts';
import type { PublicQuery, StoryStore } from '../store/story-store.ts';

export const MAX_BODY_BYTES = 64 * 1024;
/** A person needs longer than this to write even a one-line boost. */
export const MIN_HUMAN_MS = 3000;
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;
const TAG = /^[a-z0-9-]{1,32}$/;

export interface StoryRouteDeps extends PublicUrlOptions {
  store: StoryStore;
  cache: PageCache;
  limiter: SubmissionLimiter;
  logger: Logger;
  now: () => number;
  /** The client's address, for the rate limit. */
  client: (c: AppContext) => string;
  /** Services told about each new story not flagged as spam (queued in the outbox with it). */
  notify?: DeliveryTarget[];
  /** Called after a story queued deliveries, to wake the outbox worker. */
  onQueued?: () => void;
  /** Told how each submission ended (for /metrics); a replay of an earlier one is not a new submission. */
  onSubmission?: (outcome: SubmissionOutcome) => void;
}

type ListQuery = { ok: true; query: PublicQuery; key: string } | { ok: false; issues: ApiIssue[] };

/** Parses `limit`, `cursor`, `tag` and `kind` for a public list; the key names the answer in the cache. */
export function parseListQuery(c: AppContext, defaults: { limit: number }): ListQuery {
  const t = messages(c.get('locale'));
  const issues: ApiIssue[] = [];
  const raw = c.req.query();
  let limit = defaults.limit;
  if (raw.limit !== undefined) {
    const n = Number(raw.limit);
    if (!/^\d+$/.test(raw.limit) || n < 1) issues.push({ path: ['limit'], message: t('limit'), code: 'limit.invalid' });
    else limit = Math.min(n, 100);
  }
  const after = raw.cursor ? decodeCursor(raw.cursor) : undefined;
  if (after === null) issues.push({ path: ['cursor'], message: t('cursor'), code: 'cursor.invalid' });
  let kind: StoryKind | undefined;
  if (raw.kind) {
    const parsed = StoryKind.safeParse(raw.kind);
    if (parsed.success) kind = parsed.data;
    else issues.push(...localizeIssues([{ path: ['kind'], message: 'kind.invalid' }], c.get('locale')));
  }
  const tag = raw.tag || undefined;
  if (tag !== undefined && !TAG.test(tag)) issues.push(...localizeIssues([{ path: ['tag'], message: 'tags.invalid' }], c.get('locale')));
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, query: { limit, after: after ?? undefined, tag, kind }, key: `${limit}|${raw.cursor ?? ''}|${tag ?? ''}|${kind ?? ''}` };
}

/** `GET /stories`, `GET /stories/{id}` and `POST /stories`. */
export function storyRoutes(deps: StoryRouteDeps): Hono<AppEnv> {
  const { store, cache, limiter, logger, now } = deps;
  const app = new Hono<AppEnv>();

  app.get('/stories', async (c) => {
    const parsed = parseListQuery(c, { limit: 20 });
    if (!parsed.ok) return apiError(c, 422, 'validation', messages(c.get('locale'))('validation'), parsed.issues);
    // Stories carry absolute permalinks, so answers for different hosts never share a cache entry.
    const base = publicBase(c.req, deps);
    const entry = await cache.get(`list|${base}|${parsed.key}`, 'application/json; charset=utf-8', async () => {
      const page = await store.listPublished(parsed.query);
      return JSON.stringify({ stories: page.stories.map((story) => publicStory(story, base)), nextCursor: page.next ? encodeCursor(page.next) : null });
    });
    return cachedResponse(c, entry);
  });

  app.get('/stories/:id', async (c) => {
    const id = c.req.param('id');
    const base = publicBase(c.req, deps);
    const entry = await cache.get(`story|${base}|${id}`, 'application/json; charset=utf-8', async () => {
      const story = await store.getPublished(id);
      return story ? JSON.stringify(publicStory(story, base)) : '';
    });
    if (entry.body === '') return apiError(c, 404, 'not_found', messages(c.get('locale'))('storyNotFound'));
    return cachedResponse(c, entry);
  });

  app.post(
    '/stories',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => {
        deps.onSubmission?.('invalid');
        return apiError(c, 413, 'payload_too_large', messages(pickLocale(c.req.header('Accept-Language')))('tooLarge'));
      },
    }),
    async (c) => {
      const response = await submit(c);
      // Every 4xx but a 429 is an invalid request; 2xx outcomes are counted where they are known.
      if (response.status === 429) deps.onSubmission?.('rate_limited');
      else if (response.status >= 400 && response.status < 500) deps.onSubmission?.('invalid');
      return response;
    },
  );

  async function submit(c: AppContext): Promise<Response> {
    const t = messages(c.get('locale'));
    c.header('Cache-Control', 'no-store');
    const type = c.req.header('Content-Type') ?? '';
    if (!/^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(type)) return apiError(c, 415, 'unsupported_media_type', t('mediaType'));
    const text = await c.req.text();
    let input: unknown;
    try {
      input = JSON.parse(text);
    } catch {
      return apiError(c, 400, 'bad_json', t('badJson'));
    }
    if (!isJsonObject(input)) return notAnObject(c, t('storyNotObject'));

    const key = c.req.header('Idempotency-Key');
    if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) {
      return apiError(c, 422, 'validation', t('idempotencyKey'), [{ path: ['Idempotency-Key'], message: t('idempotencyKey'), code: 'idempotencyKey.invalid' }]);
    }
    const requestHash = createHash('sha256').update(text).digest('hex');
    if (key) {
      const earlier = await store.findByIdempotencyKey(key);
      if (earlier) return answerEarlier(c, earlier.requestHash === requestHash, earlier.id);
    }

    const result = StorySubmission.safeParse(input);
    if (!result.success) return apiError(c, 422, 'validation', t('validation'), localizeIssues(result.error.issues, c.get('locale')));
    const submission = result.data;

    const allowed = await limiter.take(deps.client(c), key);
    if (!allowed.ok) {
      c.header('Retry-After', String(allowed.retryAfter));
      const minutes = minutesToWait(allowed.retryAfter);
      return apiError(c, 429, 'rate_limited', t(pluralKey('rateLimited', minutes, t.locale), { count: minutes }));
    }

    const at = now();
    const flags: string[] = [];
    const honeypot = Boolean(submission.website?.trim());
    if (honeypot) flags.push('honeypot');
    const elapsed = submission.startedAt === undefined ? undefined : at - submission.startedAt;
    if (elapsed !== undefined && elapsed >= 0 && elapsed < MIN_HUMAN_MS) flags.push('likely-spam');
    const created = await store.create({
      id: uuidv7(at),
      submission,
      status: honeypot ? 'spam' : 'pending',
      flags,
      createdAt: new Date(at),
      idempotencyKey: key,
      requestHash,
      // Spam-flagged stories are never announced; a moderator still sees them in the queue.
      outbox: flags.length === 0 ? deps.notify : undefined,
    });
    if (created.outcome !== 'created') return answerEarlier(c, created.outcome === 'replay', created.id);
    if (flags.length === 0 && deps.notify?.length) deps.onQueued?.();
    deps.onSubmission?.(flags.length === 0 ? 'accepted' : 'spam');
    logger.log('info', 'story received', { requestId: c.get('requestId'), storyId: created.id, kind: submission.kind, flags });
    // A filled honeypot is answered exactly like a success, so a bot learns nothing.
    return c.json({ id: created.id, status: 'pending' } satisfies SubmissionReceipt, 202);
  }

  function answerEarlier(c: AppContext, sameRequest: boolean, id: string): Response {
    if (!sameRequest) return apiError(c, 409, 'conflict', messages(c.get('locale'))('conflict'));
    c.header('Idempotent-Replayed', 'true');
    return c.json({ id, status: 'pending' } satisfies SubmissionReceipt, 202);
  }

  return app;
}
