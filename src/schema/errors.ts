import * as z from 'zod/mini';
import { schemaStrings } from './schema.strings.ts';

/** Machine-readable error codes of the HTTP API. */
export const API_ERROR_CODES = [
  'validation',
  'bad_json',
  'payload_too_large',
  'rate_limited',
  'not_found',
  'unauthorized',
  'forbidden',
  'conflict',
  'unsupported_media_type',
  'server',
  'unavailable',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export const ApiIssue = z.object({
  path: z.array(z.custom<string | number>((part) => typeof part === 'string' || typeof part === 'number')),
  message: z.string(),
  /** The schema message key (see `schemaStrings`) so a client can show it in its reader's language. */
  code: z.optional(z.string()),
});
export type ApiIssue = z.infer<typeof ApiIssue>;

/** Every error the API answers: `{ error: { code, message, issues? } }`. */
export const ApiError = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.optional(z.array(ApiIssue)),
  }),
});
export type ApiError = z.infer<typeof ApiError>;

interface IssueLike {
  path: PropertyKey[];
  message: string;
}

/** A strings table made with `defineStrings` whose keys are issue messages (`schemaStrings`, `pollStrings`). */
export type IssueStrings = (locale: string) => (key: never, params?: Record<string, string | number>) => string;

/**
 * Turns a zod issue (whose message is a key of `strings`, by default
 * `schemaStrings`) into an API issue worded for a person in `locale`. Unknown
 * messages fall back to the field's generic advice, never to zod's "Invalid input".
 */
export function localizeIssue(issue: IssueLike, locale = 'en', strings: IssueStrings = schemaStrings): ApiIssue {
  const t = strings(locale) as (key: string) => string;
  const english = strings('en') as (key: string) => string;
  const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
  const field = typeof path[0] === 'string' ? path[0] : '';
  const known = (key: string) => english(key) !== key;
  const code = known(issue.message) ? issue.message : known(`${field}.invalid`) ? `${field}.invalid` : 'invalid';
  return { path, message: t(code), code };
}

/** One issue per field (the first), in the order the fields appear in the form. */
export function localizeIssues(issues: readonly IssueLike[], locale = 'en', strings: IssueStrings = schemaStrings): ApiIssue[] {
  const seen = new Set<string>();
  const result: ApiIssue[] = [];
  for (const issue of issues) {
    const localized = localizeIssue(issue, locale, strings);
    const key = localized.path.join('.');
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(localized);
  }
  return result;
}
