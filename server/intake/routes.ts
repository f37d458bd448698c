/**
 * `POST /api/v1/intake/{github,discourse,slack,discord}`: stories told in other
 * channels, into the one moderation queue. Each endpoint is off (404) until its
 * secret is set, checks the platform's signature over the raw body before it
 * parses anything (401 and nothing stored otherwise), caps the body (413),
 * answers events it does not use with 2xx, and answers within the platforms'
 * deadlines: slow work (answers in the original place) goes through the outbox.
 */
import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { StorySubmission, localizeIssues, type DeliveryTarget, type StoryChannel } from '../../src/schema/index.ts';
import { submissionFromChat, submissionFromIssue, submissionFromTopic, type IntakeFields } from '../../src/upstream/intake.ts';
import { discordToMarkdown, slackToMarkdown } from '../../src/upstream/chat-text.ts';
import { apiError, pickLocale, type AppContext, type AppEnv, type Logger } from '../http.ts';
import { uuidv7 } from '../ids.ts';
import type { SendOptions } from '../integrations/http.ts';
import { publicBase } from '../public-url.ts';
import type { RateLimiter } from '../rate-limit.ts';
import type { NewOrigin, StoryStore } from '../store/story-store.ts';
import type { IntakeConfig } from './config.ts';
import { discordInteraction } from './discord.ts';
import { requestJson } from '../integrations/http.ts';
import { intakeStrings, type IntakeTranslate } from './intake.strings.ts';
import { bodyHtml } from '../story-page/body.ts';
import { slackRequest } from './slack.ts';
import { discordSignatureValid, discourseSignatureValid, githubSignatureValid, slackSignatureValid } from './verify.ts';

export interface IntakeDeps {
  store: StoryStore;
  config: IntakeConfig;
  logger: Logger;
  now: () => number;
  /** Stories per channel member per window (separate from the web form's per-address limit). */
  limiter: RateLimiter;
  /** Services told about each new story (as for the web form). */
  notify?: DeliveryTarget[];
  onQueued?: () => void;
  publicUrl?: string | undefined;
  trustProxy?: number;
  /** For the calls made while answering (views.open, the forum's first post, response_url). */
  send?: SendOptions;
  /** Runs work that must not hold up the answer (opening a Slack modal); tests await it. */
  background?: (work: Promise<unknown>) => void;
}

/** Bodies larger than these are refused with 413 before they are read. */
export const INTAKE_LIMITS = { github: 1024 * 1024, discourse: 512 * 1024, slack: 256 * 1024, discord: 256 * 1024 } as const;

const SETTING: Record<Exclude<StoryChannel, 'form'>, string> = {
  github: 'CHORUS_GITHUB_WEBHOOK_SECRET',
  discourse: 'CHORUS_DISCOURSE_WEBHOOK_SECRET',
  slack: 'CHORUS_SLACK_SIGNING_SECRET',
  discord: 'CHORUS_DISCORD_PUBLIC_KEY',
};
const NAME: Record<Exclude<StoryChannel, 'form'>, string> = { github: 'GitHub', discourse: 'Discourse', slack: 'Slack', discord: 'Discord' };

/** What came of an intake: stored, already there, or refused with a reason for the member. */
export type IntakeOutcome =
  | { status: 'created' | 'replay'; id: string }
  | { status: 'no-consent' | 'no-text' }
  | { status: 'invalid'; problems: string[]; issues: { path: (string | number)[]; message: string }[] }
  | { status: 'rate-limited'; retryAfter: number };

/** Validates and stores a story from a channel: the web form's schema, the member's rate limit, one story per original. */
export async function takeStory(
  deps: IntakeDeps,
  fields: IntakeFields,
  origin: NewOrigin,
  member: string,
  locale = 'en',
  bodyFormat: 'markdown' | 'html' = 'markdown',
): Promise<IntakeOutcome> {
  return logRefusal(deps, origin, await store(deps, fields, origin, member, locale, bodyFormat));
}

async function store(
  deps: IntakeDeps,
  fields: IntakeFields,
  origin: NewOrigin,
  member: string,
  locale: string,
  bodyFormat: 'markdown' | 'html',
): Promise<IntakeOutcome> {
  if (!fields.consent) return { status: 'no-consent' };
  const parsed = StorySubmission.safeParse({ ...fields, consent: true });
  if (!parsed.success) {
    const issues = localizeIssues(parsed.error.issues, locale);
    return { status: 'invalid', problems: issues.map((issue) => issue.message), issues };
  }
  // A second delivery of the same original is free: the limiter treats its external id like an idempotency key.
  const allowed = deps.limiter.take(`${origin.channel}:${member}`, origin.externalId ?? undefined);
  if (!allowed.ok) return { status: 'rate-limited', retryAfter: allowed.retryAfter };
  const at = deps.now();
  const created = await deps.store.create({
    id: uuidv7(at),
    submission: parsed.data,
    status: 'pending',
    flags: [],
    createdAt: new Date(at),
    bodyFormat,
    origin,
    outbox: deps.notify,
  });
  if (created.outcome === 'created') {
    if (deps.notify?.length) deps.onQueued?.();
    deps.logger.log('info', 'story received', { storyId: created.id, kind: parsed.data.kind, channel: origin.channel });
    return { status: 'created', id: created.id };
  }
  return { status: 'replay', id: created.id };
}

/** Logs why a story from a channel was not stored (the member is told where the channel allows it). */
function logRefusal(deps: IntakeDeps, origin: NewOrigin, outcome: IntakeOutcome): IntakeOutcome {
  if (outcome.status !== 'created' && outcome.status !== 'replay') {
    const fields = outcome.status === 'invalid' ? { codes: outcome.issues.map((issue) => `${issue.path.join('.')}`) } : {};
    deps.logger.log('info', 'intake: story not stored', { channel: origin.channel, externalId: origin.externalId, reason: outcome.status, ...fields });
  }
  return outcome;
}

/** The raw body as bytes (signature checks need the exact bytes). */
export async function rawBody(c: AppContext): Promise<Uint8Array> {
  return new Uint8Array(await c.req.arrayBuffer());
}

/** JSON or null: a verified body that is not JSON is the platform's bug, answered 400, never a 5xx. */
export function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch {
    return null;
  }
}

export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The intake endpoints, mounted at `/api/v1/intake`. */
export function intakeRoutes(deps: IntakeDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { config, logger } = deps;
  const tr = (c: AppContext): IntakeTranslate => intakeStrings(c.get('locale'));

  const gate = (channel: Exclude<StoryChannel, 'form'>): MiddlewareHandler<AppEnv> => {
    const limit = bodyLimit({
      maxSize: INTAKE_LIMITS[channel],
      onError: (c) => apiError(c, 413, 'payload_too_large', tr(c as AppContext)('tooLarge', { kb: INTAKE_LIMITS[channel] / 1024 })),
    });
    return async (c, next) => {
      c.header('Cache-Control', 'no-store');
      if (!config[channel]) return apiError(c, 404, 'not_found', tr(c)('off', { channel: NAME[channel], setting: SETTING[channel] }));
      return limit(c, next);
    };
  };
  const unauthorized = (c: AppContext, channel: Exclude<StoryChannel, 'form'>) => {
    logger.log('warn', 'intake: signature refused', { requestId: c.get('requestId'), channel });
    return apiError(c, 401, 'unauthorized', tr(c)('badSignature', { channel: NAME[channel] }));
  };
  const badPayload = (c: AppContext, channel: Exclude<StoryChannel, 'form'>) => apiError(c, 400, 'bad_json', tr(c)('badPayload', { channel: NAME[channel] }));
  const ignored = (c: AppContext, reason: string) => c.json({ ignored: reason }, 202);
  const base = (c: AppContext) => publicBase(c.req, { publicUrl: deps.publicUrl, trustProxy: deps.trustProxy });
  /** A webhook's answer for an intake outcome: 202 with the story, or why it was not stored. */
  const webhookAnswer = (c: AppContext, outcome: IntakeOutcome) => {
    switch (outcome.status) {
      case 'created':
        return c.json({ id: outcome.id, status: 'pending' }, 202);
      case 'replay':
        c.header('Idempotent-Replayed', 'true');
        return c.json({ id: outcome.id, status: 'pending' }, 202);
      case 'rate-limited':
        c.header('Retry-After', String(outcome.retryAfter));
        return apiError(c, 429, 'rate_limited', tr(c)('rateLimited', { minutes: Math.ceil(outcome.retryAfter / 60) }));
      case 'invalid':
        return c.json({ ignored: 'invalid', issues: outcome.issues }, 202);
      default:
        return ignored(c, outcome.status);
    }
  };

  app.post('/github', gate('github'), async (c) => {
    const github = config.github;
    // The gate answered 404 already; this narrows the type.
    if (!github) return c.body(null, 404);
    const raw = await rawBody(c);
    if (!(await githubSignatureValid(github.secret, raw, c.req.header('X-Hub-Signature-256')))) return unauthorized(c, 'github');
    const event = c.req.header('X-GitHub-Event');
    const payload = parseJson(raw);
    if (!isObject(payload)) return badPayload(c, 'github');
    if (event === 'ping') return c.json({ ok: true });
    if (event !== 'issues') return ignored(c, 'event');
    const issue = payload.issue;
    const repo = isObject(payload.repository) && typeof payload.repository.full_name === 'string' ? payload.repository.full_name : '';
    if (!isObject(issue) || typeof issue.title !== 'string' || typeof issue.number !== 'number' || typeof issue.html_url !== 'string')
      return badPayload(c, 'github');
    if (payload.action !== 'opened' && payload.action !== 'labeled') return ignored(c, 'action');
    if (!github.repos.includes(repo.toLowerCase())) return ignored(c, 'repository');
    const labels = Array.isArray(issue.labels)
      ? issue.labels.map((label: unknown) => (isObject(label) ? String(label.name ?? '') : String(label)).toLowerCase())
      : [];
    if (!labels.some((label) => github.labels.includes(label))) return ignored(c, 'label');
    // Chorus's own amplification issues carry this line: taking them in again would loop.
    if (typeof issue.body === 'string' && /Shared by Chorus after review \(story [0-9a-f-]{36}\)/.test(issue.body)) return ignored(c, 'chorus');
    const login = isObject(issue.user) && typeof issue.user.login === 'string' ? issue.user.login : null;
    const fields = submissionFromIssue(
      { title: issue.title, body: typeof issue.body === 'string' ? issue.body : null, labels: labels.map((name) => ({ name })) },
      { ignoreLabels: [...github.labels, github.publishedLabel] },
    );
    const origin: NewOrigin = {
      channel: 'github',
      url: issue.html_url,
      externalId: `${repo.toLowerCase()}#${issue.number}`,
      author: login,
      context: { repo, number: issue.number, base: base(c) },
    };
    return webhookAnswer(c, await takeStory(deps, fields, origin, login ?? 'unknown', c.get('locale')));
  });

  app.post('/discourse', gate('discourse'), async (c) => {
    const forum = config.discourse;
    // The gate answered 404 already; this narrows the type.
    if (!forum) return c.body(null, 404);
    const raw = await rawBody(c);
    if (!discourseSignatureValid(forum.secret, raw, c.req.header('X-Discourse-Event-Signature'))) return unauthorized(c, 'discourse');
    const event = c.req.header('X-Discourse-Event');
    const payload = parseJson(raw);
    if (!isObject(payload)) return badPayload(c, 'discourse');
    if (event === 'ping') return c.json({ ok: true });
    if (event !== 'topic_created') return ignored(c, 'event');
    const topic = payload.topic;
    if (!isObject(topic) || typeof topic.id !== 'number' || typeof topic.title !== 'string') return badPayload(c, 'discourse');
    if (topic.archetype !== undefined && topic.archetype !== 'regular') return ignored(c, 'private message');
    if (forum.category !== undefined && topic.category_id !== forum.category) return ignored(c, 'category');
    const author = isObject(topic.created_by) && typeof topic.created_by.username === 'string' ? topic.created_by.username : null;
    // Topics Chorus opens for approved stories are posted as this user: taking them in again would loop.
    if (author && author === forum.username) return ignored(c, 'chorus');
    if (!forum.url) return apiError(c, 503, 'unavailable', tr(c)('forumUnavailable'));
    // The webhook carries the topic, not its posts: the first post comes from the forum's own API.
    const headers: Record<string, string> = forum.apiKey ? { 'Api-Key': forum.apiKey, 'Api-Username': forum.username } : {};
    const answer = await requestJson('GET', `${forum.url}/t/${topic.id}.json`, undefined, headers, { timeoutMs: 5000, ...deps.send });
    const posts = answer.ok && isObject(answer.data) && isObject(answer.data.post_stream) ? answer.data.post_stream.posts : undefined;
    const first = Array.isArray(posts) ? (posts as unknown[]).find((post) => isObject(post) && post.post_number === 1) : undefined;
    if (!isObject(first) || typeof first.cooked !== 'string') {
      logger.log('warn', 'intake: forum topic could not be read', {
        requestId: c.get('requestId'),
        topicId: topic.id,
        error: answer.ok ? 'no first post' : answer.error,
      });
      c.header('Retry-After', '60');
      return apiError(c, 503, 'unavailable', tr(c)('forumUnavailable'));
    }
    const slug = typeof topic.slug === 'string' && topic.slug ? encodeURIComponent(topic.slug) : 'topic';
    const fields = submissionFromTopic(
      { title: topic.title, tags: Array.isArray(topic.tags) ? (topic.tags as (string | { name?: string })[]) : [] },
      bodyHtml({ body: first.cooked, bodyFormat: 'html' }, { baseUrl: forum.url, images: true }),
    );
    const origin: NewOrigin = {
      channel: 'discourse',
      url: `${forum.url}/t/${slug}/${topic.id}`,
      externalId: String(topic.id),
      author,
      context: { topicId: topic.id, base: base(c) },
    };
    // Cooked HTML is stored as HTML; every renderer sanitizes it again.
    return webhookAnswer(c, await takeStory(deps, fields, origin, author ?? 'unknown', c.get('locale'), 'html'));
  });

  app.post('/slack', gate('slack'), async (c) => {
    const slack = config.slack;
    // The gate answered 404 already; this narrows the type.
    if (!slack) return c.body(null, 404);
    const raw = await rawBody(c);
    const signed = slackSignatureValid(
      slack.signingSecret,
      raw,
      { signature: c.req.header('X-Slack-Signature'), timestamp: c.req.header('X-Slack-Request-Timestamp') },
      deps.now(),
    );
    if (!signed) return unauthorized(c, 'slack');
    return slackRequest(c, raw, { ...deps, slack, base: base(c), markdown: slackToMarkdown, fromChat: submissionFromChat });
  });

  app.post('/discord', gate('discord'), async (c) => {
    const discord = config.discord;
    // The gate answered 404 already; this narrows the type.
    if (!discord) return c.body(null, 404);
    const raw = await rawBody(c);
    const signed = await discordSignatureValid(
      discord.publicKey,
      raw,
      { signature: c.req.header('X-Signature-Ed25519'), timestamp: c.req.header('X-Signature-Timestamp') },
      deps.now(),
    );
    if (!signed) return unauthorized(c, 'discord');
    const payload = parseJson(raw);
    if (!isObject(payload)) return badPayload(c, 'discord');
    return discordInteraction(c, payload, { ...deps, discord, base: base(c), markdown: discordToMarkdown, fromChat: submissionFromChat, locale: pickLocale });
  });

  return app;
}
