/**
 * Amplification on Bluesky through `@atproto/api`: a `boost` story whose link
 * is a Bluesky post (`https://bsky.app/profile/HANDLE_OR_DID/post/RKEY`) is
 * reposted by the community's account; any other story becomes a new post
 * with its title, an excerpt and a link to its page (a link facet and an
 * external embed card).
 *
 * Exactly once: each record is written with `com.atproto.repo.putRecord` under
 * a record key derived from the story, with `swapRecord: null` ("only if no
 * record is there yet"). A retry after a lost answer finds the record there:
 * the PDS answers the same record (no change) or `InvalidSwap`, never a second
 * post. (`createRecord` with an existing key fails deep in the repository with
 * a 500 that looks like an outage, so it is not used.)
 */
import { AtpAgent, RichText, XRPCError, type AppBskyFeedPost } from '@atproto/api';
import { TID } from '@atproto/common-web';
import { isValidDid } from '@atproto/syntax';
import { createHash } from 'node:crypto';
import type { AdminStory } from '../../src/schema/index.ts';
import type { Sender } from '../outbox.ts';
import { permalinkOf } from '../permalink.ts';
import type { Attempt, SendOptions } from './http.ts';
import { blueskyPost } from './post-urls.ts';
import { headerSource, rateLimitWaitMs } from './rate-limit.ts';
import { composePost, graphemeCount, postExcerpt, cutOnWord } from './social-text.ts';

export interface BlueskyConfig {
  /** The PDS or entryway, default `https://bsky.social`. */
  service: string;
  /** The community account's handle or DID. */
  identifier: string;
  /** An app password (`xxxx-xxxx-xxxx-xxxx`). */
  password: string;
  /** `CHORUS_PUBLIC_URL`: posts link to `{publicUrl}/stories/{id}`. */
  publicUrl: string;
}

/** `app.bsky.feed.post`: `text` has at most 300 graphemes and 3,000 bytes. */
export const BLUESKY_LIMITS = { maxGraphemes: 300, maxBytes: 3000 } as const;
/** The external card's description: the lexicon allows more, the app shows about this much. */
const CARD_DESCRIPTION = 300;
const MAX_ERROR = 300;

/**
 * The record key a story's post (or repost) gets: a TID, as the lexicons of
 * `app.bsky.feed.post` and `app.bsky.feed.repost` require, whose time is when
 * the story was submitted (it never changes) and whose clock id and
 * microseconds come from a hash of its id. The same story always gets the
 * same key; two stories, different ones.
 */
export function recordKey(story: Pick<AdminStory, 'id' | 'createdAt'>): string {
  const hash = createHash('sha256').update(`chorus-story:${story.id}`).digest();
  const ms = Date.parse(story.createdAt);
  const micros = (Number.isFinite(ms) ? ms : 0) * 1000 + (hash.readUInt16BE(0) % 1000);
  return TID.fromTime(micros, hash.readUInt16BE(2) % 1024).toString();
}

/** `https://bsky.app/profile/{handle or DID}/post/{rkey}`, the post's public page (both are URL-safe once validated). */
const postPage = (actor: string, rkey: string) => `https://bsky.app/profile/${actor}/post/${rkey}`;

/** The story's post: text within Bluesky's limits, its links as facets, an external card to the story's page. */
export function postRecord(story: AdminStory, link: string, createdAt: string): AppBskyFeedPost.Record {
  const text = composePost(story, link, { max: BLUESKY_LIMITS.maxGraphemes, measure: graphemeCount, maxBytes: BLUESKY_LIMITS.maxBytes });
  const rich = new RichText({ text });
  rich.detectFacetsWithoutResolution();
  // Links and hashtags only: a mention would notify someone the story happens to name, and unresolved it has no DID anyway.
  const facets = (rich.facets ?? [])
    .map((facet) => ({ ...facet, features: facet.features.filter((feature) => feature.$type !== 'app.bsky.richtext.facet#mention') }))
    .filter((facet) => facet.features.length > 0);
  const description = cutOnWord(postExcerpt(story), (candidate) => graphemeCount(candidate) <= CARD_DESCRIPTION, story.language);
  return {
    $type: 'app.bsky.feed.post',
    text: rich.text,
    ...(facets.length ? { facets } : {}),
    ...(story.language ? { langs: [story.language] } : {}),
    embed: { $type: 'app.bsky.embed.external', external: { uri: link, title: story.title, description } },
    createdAt,
  };
}

const AUTH_ERRORS = new Set(['ExpiredToken', 'InvalidToken', 'AuthenticationRequired', 'AuthMissing']);
const GONE_ERRORS = new Set(['RecordNotFound', 'HandleNotFound', 'RepoNotFound', 'RepoDeactivated', 'RepoTakendown', 'RepoSuspended', 'NotFound']);

/** Sorts whatever the client threw into retry-later or give-up, with a reason a moderator can act on. */
export function blueskyFailure(error: unknown, now: number, timeoutMs: number): Attempt & { ok: false } {
  if (!(error instanceof XRPCError)) {
    return { ok: false, retryable: true, error: `unexpected error talking to Bluesky: ${(error as Error).message}`.slice(0, MAX_ERROR) };
  }
  const status: number = error.status;
  const why = `${error.error && error.error !== error.message ? `${error.error}: ` : ''}${error.message}`.replace(/\s+/g, ' ').slice(0, 200);
  if (status === 1 || status === 2) {
    // fetch's own errors nest the reason (`fetch failed` → ECONNREFUSED …): name the innermost one.
    let cause = error.cause as (Error & { code?: string; cause?: unknown }) | undefined;
    while (cause?.cause instanceof Error) cause = cause.cause as Error & { code?: string; cause?: unknown };
    const timedOut = cause?.name === 'TimeoutError' || cause?.name === 'AbortError';
    const reason = cause && cause.message !== error.message ? `: ${cause.code ?? cause.message}` : '';
    return {
      ok: false,
      retryable: true,
      error: timedOut ? `Bluesky did not answer within ${timeoutMs} ms` : `could not reach Bluesky (${why}${reason})`.slice(0, MAX_ERROR),
    };
  }
  if (status === 429) {
    return { ok: false, retryable: true, retryAfterMs: rateLimitWaitMs(headerSource(error.headers), now), status, error: `Bluesky is rate limiting (${why})` };
  }
  if (status === 408 || status >= 500) {
    return {
      ok: false,
      retryable: true,
      retryAfterMs: rateLimitWaitMs(headerSource(error.headers), now),
      status,
      error: `Bluesky is unavailable (HTTP ${status}: ${why})`,
    };
  }
  if (status === 401 || AUTH_ERRORS.has(error.error) || error.error === 'AccountTakedown' || error.error === 'AccountDeactivated') {
    return {
      ok: false,
      retryable: false,
      status,
      error: `Bluesky refused the sign-in (${why}): check CHORUS_BLUESKY_HANDLE and CHORUS_BLUESKY_APP_PASSWORD, or create a new app password`,
    };
  }
  if (status === 404 || GONE_ERRORS.has(error.error) || /unable to resolve handle|could not locate record/i.test(error.message)) {
    return { ok: false, retryable: false, status, error: `the post no longer exists (${why})` };
  }
  return { ok: false, retryable: false, status, error: `Bluesky refused the request (HTTP ${status}: ${why})` };
}

export function blueskySender(config: BlueskyConfig, options: SendOptions = {}): Sender {
  const now = options.now ?? Date.now;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const baseFetch = options.fetch ?? fetch;
  const agent = new AtpAgent({
    service: config.service,
    // Every request, the client's own session refreshes included, gets the same time limit.
    fetch: (input, init) => baseFetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) }),
  });
  let signingIn: Promise<unknown> | undefined;

  /** Signs in once per process; concurrent deliveries share the attempt. */
  async function signIn(): Promise<void> {
    if (agent.hasSession) return;
    signingIn ??= agent.login({ identifier: config.identifier, password: config.password }).finally(() => (signingIn = undefined));
    await signingIn;
  }

  /**
   * Runs a call with a session. An expired access token is refreshed by the
   * client itself; when the refresh token has expired or was revoked too, the
   * call fails with an auth error, and one new sign-in with the app password
   * follows before the call is tried again.
   */
  async function withSession<T>(call: () => Promise<T>): Promise<T> {
    await signIn();
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof XRPCError) || !(error.status === 401 || AUTH_ERRORS.has(error.error))) throw error;
      await agent.logout().catch(() => undefined);
      await signIn();
      return call();
    }
  }

  /** Writes a record under its story's key unless one is there already. */
  async function putOnce(collection: string, rkey: string, record: Record<string, unknown>): Promise<void> {
    try {
      await withSession(() => agent.com.atproto.repo.putRecord({ repo: agent.session?.did ?? config.identifier, collection, rkey, record, swapRecord: null }));
    } catch (error) {
      // Something is at this key already: an earlier attempt wrote it and its answer was lost.
      if (error instanceof XRPCError && error.error === 'InvalidSwap') return;
      throw error;
    }
  }

  async function repost(story: AdminStory, actor: string, rkey: string): Promise<Attempt & { url?: string }> {
    const did = isValidDid(actor) ? actor : (await withSession(() => agent.com.atproto.identity.resolveHandle({ handle: actor }))).data.did;
    const found = await withSession(() => agent.com.atproto.repo.getRecord({ repo: did, collection: 'app.bsky.feed.post', rkey }));
    if (!found.data.cid) throw new XRPCError(400, 'RecordNotFound', `Bluesky returned no cid for at://${did}/app.bsky.feed.post/${rkey}`);
    await putOnce('app.bsky.feed.repost', recordKey(story), {
      $type: 'app.bsky.feed.repost',
      subject: { uri: found.data.uri, cid: found.data.cid },
      createdAt: new Date(now()).toISOString(),
    });
    return { ok: true, status: 200, data: null, url: postPage(actor, rkey) };
  }

  async function post(story: AdminStory): Promise<Attempt & { url?: string }> {
    const link = permalinkOf(config.publicUrl.replace(/\/+$/, ''), story.id);
    const rkey = recordKey(story);
    await putOnce('app.bsky.feed.post', rkey, { ...postRecord(story, link, new Date(now()).toISOString()) });
    return { ok: true, status: 200, data: null, url: postPage(agent.session?.handle ?? config.identifier, rkey) };
  }

  return async (story) => {
    const target = story.kind === 'boost' ? blueskyPost(story.link) : undefined;
    try {
      return target ? await repost(story, target.actor, target.rkey) : await post(story);
    } catch (error) {
      return blueskyFailure(error, now(), timeoutMs);
    }
  };
}
