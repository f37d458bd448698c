import type { AdminPoll, PollUpdate } from '../../src/schema/index.ts';
import type { Cursor } from './story-store.ts';

/** A poll with everything the server needs to answer anyone about it. */
export interface PollRecord extends AdminPoll {
  /** Bumped by every stored change (edit, vote, close); equal versions, equal polls (but for `closesAt` passing). */
  version: number;
}

/** A validated poll about to be stored. */
export interface NewPoll {
  id: string;
  question: string;
  options: { id: string; text: string }[];
  multiple: boolean;
  resultsBeforeVote: boolean;
  closesAt: Date | null;
  createdAt: Date;
}

export type UpdatePollResult =
  | { outcome: 'updated'; poll: PollRecord }
  | { outcome: 'not_found' }
  /** People voted already, and the change is more than `closesAt`. */
  | { outcome: 'voted' }
  | { outcome: 'closed' };

export interface NewVote {
  pollId: string;
  /** HMAC of the poll id and the voter token (server/poll-privacy.ts). */
  voterHash: string;
  optionIds: string[];
  at: Date;
}

export type VoteResult =
  /** `previous`: the options this voter had chosen before (null for a first vote). */
  | { outcome: 'counted'; poll: PollRecord; previous: string[] | null }
  | { outcome: 'not_found' }
  | { outcome: 'closed'; poll: PollRecord }
  /** An option id that is not one of the poll's. */
  | { outcome: 'unknown_option'; poll: PollRecord }
  /** Several options on a single-answer poll. */
  | { outcome: 'single'; poll: PollRecord };

/** What a live stream needs to notice a change: the version, and when the poll closes. */
export interface PollState {
  version: number;
  closed: boolean;
  closesAt: Date | null;
}

export type Allowance = { ok: true } | { ok: false; retryAfter: number };

/**
 * Polls, their options and ballots. One Kysely implementation serves PGlite and
 * PostgreSQL, and passes one test suite on both.
 */
export interface PollStore {
  createPoll(poll: NewPoll): Promise<PollRecord>;
  /** One poll with its counts, or null; `closed` as of `at`. */
  getPoll(id: string, at: Date): Promise<PollRecord | null>;
  /** Newest created first, by keyset pagination. */
  listPolls(query: { limit: number; after?: Cursor | undefined }, at: Date): Promise<{ polls: PollRecord[]; next: Cursor | null }>;
  /** Applies the fields given; an option whose text is kept keeps its id. */
  updatePoll(id: string, changes: PollUpdate, at: Date): Promise<UpdatePollResult>;
  /** Closes it now (a closed poll stays as it is); null if there is none. */
  closePoll(id: string, at: Date): Promise<PollRecord | null>;
  /** Deletes the poll with its ballots; false if there was none. */
  deletePoll(id: string): Promise<boolean>;
  /**
   * Counts a ballot, or replaces this voter's earlier one, in one transaction that holds
   * the poll's row lock: no update is lost, no ballot counted twice, none after closing.
   */
  vote(vote: NewVote): Promise<VoteResult>;
  /** The options each of these voters chose, by voter hash (voters who have not voted are absent). */
  ballots(pollId: string, voterHashes: string[]): Promise<Map<string, string[]>>;
  /** The state of each of these polls that still exists, by id; `closed` as of `at`. */
  pollStates(ids: string[], at: Date): Promise<Map<string, PollState>>;
  /**
   * Counts one vote request from a network in a fixed window shared by every server on the
   * database; refuses (with seconds to wait) past `limit` requests per window.
   */
  takeVoteAllowance(pollId: string, networkHash: string, at: Date, limit: number, windowMs: number): Promise<Allowance>;
}
