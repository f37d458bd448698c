import { Hono } from 'hono';
import { StoryChannel, StoryStatus, type AdminStory, type ApiIssue, type DeliveryTarget } from '../../src/schema/index.ts';
import { identify } from '../admin-token.ts';
import { digestHtml, digestMarkdown, digestRange } from '../digest.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import { apiError, type AppEnv, type Logger } from '../http.ts';
import { optionalJsonObject } from '../json-body.ts';
import { messages } from '../messages.ts';
import type { PageCache } from '../page-cache.ts';
import type { Decision, StoryStore } from '../store/story-store.ts';
import { moderatorRoutes } from './moderators.ts';

export interface AdminRouteDeps {
  store: StoryStore;
  cache: PageCache;
  logger: Logger;
  tokenHash: Buffer;
  now: () => number;
  /** Whether the request comes from a page on the server's own site (or from no page at all). */
  sameSite: (origin: string | undefined, c: { req: { header(name: string): string | undefined } }) => boolean;
  /** Services given each approved story (queued in the outbox with the approval). */
  amplify?: DeliveryTarget[];
  /** Called after an approval queued deliveries, to wake the outbox worker. */
  onQueued?: () => void;
  /** Called after each decision (answers in the story's original place: server/intake/replies.ts). */
  afterDecision?: (story: AdminStory, decision: Decision, at: Date) => Promise<void>;
}

/** The moderation API: the admin token, same-origin only, never cached. */
export function adminRoutes(deps: AdminRouteDeps): Hono<AppEnv> {
  const { store, cache, logger, now } = deps;
  const app = new Hono<AppEnv>();

  app.use('*', async (c, next) => {
    const t = messages(c.get('locale'));
    c.header('Cache-Control', 'no-store');
    if (!deps.sameSite(c.req.header('Origin'), c)) return apiError(c, 403, 'forbidden', t('adminCrossOrigin'));
    const actor = await identify(c.req.header('Authorization'), deps.tokenHash, store);
    if (!actor) {
      c.header('WWW-Authenticate', 'Bearer realm="chorus-admin"');
      return apiError(c, 401, 'unauthorized', t('unauthorized'));
    }
    c.set('actor', actor);
    await next();
  });

  moderatorRoutes(app, deps);

  app.get('/stories', async (c) => {
    const t = messages(c.get('locale'));
    const issues: ApiIssue[] = [];
    const status = StoryStatus.safeParse(c.req.query('status') ?? 'pending');
    if (!status.success) issues.push({ path: ['status'], message: t('status'), code: 'status.invalid' });
    const rawLimit = c.req.query('limit') ?? '100';
    const limit = /^\d+$/.test(rawLimit) && Number(rawLimit) >= 1 ? Math.min(Number(rawLimit), 500) : NaN;
    if (Number.isNaN(limit)) issues.push({ path: ['limit'], message: t('limit'), code: 'limit.invalid' });
    const rawCursor = c.req.query('cursor');
    const after = rawCursor ? decodeCursor(rawCursor) : undefined;
    if (after === null) issues.push({ path: ['cursor'], message: t('cursor'), code: 'cursor.invalid' });
    const channel = StoryChannel.safeParse(c.req.query('channel') || undefined);
    if (c.req.query('channel') && !channel.success) issues.push({ path: ['channel'], message: t('channel'), code: 'channel.invalid' });
    if (!status.success || issues.length > 0) return apiError(c, 422, 'validation', t('validation'), issues);
    const page = await store.listForModeration({ status: status.data, limit, after: after ?? undefined, channel: channel.success ? channel.data : undefined });
    const deliveries = await store.deliveries(page.stories.map((story) => story.id));
    const stories = page.stories.map((story) => ({ ...story, deliveries: deliveries.get(story.id) ?? [] }));
    return c.json({ stories, nextCursor: page.next ? encodeCursor(page.next) : null });
  });

  for (const action of ['approve', 'reject'] as const) {
    app.post(`/stories/:id/${action}`, async (c) => {
      // `reject` with `{"spam": true}` marks the story as spam (what <chorus-moderation-queue> sends for "Spam").
      const read = await optionalJsonObject(c, c.get('locale'));
      if (!read.ok) return read.response;
      const spam = action === 'reject' && read.body.spam === true;
      const decision: Decision = action === 'approve' ? 'approved' : spam ? 'spam' : 'rejected';
      const amplify = decision === 'approved' ? (deps.amplify ?? []) : [];
      const at = new Date(now());
      const story = await store.moderate(c.req.param('id'), decision, at, amplify, c.get('actor'));
      if (!story) return apiError(c, 404, 'not_found', messages(c.get('locale'))('notFound'));
      await deps.afterDecision?.(story, decision, at);
      cache.clear();
      if (amplify.length > 0) deps.onQueued?.();
      logger.log('info', `story ${decision}`, { requestId: c.get('requestId'), storyId: story.id, moderatorId: c.get('actor')?.id });
      const deliveries = (await store.deliveries([story.id])).get(story.id) ?? [];
      return c.json({ ...story, deliveries } satisfies AdminStory);
    });
  }

  app.get('/digest', async (c) => {
    const t = messages(c.get('locale'));
    const issues: ApiIssue[] = [];
    const range = digestRange(c.req.query('since'), c.req.query('until'), now());
    if ('invalid' in range) for (const field of range.invalid) issues.push({ path: [field], message: t('date'), code: 'date.invalid' });
    const format = c.req.query('format') ?? 'markdown';
    if (format !== 'markdown' && format !== 'html') issues.push({ path: ['format'], message: t('format'), code: 'format.invalid' });
    if ('invalid' in range || issues.length > 0) return apiError(c, 422, 'validation', t('validation'), issues);
    const stories = await store.listPublishedBetween(range.since, range.until, 1000);
    if (format === 'html') return c.html(digestHtml(stories, range));
    c.header('Content-Type', 'text/markdown; charset=utf-8');
    return c.body(digestMarkdown(stories, range));
  });

  return app;
}
