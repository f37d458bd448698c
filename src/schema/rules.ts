/**
 * The zod-free half of the schemas: constants and predicates the rules are built
 * from. Elements import these (not the schemas) for what they show before anyone
 * acts (the kinds to offer, the length limits), so a page pays for zod only once
 * validation is needed. The zod schemas in story.ts and membership.ts use the same
 * functions, and the browser's generated checks import them by name (see
 * scripts/schema-checks.ts), so each rule is written once.
 * @module
 */
import { isHttpUrl } from '../shared/url.ts';

export { isHttpUrl };

/** What a story is about; decides which fields it needs. */
export const STORY_KINDS = ['boost', 'news', 'story', 'event'] as const;
export type StoryKind = (typeof STORY_KINDS)[number];

export const STORY_STATUSES = ['pending', 'approved', 'rejected', 'spam'] as const;

/** Where a story was first told: the web form, or a channel the community talks in. */
export const STORY_CHANNELS = ['form', 'github', 'discourse', 'slack', 'discord'] as const;

export const LIMITS = {
  title: 120,
  body: 20_000,
  boostBody: 500,
  link: 2048,
  tags: 5,
  tag: 32,
  authorName: 80,
  authorEmail: 254,
  region: 80,
  language: 35,
} as const;

/** Length in Unicode code points, so an emoji counts as one character, as PostgreSQL's char_length does. */
export function charCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

// RFC 3339 date-time with an offset, as JSON dates are written. Not z.iso.datetime(): a regular expression costs 0.7 KB less in every page.
const DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)$/i;

/** Whether a string is an RFC 3339 date-time that names a real instant. */
export function isDateTime(value: string): boolean {
  return DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));
}

/** A step of an issue's path: an object key or an array index. */
export function isPathPart(part: unknown): part is string | number {
  return typeof part === 'string' || typeof part === 'number';
}

/**
 * The tiers in a membership document, in either accepted shape: a bare array or
 * `{ "tiers": [...] }`; null for anything else. Each tier is then checked with the
 * MembershipTier schema (by the server on start-up, by the card for a site's own content).
 */
export function tierListOf(data: unknown): unknown[] | null {
  if (Array.isArray(data)) return data;
  const tiers = data !== null && typeof data === 'object' ? (data as { tiers?: unknown }).tiers : undefined;
  return Array.isArray(tiers) ? tiers : null;
}
