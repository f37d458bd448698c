import { Hono } from 'hono';
import { PollCreate, PollUpdate, type ApiIssue } from '../../src/schema/index.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import { apiError, type AppContext, type AppEnv, type Logger } from '../http.ts';
import { uuidv7 } from '../ids.ts';
import { messages } from '../messages.ts';
import { adminPoll, pollResults, resultsCsv } from '../poll-view.ts';
import type { PollStore } from '../store/poll-store.ts';
import { pollBodyLimit, pollIssues, readJson } from './polls.ts';

export interface AdminPollRouteDeps {
  store: PollStore;
  logger: Logger;
  now: () => number;
}

/**
 * Polls for moderators, mounted under `/api/v1/admin/polls`, behind the admin
 * routes' own middleware (token, same site only, never cached): app.ts mounts
 * it after `adminRoutes`, whose `use('*')` covers every `/api/v1/admin/*` path.
 */
export function adminPollRoutes(deps: AdminPollRouteDeps): Hono<AppEnv> {
  const { store, logger, now } = deps;
  const app = new Hono<AppEnv>();

  /** `closesAt` must lie ahead: a poll closing in the past is what `/close` is for. */
  function pastClosing(c: AppContext, closesAt: string | null | undefined, at: number): Response | null {
    if (!closesAt || Date.parse(closesAt) > at) return null;
    return apiError(c, 422, 'validation', messages(c.get('locale'))('pollValidation'), pollIssues(c, [{ path: ['closesAt'], message: 'closesAt.past' }]));
  }

  app.post('/', pollBodyLimit, async (c) => {
    const t = messages(c.get('locale'));
    const body = await readJson(c);
    if (!body.ok) return body.response;
    const parsed = PollCreate.safeParse(body.value);
    if (!parsed.success) return apiError(c, 422, 'validation', t('pollValidation'), pollIssues(c, parsed.error.issues));
    const input = parsed.data;
    const at = now();
    const past = pastClosing(c, input.closesAt, at);
    if (past) return past;
    const poll = await store.createPoll({
      id: uuidv7(at),
      question: input.question,
      options: input.options.map((text) => ({ id: uuidv7(at), text })),
      multiple: input.multiple,
      resultsBeforeVote: input.resultsBeforeVote,
      closesAt: input.closesAt ? new Date(input.closesAt) : null,
      createdAt: new Date(at),
    });
    logger.log('info', 'poll created', { requestId: c.get('requestId'), pollId: poll.id });
    c.header('Location', `/api/v1/admin/polls/${poll.id}`);
    return c.json(adminPoll(poll), 201);
  });

  app.get('/', async (c) => {
    const t = messages(c.get('locale'));
    const issues: ApiIssue[] = [];
    const rawLimit = c.req.query('limit') ?? '50';
    const limit = /^\d+$/.test(rawLimit) && Number(rawLimit) >= 1 ? Math.min(Number(rawLimit), 100) : NaN;
    if (Number.isNaN(limit)) issues.push({ path: ['limit'], message: t('pollLimit'), code: 'limit.invalid' });
    const rawCursor = c.req.query('cursor');
    const after = rawCursor ? decodeCursor(rawCursor) : undefined;
    if (after === null) issues.push({ path: ['cursor'], message: t('cursor'), code: 'cursor.invalid' });
    if (issues.length > 0) return apiError(c, 422, 'validation', t('validation'), issues);
    const page = await store.listPolls({ limit, after: after ?? undefined }, new Date(now()));
    return c.json({ polls: page.polls.map(adminPoll), nextCursor: page.next ? encodeCursor(page.next) : null });
  });

  app.get('/:id', async (c) => {
    const poll = await store.getPoll(c.req.param('id'), new Date(now()));
    if (!poll) return apiError(c, 404, 'not_found', messages(c.get('locale'))('pollNotFound'));
    return c.json(adminPoll(poll));
  });

  app.patch('/:id', pollBodyLimit, async (c) => {
    const t = messages(c.get('locale'));
    const body = await readJson(c);
    if (!body.ok) return body.response;
    const parsed = PollUpdate.safeParse(body.value);
    if (!parsed.success) return apiError(c, 422, 'validation', t('pollValidation'), pollIssues(c, parsed.error.issues));
    const at = now();
    const past = pastClosing(c, parsed.data.closesAt, at);
    if (past) return past;
    const result = await store.updatePoll(c.req.param('id'), parsed.data, new Date(at));
    switch (result.outcome) {
      case 'not_found':
        return apiError(c, 404, 'not_found', t('pollNotFound'));
      case 'voted':
        return apiError(c, 409, 'conflict', t('pollVoted'));
      case 'closed':
        return apiError(c, 409, 'conflict', t('pollClosedEdit'));
    }
    logger.log('info', 'poll edited', { requestId: c.get('requestId'), pollId: result.poll.id });
    return c.json(adminPoll(result.poll));
  });

  app.delete('/:id', async (c) => {
    const id = c.req.param('id');
    if (!(await store.deletePoll(id))) return apiError(c, 404, 'not_found', messages(c.get('locale'))('pollNotFound'));
    logger.log('info', 'poll deleted', { requestId: c.get('requestId'), pollId: id });
    return c.body(null, 204);
  });

  app.post('/:id/close', async (c) => {
    const poll = await store.closePoll(c.req.param('id'), new Date(now()));
    if (!poll) return apiError(c, 404, 'not_found', messages(c.get('locale'))('pollNotFound'));
    logger.log('info', 'poll closed', { requestId: c.get('requestId'), pollId: poll.id });
    return c.json(adminPoll(poll));
  });

  app.get('/:id/results', async (c) => {
    const t = messages(c.get('locale'));
    const format = c.req.query('format') ?? 'json';
    if (format !== 'json' && format !== 'csv') {
      return apiError(c, 422, 'validation', t('exportFormat'), [{ path: ['format'], message: t('exportFormat'), code: 'format.invalid' }]);
    }
    const at = new Date(now());
    const poll = await store.getPoll(c.req.param('id'), at);
    if (!poll) return apiError(c, 404, 'not_found', t('pollNotFound'));
    c.header('Content-Disposition', `attachment; filename="poll-${poll.id}.${format}"`);
    if (format === 'json') return c.json(pollResults(poll, at));
    c.header('Content-Type', 'text/csv; charset=utf-8; header=present');
    return c.body(resultsCsv(poll));
  });

  return app;
}
