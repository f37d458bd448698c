import * as z from 'zod/mini';
import { dateTime, maxChars, noControl } from './story.ts';

/**
 * Polls: what a moderator sends to create or edit one, what a reader sees, and
 * what a vote carries. Issue messages are keys of `pollStrings`; localize them
 * with `localizeIssues(issues, locale, pollStrings)`.
 */

export const POLL_LIMITS = {
  question: 200,
  option: 100,
  minOptions: 2,
  maxOptions: 10,
} as const;

/**
 * The per-browser voter token: random, kept in `localStorage`, sent with every
 * vote and read. `crypto.randomUUID()` and 22+ characters of base64url both fit.
 */
export const VOTER_TOKEN = /^[A-Za-z0-9_-]{16,128}$/;

// Questions and answers are one line: runs of white space (newlines, tabs) become one space.
const oneLine = z.overwrite((value: string) => value.replace(/\s+/g, ' ').trim());

const question = z
  .string('question.invalid')
  .check(oneLine, z.minLength(1, 'question.required'), maxChars(POLL_LIMITS.question, 'question.tooLong'), noControl);

const optionText = z
  .string('options.textRequired')
  .check(oneLine, z.minLength(1, 'options.textRequired'), maxChars(POLL_LIMITS.option, 'options.textTooLong'), noControl);

/** Two answers that differ only in case or spacing would split one opinion in two. */
const distinct = (texts: string[]) => new Set(texts.map((text) => text.toLocaleLowerCase())).size === texts.length;

const optionTexts = z
  .array(optionText, 'options.invalid')
  .check(
    z.minLength(POLL_LIMITS.minOptions, 'options.tooFew'),
    z.maxLength(POLL_LIMITS.maxOptions, 'options.tooMany'),
    z.refine(distinct, 'options.duplicate'),
  );

/** When the poll closes by itself (RFC 3339 with an offset); `null` or absent: only when a moderator closes it. */
/** `Date.parse` rolls 31 February over into March; a closing time should be a day that exists. */
const realDay = (value: string) => {
  const [year = 0, month = 0, day = 0] = value.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
};

// Its issues (`date.invalid`, a wrong type) are worded by the field's fallback, `closesAt.invalid`.
const closesAt = z.nullable(dateTime().check(z.refine(realDay, 'closesAt.invalid')));

/** `POST /api/v1/admin/polls`: a new poll, open at once. */
export const PollCreate = z.object({
  question,
  /** The answers' texts, in the order shown. */
  options: optionTexts,
  /** Whether a person may choose several answers (checkboxes) rather than one (radio buttons). */
  multiple: z._default(z.boolean('multiple.invalid'), false),
  /** Whether readers may see the counts before they vote. */
  resultsBeforeVote: z._default(z.boolean('resultsBeforeVote.invalid'), false),
  closesAt: z.optional(closesAt),
});
export type PollCreate = z.infer<typeof PollCreate>;
export type PollCreateInput = z.input<typeof PollCreate>;

/**
 * `PATCH /api/v1/admin/polls/{id}`: only the fields sent change. Until the first
 * vote anything may change; after it only `closesAt` (an open poll's deadline).
 * New `options` replace the list; an answer whose text is unchanged keeps its id.
 */
export const PollUpdate = z.object({
  question: z.optional(question),
  options: z.optional(optionTexts),
  multiple: z.optional(z.boolean('multiple.invalid')),
  resultsBeforeVote: z.optional(z.boolean('resultsBeforeVote.invalid')),
  closesAt: z.optional(closesAt),
});
export type PollUpdate = z.infer<typeof PollUpdate>;
export type PollUpdateInput = z.input<typeof PollUpdate>;

/** `POST /api/v1/polls/{id}/votes`: a person's choice. A second vote with the same `voter` replaces the first. */
export const PollVote = z.object({
  /** The chosen options' ids: exactly one unless the poll is `multiple`. Repeats count once. */
  options: z.array(z.string('vote.unknown').check(z.maxLength(64, 'vote.unknown')), 'vote.required').check(
    z.overwrite((ids: string[]) => [...new Set(ids)]),
    z.minLength(1, 'vote.required'),
    z.maxLength(POLL_LIMITS.maxOptions, 'vote.unknown'),
  ),
  /** The per-browser token (see `VOTER_TOKEN`). */
  voter: z.string('voter.invalid').check(z.regex(VOTER_TOKEN, 'voter.invalid')),
});
export type PollVote = z.infer<typeof PollVote>;

/** One answer as a reader sees it; `votes` only once the reader may see counts. */
export const PollOption = z.object({
  id: z.string(),
  text: z.string(),
  votes: z.optional(z.number()),
});
export type PollOption = z.infer<typeof PollOption>;

/**
 * A poll as a reader sees it (`GET /api/v1/polls/{id}`, the vote's answer, each
 * stream event). Counts (`options[].votes`, `total`) are present only once
 * visible to this reader: after they voted, when the poll is closed, or always
 * when `resultsBeforeVote`.
 */
export const Poll = z.object({
  id: z.string(),
  question: z.string(),
  options: z.array(PollOption),
  multiple: z.boolean(),
  resultsBeforeVote: z.boolean(),
  closesAt: z.nullable(dateTime()),
  /** Closed by a moderator or past `closesAt`: results are final and votes refused. */
  closed: z.boolean(),
  /** How many people voted (for a `multiple` poll, option counts may add up to more). */
  total: z.optional(z.number()),
  /** The options this reader's `voter` token chose, when it has voted. */
  choice: z.optional(z.array(z.string())),
});
export type Poll = z.infer<typeof Poll>;

export const AdminPollOption = z.object({
  id: z.string(),
  text: z.string(),
  votes: z.number(),
});
export type AdminPollOption = z.infer<typeof AdminPollOption>;

/** A poll as a moderator sees it: always with counts. Editable while `total` is 0 and it is open. */
export const AdminPoll = z.object({
  id: z.string(),
  question: z.string(),
  options: z.array(AdminPollOption),
  multiple: z.boolean(),
  resultsBeforeVote: z.boolean(),
  closesAt: z.nullable(dateTime()),
  closed: z.boolean(),
  total: z.number(),
  createdAt: dateTime(),
  updatedAt: dateTime(),
  /** When a moderator closed it (a poll past `closesAt` is closed with this still null). */
  closedAt: z.nullable(dateTime()),
});
export type AdminPoll = z.infer<typeof AdminPoll>;

/** `GET /api/v1/admin/polls`: newest first. */
export const AdminPollPage = z.object({
  polls: z.array(AdminPoll),
  nextCursor: z.nullable(z.string()),
});
export type AdminPollPage = z.infer<typeof AdminPollPage>;

/** `GET /api/v1/admin/polls/{id}/results?format=json`: the export, each option with its share of voters. */
export const PollResults = z.object({
  ...AdminPoll.shape,
  options: z.array(
    z.object({
      ...AdminPollOption.shape,
      /** votes ÷ total × 100, rounded to one decimal; 0 while nobody voted. */
      percent: z.number(),
    }),
  ),
  exportedAt: dateTime(),
});
export type PollResults = z.infer<typeof PollResults>;

/**
 * The events of `GET /api/v1/polls/{id}/events` (Server-Sent Events). Each
 * carries a `Poll` as JSON, seen as that reader may see it, and `id` the
 * poll's version. `closed` is the last one: the server ends the stream after it.
 * `deleted` carries `{id}` and ends the stream too.
 */
export const POLL_STREAM_EVENTS = ['poll', 'closed', 'deleted'] as const;
export type PollStreamEvent = (typeof POLL_STREAM_EVENTS)[number];
