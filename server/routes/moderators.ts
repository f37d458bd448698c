/**
 * Moderator accounts, the audit log and undo, on the admin sub-app (after its
 * token check): `GET /me`, `GET|POST /moderators`, `DELETE /moderators/{id}`,
 * `GET /audit`, `POST /stories/{id}/undo`.
 */
import type { Hono } from 'hono';
import {
  StoryStatus,
  type AdminIdentity,
  type AdminStory,
  type AmplifyChannel,
  type ApiIssue,
  type ModeratorList,
  type NewModerator,
} from '../../src/schema/index.ts';
import { newModeratorToken, sha256 } from '../admin-token.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import { apiError, type AppContext, type AppEnv } from '../http.ts';
import { uuidv7 } from '../ids.ts';
import { isJsonObject, notAnObject, optionalJsonObject } from '../json-body.ts';
import { pluralKey } from '../../src/shared/locale.ts';
import { messages } from '../messages.ts';
import type { OutboxDelivery } from '../store/story-store.ts';
import type { AdminRouteDeps } from './admin.ts';

type Translate = ReturnType<typeof messages>;

/** Control characters (but none of the ordinary whitespace a name would not hold anyway). */
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/;
const NAME_MAX = 80;

/** What the moderation routes share with the story routes: how a story is answered, and the channels an approval uses by default. */
export interface StoryAnswers {
  withOutbox(story: AdminStory, rows: OutboxDelivery[], c: AppContext): AdminStory;
  defaultChannels(id: string, t: Translate): Promise<AmplifyChannel[]>;
}

export function moderatorRoutes(app: Hono<AppEnv>, deps: AdminRouteDeps, answers: StoryAnswers): void {
  const { store, cache, logger, now } = deps;

  /** `403` unless the request carries the owner token. */
  const ownerOnly = (c: AppContext) => (c.get('actor')?.role === 'owner' ? null : apiError(c, 403, 'forbidden', messages(c.get('locale'))('ownerOnly')));

  app.get('/me', (c) => {
    const actor = c.get('actor');
    if (!actor || actor.role === 'system') throw new Error('the admin middleware let a request through without an actor');
    return c.json({ id: actor.id, name: actor.name, role: actor.role } satisfies AdminIdentity);
  });

  app.get('/moderators', async (c) => {
    const refused = ownerOnly(c);
    if (refused) return refused;
    return c.json({ moderators: await store.listModerators() } satisfies ModeratorList);
  });

  app.post('/moderators', async (c) => {
    const refused = ownerOnly(c);
    if (refused) return refused;
    const t = messages(c.get('locale'));
    if (!/^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(c.req.header('Content-Type') ?? ''))
      return apiError(c, 415, 'unsupported_media_type', t('mediaTypeJson'));
    let body: unknown;
    try {
      body = JSON.parse(await c.req.text());
    } catch {
      return apiError(c, 400, 'bad_json', t('badJson'));
    }
    if (!isJsonObject(body)) return notAnObject(c, t('bodyNotObject'));
    const raw = body.name;
    const name = typeof raw === 'string' ? raw.normalize('NFC').replace(/\s+/g, ' ').trim() : '';
    if (!name || [...name].length > NAME_MAX || CONTROL.test(name)) {
      return apiError(c, 422, 'validation', t('validation'), [
        { path: ['name'], message: t(pluralKey('moderatorName', NAME_MAX, t.locale), { count: NAME_MAX }), code: 'name.invalid' },
      ]);
    }
    const token = newModeratorToken();
    const at = now();
    const created = await store.createModerator({ id: uuidv7(at), name, tokenSha256: sha256(token).toString('hex'), createdAt: new Date(at) });
    if (!created) return apiError(c, 409, 'conflict', t('moderatorNameTaken', { name }));
    logger.log('info', 'moderator added', { requestId: c.get('requestId'), moderatorId: created.id });
    return c.json({ ...created, token } satisfies NewModerator, 201);
  });

  app.delete('/moderators/:id', async (c) => {
    const refused = ownerOnly(c);
    if (refused) return refused;
    const id = c.req.param('id');
    if (!(await store.revokeModerator(id, new Date(now())))) return apiError(c, 404, 'not_found', messages(c.get('locale'))('moderatorNotFound'));
    logger.log('info', 'moderator revoked', { requestId: c.get('requestId'), moderatorId: id });
    return c.body(null, 204);
  });

  app.get('/audit', async (c) => {
    const t = messages(c.get('locale'));
    const issues: ApiIssue[] = [];
    const rawLimit = c.req.query('limit') ?? '50';
    const limit = /^\d{1,4}$/.test(rawLimit) && Number(rawLimit) >= 1 ? Math.min(Number(rawLimit), 200) : NaN;
    if (Number.isNaN(limit)) issues.push({ path: ['limit'], message: t('auditLimit'), code: 'limit.invalid' });
    const rawCursor = c.req.query('cursor');
    const after = rawCursor ? decodeCursor(rawCursor) : undefined;
    if (after === null) issues.push({ path: ['cursor'], message: t('cursor'), code: 'cursor.invalid' });
    const storyId = c.req.query('story') || undefined;
    if (storyId !== undefined && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(storyId))
      issues.push({ path: ['story'], message: t('storyParam'), code: 'story.invalid' });
    const moderatorId = c.req.query('moderator') || undefined;
    if (moderatorId !== undefined && !/^[\w-]{1,64}$/.test(moderatorId))
      issues.push({ path: ['moderator'], message: t('moderatorParam'), code: 'moderator.invalid' });
    if (issues.length > 0) return apiError(c, 422, 'validation', t('validation'), issues);
    const page = await store.listAudit({ limit, after: after ?? undefined, storyId, moderatorId });
    return c.json({ entries: page.entries, nextCursor: page.next ? encodeCursor(page.next) : null });
  });

  app.post('/stories/:id/undo', async (c) => {
    const t = messages(c.get('locale'));
    const read = await optionalJsonObject(c, c.get('locale'));
    if (!read.ok) return read.response;
    const expected = read.body.expectedStatus;
    const parsed = expected === undefined ? undefined : StoryStatus.safeParse(expected);
    if (parsed && !parsed.success) {
      return apiError(c, 422, 'validation', t('validation'), [{ path: ['expectedStatus'], message: t('status'), code: 'status.invalid' }]);
    }
    const actor = c.get('actor');
    if (!actor) throw new Error('the admin middleware let a request through without an actor');
    // Restoring an approval amplifies as an approval without a choice would (channels already delivered are not sent twice).
    const outbox = await answers.defaultChannels(c.req.param('id'), t);
    const result = await store.undo(c.req.param('id'), actor, new Date(now()), { expectedStatus: parsed?.data, outbox });
    if (result.outcome === 'not_found') return apiError(c, 404, 'not_found', t('notFound'));
    if (result.outcome === 'nothing') return apiError(c, 409, 'conflict', t('nothingToUndo'));
    if (result.outcome === 'changed') return apiError(c, 409, 'conflict', t('undoChanged', { status: result.status }));
    const restored = result.story.status;
    // The story's original place hears of the decision that now stands, as it does after approve and reject.
    if (restored !== 'pending') await deps.afterDecision?.(result.story, restored, new Date(now()));
    cache.clear();
    if (restored === 'approved' && outbox.length > 0) deps.onQueued?.();
    logger.log('info', 'decision undone', { requestId: c.get('requestId'), storyId: result.story.id, moderatorId: actor.id, status: result.story.status });
    const deliveries = (await store.deliveries([result.story.id])).get(result.story.id) ?? [];
    return c.json(answers.withOutbox(result.story, deliveries, c));
  });
}
