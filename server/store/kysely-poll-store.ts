import { sql, type Generated, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { PollUpdate } from '../../src/schema/index.ts';
import { UUID, uuidv7 } from '../ids.ts';
import type { Allowance, NewPoll, NewVote, PollRecord, PollState, PollStore, UpdatePollResult, VoteResult } from './poll-store.ts';
import type { Cursor } from './story-store.ts';

interface PollsTable {
  id: string;
  question: string;
  multiple: boolean;
  results_before_vote: boolean;
  closes_at: Date | null;
  closed_at: Date | null;
  voters: Generated<number>;
  version: Generated<number>;
  created_at: Date;
  updated_at: Date;
}

interface PollOptionsTable {
  id: string;
  poll_id: string;
  position: number;
  text: string;
  votes: Generated<number>;
}

interface PollVotesTable {
  poll_id: string;
  voter_hash: string;
  option_ids: string[];
  created_at: Date;
  updated_at: Date;
}

interface PollVoteLimitsTable {
  poll_id: string;
  network_hash: string;
  window_start: Date;
  count: number;
}

/** The tables of migration 0006. */
export interface PollDatabase {
  polls: PollsTable;
  poll_options: PollOptionsTable;
  poll_votes: PollVotesTable;
  poll_vote_limits: PollVoteLimitsTable;
}

type PollRow = Selectable<PollsTable>;
type OptionRow = Pick<Selectable<PollOptionsTable>, 'id' | 'text' | 'votes' | 'poll_id'>;

const isClosed = (row: Pick<PollRow, 'closed_at' | 'closes_at'>, at: Date) =>
  row.closed_at !== null || (row.closes_at !== null && row.closes_at.getTime() <= at.getTime());

function toRecord(row: PollRow, options: OptionRow[], at: Date): PollRecord {
  return {
    id: row.id,
    question: row.question,
    options: options.map((option) => ({ id: option.id, text: option.text, votes: option.votes })),
    multiple: row.multiple,
    resultsBeforeVote: row.results_before_vote,
    closesAt: row.closes_at?.toISOString() ?? null,
    closed: isClosed(row, at),
    total: row.voters,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    closedAt: row.closed_at?.toISOString() ?? null,
    version: row.version,
  };
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id) => b.includes(id));

/** The PollStore on any PostgreSQL dialect (PGlite or a server), sharing the story store's database. */
export class KyselyPollStore implements PollStore {
  readonly db: Kysely<PollDatabase>;
  #lastPurge = 0;

  constructor(db: Kysely<PollDatabase>) {
    this.db = db;
  }

  /** On the database of a story store (`KyselyPollStore.sharing(storyStore.db)`): one connection pool for both. */
  static sharing<DB>(db: Kysely<DB>): KyselyPollStore {
    // Kysely's table types are compile-time only: the same instance reaches the poll tables.
    return new KyselyPollStore(db as unknown as Kysely<PollDatabase>);
  }

  async createPoll(poll: NewPoll): Promise<PollRecord> {
    return this.db.transaction().execute(async (tx) => {
      await tx
        .insertInto('polls')
        .values({
          id: poll.id,
          question: poll.question,
          multiple: poll.multiple,
          results_before_vote: poll.resultsBeforeVote,
          closes_at: poll.closesAt,
          closed_at: null,
          created_at: poll.createdAt,
          updated_at: poll.createdAt,
        })
        .execute();
      await insertOptions(tx, poll.id, poll.options);
      const record = await load(tx, poll.id, poll.createdAt);
      if (!record) throw new Error('A poll vanished inside the transaction that created it');
      return record;
    });
  }

  async getPoll(id: string, at: Date): Promise<PollRecord | null> {
    if (!UUID.test(id)) return null;
    return load(this.db, id, at);
  }

  async listPolls(query: { limit: number; after?: Cursor | undefined }, at: Date): Promise<{ polls: PollRecord[]; next: Cursor | null }> {
    const { limit, after } = query;
    let q = this.db.selectFrom('polls').selectAll();
    if (after) q = q.where(({ eb, refTuple, tuple }) => eb(refTuple('created_at', 'id'), '<', tuple(after.at, after.id)));
    const rows = await q
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit + 1)
      .execute();
    const shown = rows.slice(0, limit);
    const options = shown.length
      ? await this.db
          .selectFrom('poll_options')
          .select(['id', 'text', 'votes', 'poll_id'])
          .where(
            'poll_id',
            'in',
            shown.map((row) => row.id),
          )
          .orderBy('position')
          .execute()
      : [];
    const polls = shown.map((row) =>
      toRecord(
        row,
        options.filter((option) => option.poll_id === row.id),
        at,
      ),
    );
    const last = shown.at(-1);
    return { polls, next: rows.length > limit && last ? { at: last.created_at, id: last.id } : null };
  }

  async updatePoll(id: string, changes: PollUpdate, at: Date): Promise<UpdatePollResult> {
    if (!UUID.test(id)) return { outcome: 'not_found' };
    return this.db.transaction().execute(async (tx): Promise<UpdatePollResult> => {
      const row = await lockPoll(tx, id);
      if (!row) return { outcome: 'not_found' };
      if (isClosed(row, at)) return { outcome: 'closed' };
      const current = await tx.selectFrom('poll_options').select(['id', 'text']).where('poll_id', '=', id).orderBy('position').execute();
      // Fields sent with their present value are no change, so a form may send everything back.
      const question = changes.question !== undefined && changes.question !== row.question ? changes.question : undefined;
      const multiple = changes.multiple !== undefined && changes.multiple !== row.multiple ? changes.multiple : undefined;
      const resultsBeforeVote =
        changes.resultsBeforeVote !== undefined && changes.resultsBeforeVote !== row.results_before_vote ? changes.resultsBeforeVote : undefined;
      const texts = changes.options;
      const options = texts && (texts.length !== current.length || texts.some((text, i) => text !== current[i]?.text)) ? texts : undefined;
      const closesAt = changes.closesAt === undefined ? undefined : changes.closesAt === null ? null : new Date(changes.closesAt);
      const closesAtChanged = closesAt !== undefined && (closesAt?.getTime() ?? null) !== (row.closes_at?.getTime() ?? null);
      const changesBallots = question !== undefined || multiple !== undefined || resultsBeforeVote !== undefined || options !== undefined;
      if (changesBallots && row.voters > 0) return { outcome: 'voted' };
      if (changesBallots || closesAtChanged) {
        await tx
          .updateTable('polls')
          .set({
            ...(question !== undefined ? { question } : {}),
            ...(multiple !== undefined ? { multiple } : {}),
            ...(resultsBeforeVote !== undefined ? { results_before_vote: resultsBeforeVote } : {}),
            ...(closesAtChanged ? { closes_at: closesAt } : {}),
            updated_at: at,
            version: sql<number>`version + 1`,
          })
          .where('id', '=', id)
          .execute();
      }
      if (options) {
        const idOf = new Map(current.map((option) => [option.text, option.id]));
        await tx.deleteFrom('poll_options').where('poll_id', '=', id).execute();
        await insertOptions(
          tx,
          id,
          options.map((text) => ({ id: idOf.get(text) ?? uuidv7(at.getTime()), text })),
        );
      }
      const poll = await load(tx, id, at);
      return poll ? { outcome: 'updated', poll } : { outcome: 'not_found' };
    });
  }

  async closePoll(id: string, at: Date): Promise<PollRecord | null> {
    if (!UUID.test(id)) return null;
    return this.db.transaction().execute(async (tx) => {
      const row = await lockPoll(tx, id);
      if (!row) return null;
      if (!isClosed(row, at)) {
        await tx
          .updateTable('polls')
          .set({ closed_at: at, updated_at: at, version: sql<number>`version + 1` })
          .where('id', '=', id)
          .execute();
      }
      return load(tx, id, at);
    });
  }

  async deletePoll(id: string): Promise<boolean> {
    if (!UUID.test(id)) return false;
    return this.db.transaction().execute(async (tx) => {
      const deleted = await tx.deleteFrom('polls').where('id', '=', id).returning('id').executeTakeFirst();
      await tx.deleteFrom('poll_vote_limits').where('poll_id', '=', id).execute();
      return deleted !== undefined;
    });
  }

  async vote(vote: NewVote): Promise<VoteResult> {
    const { pollId, voterHash, optionIds, at } = vote;
    if (!UUID.test(pollId)) return { outcome: 'not_found' };
    return this.db.transaction().execute(async (tx): Promise<VoteResult> => {
      // Every write to a poll's counts takes this lock first, so they queue up per poll and never deadlock.
      const row = await lockPoll(tx, pollId);
      if (!row) return { outcome: 'not_found' };
      const options = await tx
        .selectFrom('poll_options')
        .select(['id', 'text', 'votes', 'poll_id'])
        .where('poll_id', '=', pollId)
        .orderBy('position')
        .execute();
      const unchanged = () => toRecord(row, options, at);
      if (isClosed(row, at)) return { outcome: 'closed', poll: unchanged() };
      const known = new Set(options.map((option) => option.id));
      if (!optionIds.every((id) => known.has(id))) return { outcome: 'unknown_option', poll: unchanged() };
      if (!row.multiple && optionIds.length > 1) return { outcome: 'single', poll: unchanged() };

      const earlier = await tx
        .selectFrom('poll_votes')
        .select('option_ids')
        .where('poll_id', '=', pollId)
        .where('voter_hash', '=', voterHash)
        .executeTakeFirst();
      const previous = earlier?.option_ids ?? null;
      if (previous && sameSet(previous, optionIds)) return { outcome: 'counted', poll: unchanged(), previous };

      // Options deleted by an edit before the first vote cannot be in a ballot, so every id here still exists.
      const removed = (previous ?? []).filter((id) => !optionIds.includes(id));
      const added = optionIds.filter((id) => !previous?.includes(id));
      const delta = new Map<string, number>([...removed.map((id) => [id, -1] as const), ...added.map((id) => [id, 1] as const)]);
      if (delta.size > 0) {
        const votes =
          removed.length === 0
            ? sql<number>`votes + 1`
            : added.length === 0
              ? sql<number>`votes - 1`
              : sql<number>`votes + case when id in (${sql.join(added)}) then 1 else -1 end`;
        await tx
          .updateTable('poll_options')
          .set({ votes })
          .where('id', 'in', [...delta.keys()])
          .execute();
      }
      await tx
        .insertInto('poll_votes')
        .values({ poll_id: pollId, voter_hash: voterHash, option_ids: optionIds, created_at: at, updated_at: at })
        .onConflict((oc) => oc.columns(['poll_id', 'voter_hash']).doUpdateSet({ option_ids: optionIds, updated_at: at }))
        .execute();
      const updated = await tx
        .updateTable('polls')
        .set({ voters: previous ? sql<number>`voters` : sql<number>`voters + 1`, version: sql<number>`version + 1` })
        .where('id', '=', pollId)
        .returningAll()
        .executeTakeFirstOrThrow();
      // The lock is held, so the counts read above plus this vote are the counts now.
      const counted = options.map((option) => ({ ...option, votes: option.votes + (delta.get(option.id) ?? 0) }));
      return { outcome: 'counted', poll: toRecord(updated, counted, at), previous };
    });
  }

  async ballots(pollId: string, voterHashes: string[]): Promise<Map<string, string[]>> {
    const result = new Map<string, string[]>();
    if (!UUID.test(pollId) || voterHashes.length === 0) return result;
    const rows = await this.db
      .selectFrom('poll_votes')
      .select(['voter_hash', 'option_ids'])
      .where('poll_id', '=', pollId)
      .where('voter_hash', 'in', voterHashes)
      .execute();
    for (const row of rows) result.set(row.voter_hash, row.option_ids);
    return result;
  }

  async pollStates(ids: string[], at: Date): Promise<Map<string, PollState>> {
    const result = new Map<string, PollState>();
    const valid = ids.filter((id) => UUID.test(id));
    if (valid.length === 0) return result;
    const rows = await this.db.selectFrom('polls').select(['id', 'version', 'closes_at', 'closed_at']).where('id', 'in', valid).execute();
    for (const row of rows) result.set(row.id, { version: row.version, closed: isClosed(row, at), closesAt: row.closes_at });
    return result;
  }

  async takeVoteAllowance(pollId: string, networkHash: string, at: Date, limit: number, windowMs: number): Promise<Allowance> {
    if (limit <= 0) return { ok: true };
    const cutoff = new Date(at.getTime() - windowMs);
    // One statement, so concurrent requests (on any server) each see the count the one before them left.
    const { rows } = await sql<{ count: number; window_start: Date }>`
      insert into poll_vote_limits as l (poll_id, network_hash, window_start, count)
      values (${pollId}, ${networkHash}, ${at}, 1)
      on conflict (poll_id, network_hash) do update set
        count = case when l.window_start <= ${cutoff} then 1 else l.count + 1 end,
        window_start = case when l.window_start <= ${cutoff} then excluded.window_start else l.window_start end
      returning count, window_start`.execute(this.db);
    if (at.getTime() - this.#lastPurge >= windowMs) {
      this.#lastPurge = at.getTime();
      // Network hashes are kept no longer than their window needs them.
      await this.db.deleteFrom('poll_vote_limits').where('window_start', '<=', cutoff).execute();
    }
    const row = rows[0];
    if (!row || row.count <= limit) return { ok: true };
    const ends = new Date(row.window_start).getTime() + windowMs;
    return { ok: false, retryAfter: Math.max(1, Math.ceil((ends - at.getTime()) / 1000)) };
  }
}

async function lockPoll(tx: Transaction<PollDatabase>, id: string): Promise<PollRow | undefined> {
  return tx.selectFrom('polls').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

async function load(db: Kysely<PollDatabase>, id: string, at: Date): Promise<PollRecord | null> {
  const row = await db.selectFrom('polls').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const options = await db.selectFrom('poll_options').select(['id', 'text', 'votes', 'poll_id']).where('poll_id', '=', id).orderBy('position').execute();
  return toRecord(row, options, at);
}

async function insertOptions(db: Kysely<PollDatabase>, pollId: string, options: { id: string; text: string }[]): Promise<void> {
  await db
    .insertInto('poll_options')
    .values(options.map((option, position) => ({ id: option.id, poll_id: pollId, position, text: option.text })))
    .execute();
}
