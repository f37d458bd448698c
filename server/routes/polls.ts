import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { streamSSE } from 'hono/streaming';
import { PollVote, VOTER_TOKEN, localizeIssues, pollStrings, type ApiIssue } from '../../src/schema/index.ts';
import { apiError, pickLocale, type AppContext, type AppEnv, type Logger } from '../http.ts';
import { pluralKey } from '../../src/shared/locale.ts';
import { messages } from '../messages.ts';
import { minutesToWait } from '../rate-limit.ts';
import { CLOSED_EVENT_ID, type PollEventHub } from '../poll-events.ts';
import type { PollHasher } from '../poll-privacy.ts';
import { publicPoll } from '../poll-view.ts';
import type { PollStore } from '../store/poll-store.ts';

export const MAX_POLL_BODY_BYTES = 16 * 1024;

export interface PollRouteDeps {
  store: PollStore;
  hasher: PollHasher;
  events: PollEventHub;
  logger: Logger;
  now: () => number;
  /** The client's address (respecting CHORUS_TRUST_PROXY), hashed into its network for the rate limit. */
  client: (c: AppContext) => string;
  /** Vote requests per network per poll per window; 0 turns the limit off. */
  rateLimit: number;
  rateWindowMs: number;
}

/** A body limit answering in the API's error shape. */
export const pollBodyLimit = bodyLimit({
  maxSize: MAX_POLL_BODY_BYTES,
  onError: (c) => apiError(c, 413, 'payload_too_large', messages(pickLocale(c.req.header('Accept-Language')))('pollTooLarge')),
});

/** The request's JSON body, or the error answer to send instead (`415` not JSON, `400` unparsable). */
export async function readJson(c: AppContext): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  const t = messages(c.get('locale'));
  if (!/^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(c.req.header('Content-Type') ?? '')) {
    return { ok: false, response: apiError(c, 415, 'unsupported_media_type', t('pollMediaType')) };
  }
  try {
    return { ok: true, value: JSON.parse(await c.req.text()) as unknown };
  } catch {
    return { ok: false, response: apiError(c, 400, 'bad_json', t('badJson')) };
  }
}

/** Issues in the reader's language, worded from the poll strings table. */
export function pollIssues(c: AppContext, issues: { path: PropertyKey[]; message: string }[]): ApiIssue[] {
  return localizeIssues(issues, c.get('locale'), pollStrings);
}

/**
 * `GET /polls/{id}`, `POST /polls/{id}/votes` and `GET /polls/{id}/events`.
 * A reader is known only by the `voter` token it sends (query parameter on
 * reads, since EventSource cannot send headers; body on votes).
 */
export function pollRoutes(deps: PollRouteDeps): Hono<AppEnv> {
  const { store, hasher, events, logger, now } = deps;
  const app = new Hono<AppEnv>();

  /** The reader's ballot key and choice from `?voter=`; an invalid token is a 422 answer. */
  async function readerOf(c: AppContext, pollId: string): Promise<{ voterHash: string | null; choice: string[] | null } | Response> {
    const token = c.req.query('voter');
    if (token === undefined || token === '') return { voterHash: null, choice: null };
    if (!VOTER_TOKEN.test(token)) {
      return apiError(c, 422, 'validation', messages(c.get('locale'))('voteValidation'), pollIssues(c, [{ path: ['voter'], message: 'voter.invalid' }]));
    }
    const voterHash = hasher.voter(pollId, token);
    return { voterHash, choice: (await store.ballots(pollId, [voterHash])).get(voterHash) ?? null };
  }

  app.get('/polls/:id', async (c) => {
    const id = c.req.param('id');
    const reader = await readerOf(c, id);
    if (reader instanceof Response) return reader;
    const poll = await store.getPoll(id, new Date(now()));
    if (!poll) return apiError(c, 404, 'not_found', messages(c.get('locale'))('pollNotFound'));
    // A reader's own view (with its choice) is never stored by a shared cache; the anonymous one briefly may be.
    c.header('Cache-Control', reader.voterHash ? 'private, no-store' : 'public, max-age=5');
    return c.json(publicPoll(poll, reader.choice));
  });

  app.post('/polls/:id/votes', pollBodyLimit, async (c) => {
    const t = messages(c.get('locale'));
    c.header('Cache-Control', 'no-store');
    const id = c.req.param('id');
    const body = await readJson(c);
    if (!body.ok) return body.response;
    const parsed = PollVote.safeParse(body.value);
    if (!parsed.success) return apiError(c, 422, 'validation', t('voteValidation'), pollIssues(c, parsed.error.issues));
    const vote = parsed.data;

    const at = new Date(now());
    const poll = await store.getPoll(id, at);
    if (!poll) return apiError(c, 404, 'not_found', t('pollNotFound'));
    if (poll.closed) return apiError(c, 409, 'conflict', t('pollClosed'));
    const refused = refusal(c, poll.options, poll.multiple, vote.options);
    if (refused) return refused;

    const allowance = await store.takeVoteAllowance(id, hasher.network(id, deps.client(c)), at, deps.rateLimit, deps.rateWindowMs);
    if (!allowance.ok) {
      c.header('Retry-After', String(allowance.retryAfter));
      const minutes = minutesToWait(allowance.retryAfter);
      return apiError(c, 429, 'rate_limited', t(pluralKey('voteRateLimited', minutes, t.locale), { count: minutes }));
    }

    const result = await store.vote({ pollId: id, voterHash: hasher.voter(id, vote.voter), optionIds: vote.options, at });
    // The poll may have changed between the checks above and the vote's lock: the store's answer decides.
    switch (result.outcome) {
      case 'not_found':
        return apiError(c, 404, 'not_found', t('pollNotFound'));
      case 'closed':
        return apiError(c, 409, 'conflict', t('pollClosed'));
      case 'unknown_option':
      case 'single':
        return refusal(c, result.poll.options, result.poll.multiple, vote.options) ?? apiError(c, 409, 'conflict', t('pollClosed'));
    }
    logger.log('info', result.previous ? 'vote changed' : 'vote counted', { requestId: c.get('requestId'), pollId: id });
    return c.json(publicPoll(result.poll, vote.options));
  });

  app.get('/polls/:id/events', async (c) => {
    const id = c.req.param('id');
    const reader = await readerOf(c, id);
    if (reader instanceof Response) return reader;
    const poll = await store.getPoll(id, new Date(now()));
    if (!poll) return apiError(c, 404, 'not_found', messages(c.get('locale'))('pollNotFound'));
    // The reader already has the final event: 204 tells EventSource to stop reconnecting.
    if (poll.closed && c.req.header('Last-Event-ID') === CLOSED_EVENT_ID) return c.body(null, 204);
    // nginx would otherwise buffer the stream and deliver events in bursts.
    c.header('X-Accel-Buffering', 'no');
    return streamSSE(c, async (stream) => {
      let first = true;
      await events.watch(
        poll,
        reader,
        {
          send: async (message) => {
            await stream.writeSSE(first ? { ...message, retry: 5000 } : message);
            first = false;
          },
          heartbeat: async () => {
            await stream.write(': keep-alive\n\n');
          },
          end: () => stream.close(),
        },
        stream,
      );
    });
  });

  /** `422` for options the poll does not have, or several on a single-answer poll; null when the choice fits. */
  function refusal(c: AppContext, options: { id: string }[], multiple: boolean, chosen: string[]): Response | null {
    const t = messages(c.get('locale'));
    const known = new Set(options.map((option) => option.id));
    if (!chosen.every((option) => known.has(option))) {
      return apiError(c, 422, 'validation', t('voteValidation'), pollIssues(c, [{ path: ['options'], message: 'vote.unknown' }]));
    }
    if (!multiple && chosen.length > 1) {
      return apiError(c, 422, 'validation', t('voteValidation'), pollIssues(c, [{ path: ['options'], message: 'vote.single' }]));
    }
    return null;
  }

  return app;
}
