/**
 * Words for a failure, in the reader's language. Every element turns an error into
 * text here, from one table (error-messages.strings.ts), so a SourceError kind means
 * the same thing everywhere and a new kind is added in one place.
 * @module
 */
import { SourceError } from '../client/types.ts';
import { pluralKey } from './locale.ts';
import { errorStrings } from './error-messages.strings.ts';
import { dateFormat, timeOfDay } from './intl.ts';

/**
 * What the person was doing: `read` (a feed loading stories), `reason` (the end of a
 * moderator's sentence, "could not approve …: {reason}"), `send` (a story being sent).
 */
export type ErrorPurpose = 'read' | 'reason' | 'send';

/** A SourceError that says the browser was refused a forum's answer (see DiscourseCorsError). */
function corsRefusal(error: SourceError | undefined): { forum: string; origin: string } | undefined {
  return error && 'forum' in error && 'origin' in error ? (error as SourceError & { forum: string; origin: string }) : undefined;
}

/** The message for `error` (any thrown value; a SourceError says the most). */
export function errorMessage(error: unknown, purpose: ErrorPurpose, locale: string): string {
  const t = errorStrings(locale);
  const source = error instanceof SourceError ? error : undefined;
  const kind = source?.kind ?? 'other';
  const cors = corsRefusal(source);
  if (purpose === 'read' && cors) return t('read.cors', { forum: cors.forum, origin: cors.origin });
  if (kind === 'rate-limited' && purpose === 'read' && source?.resetAt) return t('read.rateLimitedUntil', { time: timeOfDay(locale).format(source.resetAt) });
  if (kind === 'rate-limited' && purpose === 'send' && source?.retryAfter) {
    const seconds = source.retryAfter;
    if (seconds <= 90) return t(pluralKey('send.rateLimitedSeconds', seconds, locale), { count: seconds });
    return t('send.rateLimitedAt', { time: dateFormat(locale, { timeStyle: 'short' }).format(Date.now() + seconds * 1000) });
  }
  const key = `${purpose}.${kind}`;
  return t(t.has(key) ? key : `${purpose}.other`);
}
