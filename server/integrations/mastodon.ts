/**
 * Amplification on Mastodon, with plain `fetch` against the REST API
 * (docs.joinmastodon.org): a `boost` story whose link is a post on any
 * fediverse server is boosted by the community's account (found through the
 * community's own server, then reblogged); any other story becomes a new
 * public status with its title, an excerpt and a link to its page.
 *
 * Exactly once: a reblog is idempotent on the server, and a new status carries
 * an `Idempotency-Key` derived from the story, which Mastodon honours for an
 * hour, so a retry after a timeout gets the first status back.
 */
import type { AdminStory } from '../../src/schema/index.ts';
import type { Sender } from '../outbox.ts';
import { permalinkOf } from '../permalink.ts';
import { exchange, type Attempt, type SendOptions } from './http.ts';
import { mastodonPostUrl } from './post-urls.ts';
import { rateLimitWaitMs } from './rate-limit.ts';
import { composePost, graphemeCount } from './social-text.ts';

export interface MastodonConfig {
  /** The community's server, e.g. `https://mastodon.social` (no trailing slash). */
  url: string;
  /** An access token with the scopes `read:search` and `write:statuses`. */
  token: string;
  /** `CHORUS_PUBLIC_URL`: posts link to `{publicUrl}/stories/{id}`. */
  publicUrl: string;
}

/** Mastodon's defaults, used when the server does not say (docs: entities/Instance, `configuration.statuses`). */
export const MASTODON_DEFAULT_LIMITS = { maxCharacters: 500, charactersPerUrl: 23 } as const;

/** How long a server's limits are trusted before they are asked for again. */
const LIMITS_TTL_MS = 3_600_000;
const MAX_ERROR = 300;

type Failure = Attempt & { ok: false };
type Success = { ok: true; status: number; data: unknown };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The key Mastodon remembers for an hour: the same story always sends the same one. */
export const idempotencyKey = (storyId: string) => `chorus-story-${storyId}-mastodon`;

/** ISO 639-1, which Mastodon's `language` takes: the primary subtag of the story's language, if it is one. */
export function mastodonLanguage(language: string | null | undefined): string | undefined {
  const primary = language?.split('-')[0]?.toLowerCase();
  return primary && /^[a-z]{2}$/.test(primary) ? primary : undefined;
}

/** Mastodon's own words for an error (`{"error": "…", "error_description": "…"}`), short and single-line. */
function detail(status: number, text: string): string {
  let message = text;
  try {
    const data = JSON.parse(text) as unknown;
    if (isObject(data)) message = [data.error, data.error_description].filter((part) => typeof part === 'string' && part).join(': ');
  } catch {
    // Not JSON (a proxy's error page): its text, trimmed, says enough.
  }
  message = message
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return `HTTP ${status}${message ? `: ${message}` : ''}`.slice(0, MAX_ERROR);
}

export function mastodonSender(config: MastodonConfig, options: SendOptions = {}): Sender {
  const base = config.url.replace(/\/+$/, '');
  const now = options.now ?? Date.now;
  let limits: { maxCharacters: number; charactersPerUrl: number; until: number } | undefined;

  /** One API call; never throws, never puts the token in an error. */
  async function call(method: 'GET' | 'POST', path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Success | Failure> {
    const answer = await exchange(method, `${base}${path}`, body, { Authorization: `Bearer ${config.token}`, ...headers }, options, 'Mastodon');
    if (!answer.ok) return answer;
    const { response, text } = answer;
    if (response.ok) {
      try {
        return { ok: true, status: response.status, data: text ? (JSON.parse(text) as unknown) : null };
      } catch {
        return { ok: false, retryable: true, status: response.status, error: `Mastodon answered HTTP ${response.status} with something other than JSON` };
      }
    }
    const { status } = response;
    const why = detail(status, text);
    if (status === 429)
      return { ok: false, retryable: true, retryAfterMs: rateLimitWaitMs(response.headers, now()), status, error: `Mastodon is rate limiting (${why})` };
    if (status === 408 || status === 425 || status >= 500) {
      return { ok: false, retryable: true, retryAfterMs: rateLimitWaitMs(response.headers, now()), status, error: `Mastodon is unavailable (${why})` };
    }
    if (status === 401)
      return { ok: false, retryable: false, status, error: `Mastodon refused the access token (${why}): create a new one and set CHORUS_MASTODON_TOKEN` };
    if (status === 403) {
      const scope = /scope/i.test(why) ? ': the token needs the scopes read:search and write:statuses' : '';
      return { ok: false, retryable: false, status, error: `Mastodon refused the request (${why})${scope}` };
    }
    return { ok: false, retryable: false, status, error: why };
  }

  /** The server's status length and link cost, from `/api/v2/instance` (or v1 on older servers), cached for an hour. */
  async function statusLimits(): Promise<{ maxCharacters: number; charactersPerUrl: number }> {
    if (limits && limits.until > now()) return limits;
    const number = (value: unknown, fallback: number) =>
      typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= 1_000_000 ? value : fallback;
    let found: { maxCharacters: number; charactersPerUrl: number } | undefined;
    const v2 = await call('GET', '/api/v2/instance');
    if (v2.ok && isObject(v2.data)) {
      const statuses = isObject(v2.data.configuration) && isObject(v2.data.configuration.statuses) ? v2.data.configuration.statuses : {};
      found = {
        maxCharacters: number(statuses.max_characters, MASTODON_DEFAULT_LIMITS.maxCharacters),
        charactersPerUrl: number(statuses.characters_reserved_per_url, MASTODON_DEFAULT_LIMITS.charactersPerUrl),
      };
    } else if (!v2.ok && v2.status === 404) {
      // Servers older than Mastodon 4.0 (and Pleroma's `max_toot_chars`) answer only v1.
      const v1 = await call('GET', '/api/v1/instance');
      if (v1.ok && isObject(v1.data)) {
        const statuses = isObject(v1.data.configuration) && isObject(v1.data.configuration.statuses) ? v1.data.configuration.statuses : {};
        found = {
          maxCharacters: number(statuses.max_characters ?? v1.data.max_toot_chars, MASTODON_DEFAULT_LIMITS.maxCharacters),
          charactersPerUrl: number(statuses.characters_reserved_per_url, MASTODON_DEFAULT_LIMITS.charactersPerUrl),
        };
      }
    }
    // Unknown limits are Mastodon's defaults, asked again next time rather than kept for an hour.
    if (!found) return MASTODON_DEFAULT_LIMITS;
    limits = { ...found, until: now() + LIMITS_TTL_MS };
    return found;
  }

  async function boost(link: string): Promise<Attempt & { url?: string }> {
    const query = new URLSearchParams({ q: link, resolve: 'true', type: 'statuses', limit: '5' });
    const found = await call('GET', `/api/v2/search?${query}`);
    if (!found.ok) return found.status === 404 ? { ...found, error: `the post no longer exists (${found.error})` } : found;
    const statuses = isObject(found.data) && Array.isArray(found.data.statuses) ? found.data.statuses.filter(isObject) : [];
    const status = statuses.find((candidate) => candidate.url === link || candidate.uri === link) ?? statuses[0];
    if (!status || typeof status.id !== 'string') {
      return {
        ok: false,
        retryable: false,
        status: found.status,
        error: `the post no longer exists: ${new URL(base).host} found nothing at ${link} (it was deleted, is not public, or its server blocks yours)`,
      };
    }
    const original = typeof status.url === 'string' ? status.url : typeof status.uri === 'string' ? status.uri : link;
    // Already boosted (an earlier attempt got through before its answer was lost): nothing to do.
    if (status.reblogged === true) return { ok: true, status: found.status, data: status, url: original };
    const reblogged = await call('POST', `/api/v1/statuses/${encodeURIComponent(status.id)}/reblog`, {});
    if (!reblogged.ok) return reblogged.status === 404 ? { ...reblogged, error: `the post no longer exists (${reblogged.error})` } : reblogged;
    return { ...reblogged, url: original };
  }

  async function post(story: AdminStory): Promise<Attempt & { url?: string }> {
    const { maxCharacters, charactersPerUrl } = await statusLimits();
    const link = permalinkOf(config.publicUrl.replace(/\/+$/, ''), story.id);
    const text = composePost(story, link, { max: maxCharacters, measure: graphemeCount, linkCost: charactersPerUrl });
    const language = mastodonLanguage(story.language);
    const body = { status: text, visibility: 'public', ...(language ? { language } : {}) };
    const created = await call('POST', '/api/v1/statuses', body, { 'Idempotency-Key': idempotencyKey(story.id) });
    if (!created.ok) {
      return created.status === 404 ? { ...created, error: `Mastodon has no status API at ${base} (${created.error}): check CHORUS_MASTODON_URL` } : created;
    }
    const status = isObject(created.data) ? created.data : {};
    const url = typeof status.url === 'string' ? status.url : typeof status.uri === 'string' ? status.uri : undefined;
    return url ? { ...created, url } : created;
  }

  return async (story) => {
    const target = story.kind === 'boost' ? mastodonPostUrl(story.link) : undefined;
    return target ? boost(target) : post(story);
  };
}
