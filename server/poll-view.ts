import { stringify } from 'csv-stringify/sync';
import type { AdminPoll, Poll, PollResults } from '../src/schema/index.ts';
import type { PollRecord } from './store/poll-store.ts';

/** Whether a reader may see the counts: after voting, once the poll is closed, or always if the poll says so. */
export function countsVisible(poll: Pick<PollRecord, 'closed' | 'resultsBeforeVote'>, choice: readonly string[] | null): boolean {
  return poll.closed || poll.resultsBeforeVote || choice !== null;
}

/** A poll as one reader sees it, built field by field so nothing private or early ever slips in. */
export function publicPoll(poll: PollRecord, choice: string[] | null): Poll {
  const visible = countsVisible(poll, choice);
  return {
    id: poll.id,
    question: poll.question,
    options: poll.options.map((option) => (visible ? { id: option.id, text: option.text, votes: option.votes } : { id: option.id, text: option.text })),
    multiple: poll.multiple,
    resultsBeforeVote: poll.resultsBeforeVote,
    closesAt: poll.closesAt,
    closed: poll.closed,
    ...(visible ? { total: poll.total } : {}),
    ...(choice ? { choice } : {}),
  };
}

export function adminPoll(poll: PollRecord): AdminPoll {
  const { version: _, ...rest } = poll;
  return rest;
}

const percentOf = (votes: number, total: number) => (total === 0 ? 0 : Math.round((votes / total) * 1000) / 10);

/** The JSON export: the admin view, each option with its share of voters. */
export function pollResults(poll: PollRecord, at: Date): PollResults {
  const base = adminPoll(poll);
  return {
    ...base,
    options: base.options.map((option) => ({ ...option, percent: percentOf(option.votes, base.total) })),
    exportedAt: at.toISOString(),
  };
}

/**
 * The CSV export (RFC 4180: CRLF line ends, fields quoted when they hold a comma,
 * quote or line break), one row per option. Text cells that start with `=`, `+`,
 * `-`, `@`, a tab or a carriage return get a leading `'`, so a spreadsheet shows
 * them instead of running them as a formula (CSV injection); numbers are left alone.
 */
export function resultsCsv(poll: PollRecord): string {
  const rows = poll.options.map((option) => [poll.id, poll.question, option.id, option.text, option.votes, percentOf(option.votes, poll.total), poll.total]);
  return stringify(rows, {
    header: true,
    columns: ['poll_id', 'question', 'option_id', 'option', 'votes', 'percent', 'voters'],
    record_delimiter: 'windows',
    escape_formulas: true,
  });
}
