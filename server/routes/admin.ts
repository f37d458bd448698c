import { Hono } from 'hono';
import { DeliveryTarget, StoryChannel, StoryStatus, type AdminStory, type AmplifyChannel, type ApiIssue } from '../../src/schema/index.ts';
import { identify } from '../admin-token.ts';
import { amplificationOf, approvalChannels, shareKitsOf } from '../amplify-plan.ts';
import { digestHtml, digestMarkdown, digestRange } from '../digest.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import { apiError, type AppEnv, type Logger } from '../http.ts';
import { optionalJsonObject } from '../json-body.ts';
import { messages } from '../messages.ts';
import type { PageCache } from '../page-cache.ts';
import { permalinkOf } from '../permalink.ts';
import { publicBase } from '../public-url.ts';
import type { Decision, OutboxDelivery, StoryStore } from '../store/story-store.ts';
import { moderatorRoutes } from './moderators.ts';

export interface AdminRouteDeps {
  store: StoryStore;
  cache: PageCache;
  logger: Logger;
  tokenHash: Buffer;
  now: () => number;
  /** Whether the request comes from a page on the server's own site (or from no page at all). */
  sameSite: (origin: string | undefined, c: { req: { header(name: string): string | undefined } }) => boolean;
  /** Channels an approved story can be amplified on (queued in the outbox with the approval; see amplify-plan.ts). */
  amplify?: AmplifyChannel[];
  /** `CHORUS_AMPLIFY_DEFAULT`: the channels used when an approval does not choose; unset means all of `amplify`. */
  amplifyDefault?: AmplifyChannel[] | undefined;
  /** Called after an approval queued deliveries, to wake the outbox worker. */
  onQueued?: () => void;
  /** Called after each decision (answers in the story's original place: server/intake/replies.ts). */
  afterDecision?: (story: AdminStory, decision: Decision, at: Date) => Promise<void>;
  /** `CHORUS_PUBLIC_URL` and `CHORUS_TRUST_PROXY`, for the story page links of the Share kits. */
  publicUrl?: string | undefined;
  trustProxy?: number | undefined;
}

/** `deliveries` keeps the targets of its original contract; amplification channels (Mastodon, Bluesky) report under `amplification`. */
const isDeliveryTarget = (delivery: OutboxDelivery): delivery is OutboxDelivery & { target: DeliveryTarget } =>
  (DeliveryTarget.options as readonly string[]).includes(delivery.target);

/** The moderation API: the admin token, same-origin only, never cached. */
export function adminRoutes(deps: AdminRouteDeps): Hono<AppEnv> {
  const { store, cache, logger, now } = deps;
  const app = new Hono<AppEnv>();
  const setup = { channels: deps.amplify ?? [], defaults: deps.amplifyDefault };
  /** A story as moderators get it: its deliveries, and where it can be amplified. */
  type RequestOf = { req: { url: string; header(name: string): string | undefined } };
  const storyUrl = (c: RequestOf) => (id: string) => permalinkOf(publicBase(c.req, deps), id);
  const withOutbox = (story: AdminStory, rows: OutboxDelivery[], c: RequestOf): AdminStory => ({
    ...story,
    deliveries: rows.filter(isDeliveryTarget),
    amplification: amplificationOf(story, setup, rows, storyUrl(c)(story.id)),
  });

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

  moderatorRoutes(app, deps, {
    withOutbox,
    defaultChannels: async (id, t) => {
      const plan = await approvalChannels(store, id, setup, undefined, t);
      return 'channels' in plan ? plan.channels : [];
    },
  });

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
    const stories = page.stories.map((story) => withOutbox(story, deliveries.get(story.id) ?? [], c));
    return c.json({ stories, nextCursor: page.next ? encodeCursor(page.next) : null });
  });

  for (const action of ['approve', 'reject'] as const) {
    app.post(`/stories/:id/${action}`, async (c) => {
      const t = messages(c.get('locale'));
      // `reject` with `{"spam": true}` marks the story as spam (what <chorus-moderation-queue> sends for "Spam");
      // `approve` with `{"amplify": [...]}` chooses where the story is amplified. A body that cannot be read is
      // refused (400/422) rather than replaced by the defaults.
      const read = await optionalJsonObject(c, c.get('locale'));
      if (!read.ok) return read.response;
      const body = read.body;
      const spam = action === 'reject' && body.spam === true;
      const decision: Decision = action === 'approve' ? 'approved' : spam ? 'spam' : 'rejected';
      const plan = decision === 'approved' ? await approvalChannels(store, c.req.param('id'), setup, body, t) : { channels: [] };
      if ('issues' in plan) return apiError(c, 422, 'validation', t('validation'), plan.issues);
      const amplify = plan.channels;
      const at = new Date(now());
      const story = await store.moderate(c.req.param('id'), decision, at, amplify, c.get('actor'));
      if (!story) return apiError(c, 404, 'not_found', t('notFound'));
      await deps.afterDecision?.(story, decision, at);
      cache.clear();
      if (amplify.length > 0) deps.onQueued?.();
      logger.log('info', `story ${decision}`, { requestId: c.get('requestId'), storyId: story.id, moderatorId: c.get('actor')?.id, amplify });
      const deliveries = (await store.deliveries([story.id])).get(story.id) ?? [];
      return c.json(withOutbox(story, deliveries, c));
    });
  }

  app.get('/stories/:id/share-kits', async (c) => {
    const kits = await shareKitsOf(store, c.req.param('id'), storyUrl(c));
    return kits ? c.json(kits) : apiError(c, 404, 'not_found', messages(c.get('locale'))('notFound'));
  });

  app.get('/digest', async (c) => {
    const t = messages(c.get('locale'));
    const issues: ApiIssue[] = [];
    const range = digestRange(c.req.query('since'), c.req.query('until'), now());
    if ('invalid' in range) for (const field of range.invalid) issues.push({ path: [field], message: t('date'), code: 'date.invalid' });
    const format = c.req.query('format') ?? 'markdown';
    if (format !== 'markdown' && format !== 'html') issues.push({ path: ['format'], message: t('format'), code: 'format.invalid' });
    if ('invalid' in range || issues.length > 0) return apiError(c, 422, 'validation', t('validation'), issues);
    const stories = await store.listPublishedBetween(range.since, range.until, 1000);
    if (format === 'html') return c.html(digestHtml(stories, range, c.get('locale')));
    c.header('Content-Type', 'text/markdown; charset=utf-8');
    return c.body(digestMarkdown(stories, range, c.get('locale')));
  });

  return app;
}
