import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiErrorCode, ApiIssue } from '../src/schema/index.ts';
import { parseAcceptLanguage, resolveLocale } from '../src/shared/locale.ts';
// The server's own messages name the languages it answers in: registering them here makes
// pickLocale's answer the same whichever other tables a process has imported.
import './messages.strings.ts';
import type { Actor } from './store/moderators.ts';

export interface Logger {
  log(level: 'debug' | 'info' | 'warn' | 'error', msg: string, fields?: Record<string, unknown>): void;
}

export const silentLogger: Logger = { log() {} };

export interface AppEnv {
  /** `actor`: whose token an admin request carries (set by the admin routes' middleware). */
  Variables: { requestId: string; locale: string; actor: Actor | undefined };
}

export type AppContext = Context<AppEnv>;

/** The one error shape of the API: `{ error: { code, message, issues? } }`. */
export function apiError(c: Context, status: ContentfulStatusCode, code: ApiErrorCode, message: string, issues?: ApiIssue[]): Response {
  c.header('Cache-Control', 'no-store');
  return c.json({ error: issues ? { code, message, issues } : { code, message } }, status);
}

/**
 * The language of a request's answer: the first language of `Accept-Language` (by quality)
 * that Chorus has, matched as the elements match `lang` (the same resolver), else English.
 * Always one of the languages Chorus has (`es-MX` → `es`), so answers and caches per language stay few.
 */
export function pickLocale(acceptLanguage: string | undefined): string {
  return resolveLocale(parseAcceptLanguage(acceptLanguage), { region: false });
}

/** A weak validator for a response body: equal bodies, equal tags. */
export function etagOf(body: string): string {
  return `W/"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
}

/** Whether `If-None-Match` already holds this ETag (weak comparison, as RFC 9110 asks for GET). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const bare = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === bare);
}

export const PUBLIC_CACHE = 'public, max-age=30, stale-while-revalidate=300';

/** A body with its ETag, answered as `304` when the client already has it. */
export function cachedResponse(c: Context, entry: { body: string; etag: string; type: string }, cacheControl = PUBLIC_CACHE): Response {
  c.header('ETag', entry.etag);
  c.header('Cache-Control', cacheControl);
  if (matchesEtag(c.req.header('If-None-Match'), entry.etag)) return c.body(null, 304);
  c.header('Content-Type', entry.type);
  return c.body(entry.body, 200);
}

/**
 * The client's address: the socket's peer, or with `trustProxy` hops the
 * entry that many places from the right of `X-Forwarded-For` (as Express's
 * `trust proxy` counts them), so a client cannot forge its own.
 */
export function clientAddress(remote: string | undefined, forwardedFor: string | undefined, trustProxy: number): string {
  const chain = [remote ?? 'unknown'];
  if (trustProxy > 0 && forwardedFor) {
    const hops = forwardedFor
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)
      .reverse();
    chain.push(...hops);
  }
  return chain[Math.min(trustProxy, chain.length - 1)] ?? 'unknown';
}
