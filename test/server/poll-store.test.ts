import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'kysely';
import { uuidv7 } from '../../server/ids.ts';
import { KyselyPollStore } from '../../server/store/kysely-poll-store.ts';
import type { KyselyStoryStore } from '../../server/store/kysely-store.ts';
import { openPGliteStore } from '../../server/store/pglite.ts';
import type { NewPoll, PollRecord } from '../../server/store/poll-store.ts';
import { AdminPoll } from '../../src/schema/index.ts';
import { pgliteTemplate } from './helpers.ts';
import { postgresStore } from './pg-server.ts';

const T0 = Date.UTC(2025, 0, 1);
const at = (ms = 0) => new Date(T0 + ms);

function newPoll(overrides: Partial<NewPoll> = {}, texts = ['Yes', 'No', 'Maybe']): NewPoll {
  return {
    id: uuidv7(),
    question: 'Shall we meet in June?',
    options: texts.map((text) => ({ id: uuidv7(), text })),
    multiple: false,
    resultsBeforeVote: false,
    closesAt: null,
    createdAt: at(),
    ...overrides,
  };
}

const votesOf = (poll: PollRecord | null) => poll?.options.map((option) => option.votes);

/** The same suite for both databases: polls are only done when both pass. */
function pollStoreSuite(name: string, open: () => Promise<KyselyStoryStore>, skip: string | false = false) {
  describe(`PollStore on ${name}`, { skip }, () => {
    let stories: KyselyStoryStore;
    let store: KyselyPollStore;
    before(async () => {
      stories = await open();
      store = KyselyPollStore.sharing(stories.db);
    });
    after(async () => {
      await stories?.close();
    });
    beforeEach(async () => {
      await sql`truncate polls, poll_options, poll_votes, poll_vote_limits`.execute(stories.db);
    });

    /** Counts recomputed from the ballots: the counters must always agree with them. */
    async function recount(pollId: string): Promise<{ options: Map<string, number>; voters: number }> {
      const rows = await store.db.selectFrom('poll_votes').select('option_ids').where('poll_id', '=', pollId).execute();
      const options = new Map<string, number>();
      for (const row of rows) for (const id of row.option_ids) options.set(id, (options.get(id) ?? 0) + 1);
      return { options, voters: rows.length };
    }

    async function assertConsistent(pollId: string) {
      const poll = await store.getPoll(pollId, at());
      const counted = await recount(pollId);
      assert.equal(poll?.total, counted.voters, 'voters counter');
      for (const option of poll?.options ?? []) assert.equal(option.votes, counted.options.get(option.id) ?? 0, `votes of ${option.text}`);
    }

    it('creates an open poll with its options in order and no votes', async () => {
      const created = await store.createPoll(newPoll());
      assert.equal(created.question, 'Shall we meet in June?');
      assert.deepEqual(
        created.options.map((option) => option.text),
        ['Yes', 'No', 'Maybe'],
      );
      assert.deepEqual(votesOf(created), [0, 0, 0]);
      assert.equal(created.total, 0);
      assert.equal(created.closed, false);
      assert.equal(created.closedAt, null);
      assert.equal(created.createdAt, at().toISOString());
      const { version: _, ...admin } = created;
      assert.deepEqual(AdminPoll.parse(admin), admin);
      assert.deepEqual(await store.getPoll(created.id, at()), created);
    });

    it('finds no poll for an unknown or malformed id', async () => {
      assert.equal(await store.getPoll(uuidv7(), at()), null);
      assert.equal(await store.getPoll("1' or '1'='1", at()), null);
      assert.equal(await store.closePoll('nope', at()), null);
      assert.equal(await store.deletePoll('nope'), false);
      assert.deepEqual(await store.vote({ pollId: 'nope', voterHash: 'v', optionIds: [], at: at() }), { outcome: 'not_found' });
    });

    it('counts a vote, and replaces it when the same voter votes again', async () => {
      const poll = await store.createPoll(newPoll());
      const [yes, no] = poll.options;
      const first = await store.vote({ pollId: poll.id, voterHash: 'voter-a', optionIds: [yes!.id], at: at(1) });
      assert.equal(first.outcome, 'counted');
      assert.ok(first.outcome === 'counted');
      assert.equal(first.previous, null);
      assert.deepEqual(votesOf(first.poll), [1, 0, 0]);
      assert.equal(first.poll.total, 1);

      const changed = await store.vote({ pollId: poll.id, voterHash: 'voter-a', optionIds: [no!.id], at: at(2) });
      assert.ok(changed.outcome === 'counted');
      assert.deepEqual(changed.previous, [yes!.id]);
      assert.deepEqual(votesOf(changed.poll), [0, 1, 0]);
      assert.equal(changed.poll.total, 1);
      assert.deepEqual(await store.ballots(poll.id, ['voter-a', 'voter-b']), new Map([['voter-a', [no!.id]]]));
      await assertConsistent(poll.id);
    });

    it('leaves the poll untouched when a voter sends the same choice again', async () => {
      const poll = await store.createPoll(newPoll());
      const first = await store.vote({ pollId: poll.id, voterHash: 'voter-a', optionIds: [poll.options[0]!.id], at: at(1) });
      const again = await store.vote({ pollId: poll.id, voterHash: 'voter-a', optionIds: [poll.options[0]!.id], at: at(2) });
      assert.ok(first.outcome === 'counted' && again.outcome === 'counted');
      assert.equal(again.poll.version, first.poll.version);
      assert.deepEqual(votesOf(again.poll), [1, 0, 0]);
    });

    it('counts each chosen option of a multiple-answer poll, and the voter once', async () => {
      const poll = await store.createPoll(newPoll({ multiple: true }));
      const [a, b, c] = poll.options.map((option) => option.id);
      await store.vote({ pollId: poll.id, voterHash: 'voter-a', optionIds: [a!, b!], at: at(1) });
      await store.vote({ pollId: poll.id, voterHash: 'voter-b', optionIds: [b!], at: at(1) });
      const changed = await store.vote({ pollId: poll.id, voterHash: 'voter-a', optionIds: [b!, c!], at: at(2) });
      assert.ok(changed.outcome === 'counted');
      assert.deepEqual(votesOf(changed.poll), [0, 2, 1]);
      assert.equal(changed.poll.total, 2);
      await assertConsistent(poll.id);
    });

    it('refuses options of another poll and several options on a single-answer poll', async () => {
      const poll = await store.createPoll(newPoll());
      const other = await store.createPoll(newPoll());
      const unknown = await store.vote({ pollId: poll.id, voterHash: 'v', optionIds: [other.options[0]!.id], at: at(1) });
      assert.equal(unknown.outcome, 'unknown_option');
      const several = await store.vote({ pollId: poll.id, voterHash: 'v', optionIds: [poll.options[0]!.id, poll.options[1]!.id], at: at(1) });
      assert.equal(several.outcome, 'single');
      assert.deepEqual(votesOf(await store.getPoll(poll.id, at(2))), [0, 0, 0]);
    });

    it('refuses votes once a moderator closed the poll or its closing time passed', async () => {
      const closedByHand = await store.createPoll(newPoll());
      const closed = await store.closePoll(closedByHand.id, at(10));
      assert.equal(closed?.closed, true);
      assert.equal(closed?.closedAt, at(10).toISOString());
      assert.equal((await store.vote({ pollId: closedByHand.id, voterHash: 'v', optionIds: [closedByHand.options[0]!.id], at: at(11) })).outcome, 'closed');

      const timed = await store.createPoll(newPoll({ closesAt: at(1000) }));
      assert.equal((await store.vote({ pollId: timed.id, voterHash: 'v', optionIds: [timed.options[0]!.id], at: at(999) })).outcome, 'counted');
      assert.equal((await store.vote({ pollId: timed.id, voterHash: 'w', optionIds: [timed.options[0]!.id], at: at(1000) })).outcome, 'closed');
      const later = await store.getPoll(timed.id, at(1000));
      assert.equal(later?.closed, true);
      assert.equal(later?.closedAt, null);
      assert.equal(later?.total, 1);
    });

    it('keeps the first closing time when a closed poll is closed again', async () => {
      const poll = await store.createPoll(newPoll());
      const first = await store.closePoll(poll.id, at(10));
      const again = await store.closePoll(poll.id, at(20));
      assert.equal(again?.closedAt, at(10).toISOString());
      assert.equal(again?.version, first?.version);
    });

    it('edits anything before the first vote, keeping the ids of answers whose text stays', async () => {
      const poll = await store.createPoll(newPoll());
      const [yes, no] = poll.options;
      const result = await store.updatePoll(
        poll.id,
        {
          question: 'Shall we meet in July?',
          options: ['No', 'Yes', 'Only online'],
          multiple: true,
          resultsBeforeVote: true,
          closesAt: at(5000).toISOString(),
        },
        at(5),
      );
      assert.ok(result.outcome === 'updated');
      const edited = result.poll;
      assert.equal(edited.question, 'Shall we meet in July?');
      assert.deepEqual(
        edited.options.map((option) => [option.id, option.text]),
        [
          [no!.id, 'No'],
          [yes!.id, 'Yes'],
          [edited.options[2]!.id, 'Only online'],
        ],
      );
      assert.ok(!poll.options.some((option) => option.id === edited.options[2]!.id));
      assert.equal(edited.multiple, true);
      assert.equal(edited.resultsBeforeVote, true);
      assert.equal(edited.closesAt, at(5000).toISOString());
      assert.equal(edited.updatedAt, at(5).toISOString());
      assert.ok(edited.version > poll.version);

      const cleared = await store.updatePoll(poll.id, { closesAt: null }, at(6));
      assert.ok(cleared.outcome === 'updated');
      assert.equal(cleared.poll.closesAt, null);
    });

    it('counts sending the present values as no change', async () => {
      const poll = await store.createPoll(newPoll());
      const result = await store.updatePoll(
        poll.id,
        { question: poll.question, options: ['Yes', 'No', 'Maybe'], multiple: false, resultsBeforeVote: false, closesAt: null },
        at(5),
      );
      assert.ok(result.outcome === 'updated');
      assert.equal(result.poll.version, poll.version);
      assert.equal(result.poll.updatedAt, poll.updatedAt);
    });

    it('after the first vote changes only the closing time, and a closed poll nothing', async () => {
      const poll = await store.createPoll(newPoll());
      await store.vote({ pollId: poll.id, voterHash: 'v', optionIds: [poll.options[0]!.id], at: at(1) });
      for (const change of [{ question: 'Another?' }, { options: ['A', 'B'] }, { multiple: true }, { resultsBeforeVote: true }]) {
        assert.deepEqual(await store.updatePoll(poll.id, change, at(2)), { outcome: 'voted' }, JSON.stringify(change));
      }
      // The same values as now, plus a new deadline: allowed.
      const extended = await store.updatePoll(poll.id, { question: poll.question, closesAt: at(9000).toISOString() }, at(2));
      assert.ok(extended.outcome === 'updated');
      assert.equal(extended.poll.closesAt, at(9000).toISOString());
      assert.deepEqual(votesOf(extended.poll), [1, 0, 0]);

      await store.closePoll(poll.id, at(3));
      assert.deepEqual(await store.updatePoll(poll.id, { closesAt: null }, at(4)), { outcome: 'closed' });
      assert.deepEqual(await store.updatePoll(uuidv7(), { closesAt: null }, at(4)), { outcome: 'not_found' });
    });

    it('deletes a poll with its ballots and rate-limit rows', async () => {
      const poll = await store.createPoll(newPoll());
      await store.vote({ pollId: poll.id, voterHash: 'v', optionIds: [poll.options[0]!.id], at: at(1) });
      await store.takeVoteAllowance(poll.id, 'net', at(1), 10, 60_000);
      assert.equal(await store.deletePoll(poll.id), true);
      assert.equal(await store.getPoll(poll.id, at()), null);
      assert.equal(await store.deletePoll(poll.id), false);
      for (const table of ['poll_options', 'poll_votes', 'poll_vote_limits'] as const) {
        const rows = await store.db.selectFrom(table).select('poll_id').where('poll_id', '=', poll.id).execute();
        assert.deepEqual(rows, [], table);
      }
    });

    it('lists polls newest first, page by page', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) ids.push((await store.createPoll(newPoll({ id: uuidv7(T0 + i), createdAt: at(i) }))).id);
      const first = await store.listPolls({ limit: 2 }, at(10));
      assert.deepEqual(
        first.polls.map((poll) => poll.id),
        [ids[4], ids[3]],
      );
      assert.ok(first.next);
      const second = await store.listPolls({ limit: 2, after: first.next }, at(10));
      const third = await store.listPolls({ limit: 2, after: second.next ?? undefined }, at(10));
      assert.deepEqual(
        [...second.polls, ...third.polls].map((poll) => poll.id),
        [ids[2], ids[1], ids[0]],
      );
      assert.equal(third.next, null);
      assert.deepEqual(
        third.polls[0]!.options.map((option) => option.text),
        ['Yes', 'No', 'Maybe'],
      );
    });

    it('reports the version and closed state of watched polls', async () => {
      const open = await store.createPoll(newPoll({ closesAt: at(100) }));
      const states = await store.pollStates([open.id, uuidv7(), 'junk'], at(50));
      assert.deepEqual([...states.keys()], [open.id]);
      assert.deepEqual(states.get(open.id), { version: open.version, closed: false, closesAt: at(100) });
      assert.equal((await store.pollStates([open.id], at(100))).get(open.id)?.closed, true);
    });

    describe('the per-network vote allowance', () => {
      it('allows `limit` requests per window, then says how long to wait', async () => {
        const poll = await store.createPoll(newPoll());
        for (let i = 0; i < 3; i++) assert.deepEqual(await store.takeVoteAllowance(poll.id, 'net-a', at(i * 1000), 3, 60_000), { ok: true });
        assert.deepEqual(await store.takeVoteAllowance(poll.id, 'net-a', at(20_000), 3, 60_000), { ok: false, retryAfter: 40 });
        // Another network, or the same network in another poll, has its own allowance.
        assert.deepEqual(await store.takeVoteAllowance(poll.id, 'net-b', at(20_000), 3, 60_000), { ok: true });
        const other = await store.createPoll(newPoll());
        assert.deepEqual(await store.takeVoteAllowance(other.id, 'net-a', at(20_000), 3, 60_000), { ok: true });
        // A new window starts afresh.
        assert.deepEqual(await store.takeVoteAllowance(poll.id, 'net-a', at(60_000), 3, 60_000), { ok: true });
      });

      it('forgets networks whose window is over', async () => {
        const poll = await store.createPoll(newPoll());
        await store.takeVoteAllowance(poll.id, 'net-old', at(0), 3, 60_000);
        await store.takeVoteAllowance(poll.id, 'net-new', at(120_000), 3, 60_000);
        const left = await store.db.selectFrom('poll_vote_limits').select('network_hash').where('poll_id', '=', poll.id).execute();
        assert.deepEqual(
          left.map((row) => row.network_hash),
          ['net-new'],
        );
      });

      it('counts concurrent requests exactly', async () => {
        const poll = await store.createPoll(newPoll());
        const results = await Promise.all(Array.from({ length: 60 }, () => store.takeVoteAllowance(poll.id, 'net-a', at(1), 25, 60_000)));
        assert.equal(results.filter((result) => result.ok).length, 25);
      });

      it('is off with a limit of 0', async () => {
        const poll = await store.createPoll(newPoll());
        for (let i = 0; i < 5; i++) assert.deepEqual(await store.takeVoteAllowance(poll.id, 'net', at(1), 0, 60_000), { ok: true });
      });
    });

    describe('under concurrency', () => {
      it('counts 200 concurrent votes, every one exactly once', async () => {
        const poll = await store.createPoll(newPoll({}, ['A', 'B', 'C', 'D', 'E']));
        const results = await Promise.all(
          Array.from({ length: 200 }, (_, i) => store.vote({ pollId: poll.id, voterHash: `voter-${i}`, optionIds: [poll.options[i % 5]!.id], at: at(1) })),
        );
        assert.deepEqual(new Set(results.map((result) => result.outcome)), new Set(['counted']));
        const counted = await store.getPoll(poll.id, at(2));
        assert.equal(counted?.total, 200);
        assert.deepEqual(votesOf(counted), [40, 40, 40, 40, 40]);
        assert.equal(counted?.version, poll.version + 200);
        await assertConsistent(poll.id);
      });

      it('keeps the counts equal to the ballots while voters change their votes concurrently', async () => {
        const poll = await store.createPoll(newPoll({ multiple: true }, ['A', 'B', 'C', 'D']));
        const ids = poll.options.map((option) => option.id);
        const choices = [[ids[0]!], [ids[1]!, ids[2]!], [ids[3]!], [ids[0]!, ids[3]!]];
        await Promise.all(
          Array.from({ length: 200 }, (_, i) => store.vote({ pollId: poll.id, voterHash: `voter-${i % 40}`, optionIds: choices[i % 4]!, at: at(i) })),
        );
        const counted = await store.getPoll(poll.id, at(1000));
        assert.equal(counted?.total, 40);
        await assertConsistent(poll.id);
      });

      it('counts no vote after a close that happens among them', async () => {
        const poll = await store.createPoll(newPoll());
        const votes = Array.from({ length: 100 }, (_, i) =>
          store.vote({ pollId: poll.id, voterHash: `voter-${i}`, optionIds: [poll.options[0]!.id], at: at(1) }),
        );
        const closing = store.closePoll(poll.id, at(1));
        const more = Array.from({ length: 100 }, (_, i) =>
          store.vote({ pollId: poll.id, voterHash: `late-${i}`, optionIds: [poll.options[1]!.id], at: at(1) }),
        );
        const results = await Promise.all([...votes, ...more]);
        const closed = await closing;
        const counted = results.filter((result) => result.outcome === 'counted').length;
        assert.equal(counted + results.filter((result) => result.outcome === 'closed').length, 200);
        // Whatever the close saw is final: nothing was added after it.
        assert.equal(closed?.total, counted);
        assert.equal((await store.getPoll(poll.id, at(2)))?.total, counted);
        await assertConsistent(poll.id);
      });
    });
  });
}

pollStoreSuite('PGlite', async () => openPGliteStore({ loadDataDir: await pgliteTemplate() }));

const postgres = postgresStore();
pollStoreSuite('PostgreSQL', postgres.open, postgres.skip);
