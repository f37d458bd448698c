import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'kysely';
import { DEMO_POLL_ID, seedDemoPoll } from '../../server/demo-seed.ts';
import { uuidv7 } from '../../server/ids.ts';
import { resolvePollKey } from '../../server/poll-privacy.ts';
import type { KyselyStoryStore } from '../../server/store/kysely-store.ts';
import { AdminPoll, AdminPollPage, ApiError, Poll, PollResults } from '../../src/schema/index.ts';
import { ADMIN_TOKEN, admin, closeSharedStore, post, sharedStore } from './helpers.ts';
import { WASM_POLL, createPoll, pollApp, resetPolls, vote, votedPoll, voterToken } from './poll-helpers.ts';

let store: KyselyStoryStore;
before(async () => {
  store = await sharedStore();
});
beforeEach(async () => {
  await resetPolls(store);
  await sql`truncate settings`.execute(store.db);
});
after(closeSharedStore);

async function errorOf(response: Response) {
  return ApiError.parse(await response.json()).error;
}

/** `{path: code}` of a 422 answer's issues. */
async function issuesOf(response: Response): Promise<Record<string, string>> {
  assert.equal(response.status, 422);
  const error = await errorOf(response);
  assert.equal(error.code, 'validation');
  return Object.fromEntries((error.issues ?? []).map((issue) => [issue.path.join('.'), issue.code ?? '']));
}

const json = (method: string, body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method,
  headers: { 'Content-Type': 'application/json', ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

describe('admin poll routes', () => {
  describe('authentication', () => {
    it('answers 401 on every poll route without the admin token, and changes nothing', async () => {
      const { app, polls } = await pollApp();
      const poll = await createPoll(app);
      for (const headers of [{}, { Authorization: 'Bearer not-the-token-at-all' }, { Authorization: ADMIN_TOKEN }] as Record<string, string>[]) {
        for (const [method, path, body] of [
          ['POST', '/api/v1/admin/polls', WASM_POLL],
          ['GET', '/api/v1/admin/polls'],
          ['GET', `/api/v1/admin/polls/${poll.id}`],
          ['PATCH', `/api/v1/admin/polls/${poll.id}`, { question: 'Hijacked?' }],
          ['DELETE', `/api/v1/admin/polls/${poll.id}`],
          ['POST', `/api/v1/admin/polls/${poll.id}/close`],
          ['GET', `/api/v1/admin/polls/${poll.id}/results?format=csv`],
        ] as const) {
          const init: RequestInit = body ? json(method, body, headers) : { method, headers };
          const response = await app.request(path, init);
          assert.equal(response.status, 401, `${method} ${path}`);
          assert.equal((await errorOf(response)).code, 'unauthorized');
          assert.match(response.headers.get('WWW-Authenticate') ?? '', /^Bearer/);
        }
      }
      const after = await polls.getPoll(poll.id, new Date());
      assert.equal(after?.question, WASM_POLL.question);
      assert.equal(after?.closed, false);
      assert.equal((await polls.listPolls({ limit: 10 }, new Date())).polls.length, 1);
    });

    it('refuses pages of other sites, even allowed ones, and is never cached', async () => {
      const { app } = await pollApp({ allowedOrigins: ['https://www.python.org'] });
      const refused = await app.request('/api/v1/admin/polls', admin(post(WASM_POLL, { Origin: 'https://www.python.org' })));
      assert.equal(refused.status, 403);
      assert.equal(refused.headers.get('Access-Control-Allow-Origin'), null);
      const listed = await app.request('/api/v1/admin/polls', admin());
      assert.equal(listed.status, 200);
      assert.equal(listed.headers.get('Cache-Control'), 'no-store');
    });
  });

  describe('POST /api/v1/admin/polls', () => {
    it('creates an open poll at once and answers 201 with it', async () => {
      const { app } = await pollApp();
      const response = await app.request(
        '/api/v1/admin/polls',
        admin(post({ question: '  Where are you using\n WebAssembly?  ', options: [' Production ', 'Not yet'], resultsBeforeVote: true })),
      );
      assert.equal(response.status, 201);
      const poll = AdminPoll.parse(await response.json());
      assert.equal(response.headers.get('Location'), `/api/v1/admin/polls/${poll.id}`);
      assert.equal(poll.question, 'Where are you using WebAssembly?');
      assert.deepEqual(
        poll.options.map((option) => [option.text, option.votes]),
        [
          ['Production', 0],
          ['Not yet', 0],
        ],
      );
      assert.equal(poll.multiple, false);
      assert.equal(poll.resultsBeforeVote, true);
      assert.equal(poll.closesAt, null);
      assert.equal(poll.closed, false);
      assert.equal(poll.total, 0);
      const open = await app.request(`/api/v1/polls/${poll.id}`);
      assert.equal(open.status, 200);
      assert.equal(Poll.parse(await open.json()).closed, false);
    });

    it('takes a closing time in the future', async () => {
      const now = Date.UTC(2025, 5, 1);
      const { app } = await pollApp({ now: () => now });
      const poll = await createPoll(app, { closesAt: '2025-06-08T12:00:00+02:00', multiple: true });
      assert.equal(poll.closesAt, '2025-06-08T10:00:00.000Z');
      assert.equal(poll.multiple, true);
    });

    const invalid: [string, unknown, Record<string, string>][] = [
      ['an empty question', { ...WASM_POLL, question: '   ' }, { question: 'question.required' }],
      ['a question over 200 characters', { ...WASM_POLL, question: 'a'.repeat(201) }, { question: 'question.tooLong' }],
      ['a question with control characters', { ...WASM_POLL, question: 'Why\u0007?' }, { question: 'text.controlCharacters' }],
      ['a number as question', { ...WASM_POLL, question: 42 }, { question: 'question.invalid' }],
      ['one answer', { ...WASM_POLL, options: ['Only'] }, { options: 'options.tooFew' }],
      ['eleven answers', { ...WASM_POLL, options: Array.from({ length: 11 }, (_, i) => `Answer ${i}`) }, { options: 'options.tooMany' }],
      ['an empty answer', { ...WASM_POLL, options: ['Yes', ' '] }, { 'options.1': 'options.textRequired' }],
      ['an answer over 100 characters', { ...WASM_POLL, options: ['Yes', 'n'.repeat(101)] }, { 'options.1': 'options.textTooLong' }],
      ['the same answer twice', { ...WASM_POLL, options: ['Yes', 'yes '] }, { options: 'options.duplicate' }],
      ['answers that are not a list', { ...WASM_POLL, options: 'Yes, No' }, { options: 'options.invalid' }],
      ['a non-boolean multiple', { ...WASM_POLL, multiple: 'yes' }, { multiple: 'multiple.invalid' }],
      ['a non-boolean resultsBeforeVote', { ...WASM_POLL, resultsBeforeVote: 1 }, { resultsBeforeVote: 'resultsBeforeVote.invalid' }],
      ['a closing time without an offset', { ...WASM_POLL, closesAt: '2099-01-01 12:00' }, { closesAt: 'closesAt.invalid' }],
      ['a closing time in the past', { ...WASM_POLL, closesAt: '2000-01-01T00:00:00Z' }, { closesAt: 'closesAt.past' }],
      ['nothing', {}, { question: 'question.invalid', options: 'options.invalid' }],
    ];
    for (const [what, body, expected] of invalid) {
      it(`refuses ${what} with 422 and stores nothing`, async () => {
        const { app, polls } = await pollApp();
        const response = await app.request('/api/v1/admin/polls', admin(post(body)));
        assert.deepEqual(await issuesOf(response), expected);
        assert.deepEqual((await polls.listPolls({ limit: 10 }, new Date())).polls, []);
      });
    }

    it('words issues in the reader’s language', async () => {
      const { app } = await pollApp();
      const response = await app.request('/api/v1/admin/polls', admin(post({ ...WASM_POLL, options: ['Sí'] }, { 'Accept-Language': 'es' })));
      const error = await errorOf(response);
      assert.equal(error.message, 'Revisa las respuestas marcadas y vuelve a enviar la encuesta');
      assert.deepEqual(error.issues, [{ path: ['options'], message: 'Da al menos 2 respuestas para elegir', code: 'options.tooFew' }]);
    });

    it('refuses a body that is not JSON, not sent as JSON, or too large', async () => {
      const { app } = await pollApp();
      const notJson = await app.request('/api/v1/admin/polls', admin(post('{"question": ')));
      assert.equal(notJson.status, 400);
      assert.equal((await errorOf(notJson)).code, 'bad_json');
      const form = await app.request(
        '/api/v1/admin/polls',
        admin({ method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify(WASM_POLL) }),
      );
      assert.equal(form.status, 415);
      const huge = await app.request('/api/v1/admin/polls', admin(post({ ...WASM_POLL, padding: 'x'.repeat(20_000) })));
      assert.equal(huge.status, 413);
      assert.equal((await errorOf(huge)).code, 'payload_too_large');
    });
  });

  describe('GET /api/v1/admin/polls', () => {
    it('lists polls newest first with their counts, page by page', async () => {
      let now = Date.UTC(2025, 0, 1);
      const { app } = await pollApp({ now: () => now });
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) {
        now += 1000;
        ids.push((await createPoll(app, { question: `Question ${i}?` })).id);
      }
      await votedPoll(await vote(app, ids[0]!, [(await createdOptions(app, ids[0]!))[0]!], voterToken()));
      const first = await app.request('/api/v1/admin/polls?limit=2', admin());
      const page = AdminPollPage.parse(await first.json());
      assert.deepEqual(
        page.polls.map((poll) => poll.id),
        [ids[2], ids[1]],
      );
      assert.ok(page.nextCursor);
      const second = AdminPollPage.parse(await (await app.request(`/api/v1/admin/polls?limit=2&cursor=${page.nextCursor}`, admin())).json());
      assert.deepEqual(
        second.polls.map((poll) => [poll.id, poll.total]),
        [[ids[0], 1]],
      );
      assert.equal(second.nextCursor, null);
    });

    it('refuses a bad limit or cursor with 422', async () => {
      const { app } = await pollApp();
      assert.deepEqual(await issuesOf(await app.request('/api/v1/admin/polls?limit=0&cursor=nope!', admin())), {
        limit: 'limit.invalid',
        cursor: 'cursor.invalid',
      });
    });
  });

  describe('GET /api/v1/admin/polls/{id}', () => {
    it('shows one poll with its counts, or 404', async () => {
      const { app } = await pollApp();
      const poll = await createPoll(app);
      const response = await app.request(`/api/v1/admin/polls/${poll.id}`, admin());
      assert.deepEqual(AdminPoll.parse(await response.json()), poll);
      for (const id of [uuidv7(), 'not-a-uuid', '%27%20or%201%3D1']) {
        const missing = await app.request(`/api/v1/admin/polls/${id}`, admin());
        assert.equal(missing.status, 404, id);
        assert.equal((await errorOf(missing)).message, 'There is no poll with this id');
      }
    });
  });

  describe('PATCH /api/v1/admin/polls/{id}', () => {
    it('edits a poll nobody voted in yet', async () => {
      const { app } = await pollApp();
      const poll = await createPoll(app);
      const response = await app.request(
        `/api/v1/admin/polls/${poll.id}`,
        admin(json('PATCH', { question: 'Where do you run WebAssembly?', options: ['No plans', 'In production'], multiple: true })),
      );
      assert.equal(response.status, 200);
      const edited = AdminPoll.parse(await response.json());
      assert.equal(edited.question, 'Where do you run WebAssembly?');
      assert.deepEqual(
        edited.options.map((option) => option.text),
        ['No plans', 'In production'],
      );
      // An answer whose text stayed keeps its id, so a page showing the poll can still vote for it.
      assert.equal(edited.options[0]!.id, poll.options[3]!.id);
      assert.equal(edited.multiple, true);
      assert.equal(edited.resultsBeforeVote, false);
    });

    it('answers 409 with a clear message once someone voted, but still moves the closing time', async () => {
      const { app } = await pollApp();
      const poll = await createPoll(app);
      await votedPoll(await vote(app, poll.id, [poll.options[0]!.id], voterToken()));
      const refused = await app.request(`/api/v1/admin/polls/${poll.id}`, admin(json('PATCH', { question: 'Something else?' })));
      assert.equal(refused.status, 409);
      const error = await errorOf(refused);
      assert.equal(error.code, 'conflict');
      assert.match(error.message, /voted in this poll, so only its closing time can change/);
      const extended = await app.request(`/api/v1/admin/polls/${poll.id}`, admin(json('PATCH', { closesAt: '2099-01-01T00:00:00Z' })));
      assert.equal(extended.status, 200);
      assert.equal(AdminPoll.parse(await extended.json()).closesAt, '2099-01-01T00:00:00.000Z');
      const unchanged = AdminPoll.parse(await (await app.request(`/api/v1/admin/polls/${poll.id}`, admin())).json());
      assert.equal(unchanged.question, WASM_POLL.question);
      assert.equal(unchanged.total, 1);
    });

    it('answers 409 for a closed poll, 404 for none, 422 for bad fields', async () => {
      const { app } = await pollApp();
      const poll = await createPoll(app);
      await app.request(`/api/v1/admin/polls/${poll.id}/close`, admin({ method: 'POST' }));
      const closed = await app.request(`/api/v1/admin/polls/${poll.id}`, admin(json('PATCH', { closesAt: null })));
      assert.equal(closed.status, 409);
      assert.equal((await errorOf(closed)).message, 'This poll is closed, so it can no longer be edited');
      assert.equal((await app.request(`/api/v1/admin/polls/${uuidv7()}`, admin(json('PATCH', { question: 'Hello?' })))).status, 404);
      const open = await createPoll(app);
      assert.deepEqual(await issuesOf(await app.request(`/api/v1/admin/polls/${open.id}`, admin(json('PATCH', { options: ['One'], closesAt: 'soon' })))), {
        options: 'options.tooFew',
        closesAt: 'closesAt.invalid',
      });
      assert.deepEqual(await issuesOf(await app.request(`/api/v1/admin/polls/${open.id}`, admin(json('PATCH', { closesAt: '2001-01-01T00:00:00Z' })))), {
        closesAt: 'closesAt.past',
      });
      assert.equal((await app.request(`/api/v1/admin/polls/${open.id}`, admin(json('PATCH', '[1,')))).status, 400);
    });
  });

  describe('DELETE /api/v1/admin/polls/{id}', () => {
    it('deletes the poll with its votes: 204, then 404 everywhere', async () => {
      const { app } = await pollApp();
      const poll = await createPoll(app);
      await votedPoll(await vote(app, poll.id, [poll.options[0]!.id], voterToken()));
      const deleted = await app.request(`/api/v1/admin/polls/${poll.id}`, admin({ method: 'DELETE' }));
      assert.equal(deleted.status, 204);
      assert.equal((await app.request(`/api/v1/admin/polls/${poll.id}`, admin({ method: 'DELETE' }))).status, 404);
      assert.equal((await app.request(`/api/v1/polls/${poll.id}`)).status, 404);
      assert.equal((await vote(app, poll.id, [poll.options[0]!.id], voterToken())).status, 404);
      const rows = await sql<{ n: number }>`select count(*)::int as n from poll_votes`.execute(store.db);
      assert.equal(rows.rows[0]!.n, 0);
    });
  });

  describe('POST /api/v1/admin/polls/{id}/close', () => {
    it('closes the poll: results for everyone, no more votes', async () => {
      const { app } = await pollApp();
      const poll = await createPoll(app);
      await votedPoll(await vote(app, poll.id, [poll.options[2]!.id], voterToken()));
      const response = await app.request(`/api/v1/admin/polls/${poll.id}/close`, admin({ method: 'POST' }));
      assert.equal(response.status, 200);
      const closed = AdminPoll.parse(await response.json());
      assert.equal(closed.closed, true);
      assert.ok(closed.closedAt);
      const seen = Poll.parse(await (await app.request(`/api/v1/polls/${poll.id}`)).json());
      assert.equal(seen.closed, true);
      assert.equal(seen.total, 1);
      assert.deepEqual(
        seen.options.map((option) => option.votes),
        [0, 0, 1, 0, 0],
      );
      assert.equal((await vote(app, poll.id, [poll.options[0]!.id], voterToken())).status, 409);
      assert.equal((await app.request(`/api/v1/admin/polls/${uuidv7()}/close`, admin({ method: 'POST' }))).status, 404);
    });
  });

  describe('GET /api/v1/admin/polls/{id}/results', () => {
    it('exports JSON with each option’s share of voters', async () => {
      const now = Date.UTC(2025, 2, 3, 4, 5, 6);
      const { app } = await pollApp({ now: () => now });
      const poll = await createPoll(app);
      for (const index of [0, 0, 1]) await votedPoll(await vote(app, poll.id, [poll.options[index]!.id], voterToken()));
      const response = await app.request(`/api/v1/admin/polls/${poll.id}/results`, admin());
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('Content-Disposition'), `attachment; filename="poll-${poll.id}.json"`);
      const results = PollResults.parse(await response.json());
      assert.deepEqual(
        results.options.map((option) => [option.votes, option.percent]),
        [
          [2, 66.7],
          [1, 33.3],
          [0, 0],
          [0, 0],
          [0, 0],
        ],
      );
      assert.equal(results.total, 3);
      assert.equal(results.exportedAt, new Date(now).toISOString());
    });

    it('exports RFC 4180 CSV that a spreadsheet cannot run as formulas', async () => {
      const { app } = await pollApp();
      const poll = await createPoll(app, {
        question: '=HYPERLINK("https://evil.example","Click")',
        options: ['+1, definitely', '-1', '@SUM(A1:A9)', 'Plain "quoted" answer'],
      });
      await votedPoll(await vote(app, poll.id, [poll.options[1]!.id], voterToken()));
      const response = await app.request(`/api/v1/admin/polls/${poll.id}/results?format=csv`, admin());
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('Content-Type'), 'text/csv; charset=utf-8; header=present');
      assert.equal(response.headers.get('Content-Disposition'), `attachment; filename="poll-${poll.id}.csv"`);
      const question = `"'=HYPERLINK(""https://evil.example"",""Click"")"`;
      const [a, b, c, d] = poll.options.map((option) => option.id);
      assert.equal(
        await response.text(),
        [
          'poll_id,question,option_id,option,votes,percent,voters',
          `${poll.id},${question},${a},"'+1, definitely",0,0,1`,
          `${poll.id},${question},${b},'-1,1,100,1`,
          `${poll.id},${question},${c},'@SUM(A1:A9),0,0,1`,
          `${poll.id},${question},${d},"Plain ""quoted"" answer",0,0,1`,
          '',
        ].join('\r\n'),
      );
    });

    it('refuses an unknown format with 422 and an unknown poll with 404', async () => {
      const { app } = await pollApp();
      const poll = await createPoll(app);
      assert.deepEqual(await issuesOf(await app.request(`/api/v1/admin/polls/${poll.id}/results?format=xlsx`, admin())), { format: 'format.invalid' });
      assert.equal((await app.request(`/api/v1/admin/polls/${uuidv7()}/results?format=csv`, admin())).status, 404);
    });
  });
});

async function createdOptions(app: Awaited<ReturnType<typeof pollApp>>['app'], id: string): Promise<string[]> {
  const poll = Poll.parse(await (await app.request(`/api/v1/polls/${id}`)).json());
  return poll.options.map((option) => option.id);
}

describe('public poll routes', () => {
  describe('GET /api/v1/polls/{id}', () => {
    it('shows the question and answers, without counts before the reader votes', async () => {
      const { app } = await pollApp();
      const poll = await createPoll(app);
      await votedPoll(await vote(app, poll.id, [poll.options[0]!.id], voterToken()));
      const response = await app.request(`/api/v1/polls/${poll.id}`, { headers: { Origin: 'https://anywhere.example' } });
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('Access-Control-Allow-Origin'), '*');
      assert.equal(response.headers.get('Cache-Control'), 'public, max-age=5');
      const seen = await response.json();
      assert.deepEqual(seen, {
        id: poll.id,
        question: WASM_POLL.question,
        options: poll.options.map((option) => ({ id: option.id, text: option.text })),
        multiple: false,
        resultsBeforeVote: false,
        closesAt: null,
        closed: false,
      });
    });

    it('shows counts to a reader who voted, with their choice, and never lets a cache keep it', async () => {
      const { app } = await pollApp();
      const poll = await createPoll(app);
      const voter = voterToken();
      await votedPoll(await vote(app, poll.id, [poll.options[1]!.id], voter));
      await votedPoll(await vote(app, poll.id, [poll.options[1]!.id], voterToken()));
      const response = await app.request(`/api/v1/polls/${poll.id}?voter=${voter}`);
      assert.equal(response.headers.get('Cache-Control'), 'private, no-store');
      const seen = Poll.parse(await response.json());
      assert.deepEqual(seen.choice, [poll.options[1]!.id]);
      assert.equal(seen.total, 2);
      assert.deepEqual(
        seen.options.map((option) => option.votes),
        [0, 2, 0, 0, 0],
      );
      // Another browser that has not voted sees no counts.
      const other = Poll.parse(await (await app.request(`/api/v1/polls/${poll.id}?voter=${voterToken()}`)).json());
      assert.equal(other.total, undefined);
      assert.equal(other.choice, undefined);
    });

    it('shows counts before voting when the poll allows it, and once it is closed', async () => {
      let now = Date.UTC(2025, 0, 1);
      const { app } = await pollApp({ now: () => now });
      const early = await createPoll(app, { resultsBeforeVote: true });
      const seen = Poll.parse(await (await app.request(`/api/v1/polls/${early.id}`)).json());
      assert.equal(seen.total, 0);
      assert.ok(seen.options.every((option) => option.votes === 0));

      const timed = await createPoll(app, { closesAt: new Date(now + 60_000).toISOString() });
      assert.equal(Poll.parse(await (await app.request(`/api/v1/polls/${timed.id}`)).json()).total, undefined);
      now += 60_000;
      const after = Poll.parse(await (await app.request(`/api/v1/polls/${timed.id}`)).json());
      assert.equal(after.closed, true);
      assert.equal(after.total, 0);
    });

    it('answers 404 for an unknown poll and 422 for a malformed voter token', async () => {
      const { app } = await pollApp();
      const missing = await app.request(`/api/v1/polls/${uuidv7()}`);
      assert.equal(missing.status, 404);
      assert.equal((await errorOf(missing)).message, 'There is no poll with this id');
      assert.equal((await app.request('/api/v1/polls/%00%27')).status, 404);
      const poll = await createPoll(app);
      assert.deepEqual(await issuesOf(await app.request(`/api/v1/polls/${poll.id}?voter=short`)), { voter: 'voter.invalid' });
    });
  });

  describe('POST /api/v1/polls/{id}/votes', () => {
    it('counts a vote and answers with the poll as the voter now sees it', async () => {
      const { app } = await pollApp();
      const poll = await createPoll(app);
      const response = await vote(app, poll.id, [poll.options[0]!.id], voterToken());
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('Cache-Control'), 'no-store');
      const seen = Poll.parse(await response.json());
      assert.equal(seen.total, 1);
      assert.deepEqual(
        seen.options.map((option) => option.votes),
        [1, 0, 0, 0, 0],
      );
      assert.deepEqual(seen.choice, [poll.options[0]!.id]);
    });

    it('replaces the vote when the same browser votes again, from any network', async () => {
      let address = '192.0.2.10';
      const { app } = await pollApp({ remoteAddress: () => address });
      const poll = await createPoll(app);
      const voter = voterToken();
      await votedPoll(await vote(app, poll.id, [poll.options[0]!.id], voter));
      address = '2001:db8::1';
      const changed = await votedPoll(await vote(app, poll.id, [poll.options[4]!.id], voter));
      assert.equal(changed.total, 1);
      assert.deepEqual(
        changed.options.map((option) => option.votes),
        [0, 0, 0, 0, 1],
      );
      assert.deepEqual(changed.choice, [poll.options[4]!.id]);
    });

    it('takes several answers on a multiple-answer poll, each once', async () => {
      const { app } = await pollApp();
      const poll = await createPoll(app, { multiple: true });
      const seen = await votedPoll(await vote(app, poll.id, [poll.options[0]!.id, poll.options[2]!.id, poll.options[0]!.id], voterToken()));
      assert.deepEqual(
        seen.options.map((option) => option.votes),
        [1, 0, 1, 0, 0],
      );
      assert.equal(seen.total, 1);
      assert.deepEqual(seen.choice, [poll.options[0]!.id, poll.options[2]!.id]);
    });

    it('answers 409 for a closed poll and 404 for an unknown one', async () => {
      let now = Date.UTC(2025, 0, 1);
      const { app } = await pollApp({ now: () => now });
      const poll = await createPoll(app, { closesAt: new Date(now + 1000).toISOString() });
      now += 1000;
      const closed = await vote(app, poll.id, [poll.options[0]!.id], voterToken());
      assert.equal(closed.status, 409);
      const error = await errorOf(closed);
      assert.equal(error.code, 'conflict');
      assert.equal(error.message, 'This poll is closed: it no longer takes votes');
      assert.equal((await vote(app, uuidv7(), [poll.options[0]!.id], voterToken())).status, 404);
    });

    it('refuses choices that do not fit the poll with 422', async () => {
      const { app } = await pollApp();
      const poll = await createPoll(app);
      const other = await createPoll(app);
      const voter = voterToken();
      assert.deepEqual(await issuesOf(await vote(app, poll.id, [other.options[0]!.id], voter)), { options: 'vote.unknown' });
      assert.deepEqual(await issuesOf(await vote(app, poll.id, ['not-an-id'], voter)), { options: 'vote.unknown' });
      assert.deepEqual(await issuesOf(await vote(app, poll.id, [poll.options[0]!.id, poll.options[1]!.id], voter)), { options: 'vote.single' });
      assert.deepEqual(await issuesOf(await vote(app, poll.id, [], voter)), { options: 'vote.required' });
      assert.deepEqual(await issuesOf(await vote(app, poll.id, [poll.options[0]!.id], 'short')), { voter: 'voter.invalid' });
      assert.deepEqual(await issuesOf(await app.request(`/api/v1/polls/${poll.id}/votes`, post({ options: 'all' }))), {
        options: 'vote.required',
        voter: 'voter.invalid',
      });
      const spanish = await vote(app, poll.id, [poll.options[0]!.id, poll.options[1]!.id], voter, { 'Accept-Language': 'es' });
      assert.equal((await errorOf(spanish)).issues?.[0]?.message, 'Elige solo una respuesta');
      const untouched = Poll.parse(await (await app.request(`/api/v1/polls/${poll.id}?voter=${voter}`)).json());
      assert.equal(untouched.choice, undefined);
    });

    it('refuses a body that is not JSON, not sent as JSON, or too large', async () => {
      const { app } = await pollApp();
      const poll = await createPoll(app);
      assert.equal((await app.request(`/api/v1/polls/${poll.id}/votes`, post('{'))).status, 400);
      const form = await app.request(`/api/v1/polls/${poll.id}/votes`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'options=1',
      });
      assert.equal(form.status, 415);
      assert.equal((await errorOf(form)).message, 'Send JSON, with Content-Type: application/json');
      assert.equal((await app.request(`/api/v1/polls/${poll.id}/votes`, post({ options: [], voter: 'x'.repeat(20_000) }))).status, 413);
    });

    describe('the per-network rate limit', () => {
      it('allows CHORUS_POLL_RATE_LIMIT votes per network and poll, then 429 with Retry-After', async () => {
        let address = '192.0.2.1';
        const { app } = await pollApp({ remoteAddress: () => address }, { rateLimit: 3, rateWindowSeconds: 600 });
        const poll = await createPoll(app);
        const other = await createPoll(app);
        for (const host of ['192.0.2.1', '192.0.2.2', '::ffff:192.0.2.3']) {
          address = host;
          await votedPoll(await vote(app, poll.id, [poll.options[0]!.id], voterToken()));
        }
        address = '192.0.2.200';
        const limited = await vote(app, poll.id, [poll.options[0]!.id], voterToken());
        assert.equal(limited.status, 429);
        assert.equal(limited.headers.get('Retry-After'), '600');
        assert.equal((await errorOf(limited)).message, 'Many votes came from your network in a short time. Try again in 10 minutes');
        // Another network, or another poll, is not held up.
        address = '198.51.100.7';
        await votedPoll(await vote(app, poll.id, [poll.options[0]!.id], voterToken()));
        address = '192.0.2.200';
        await votedPoll(await vote(app, other.id, [other.options[0]!.id], voterToken()));
        const counted = Poll.parse(await (await app.request(`/api/v1/polls/${poll.id}?voter=${voterToken()}`)).json());
        assert.equal(counted.total, undefined);
        assert.equal((await polls(app, poll.id)).total, 4);
      });

      it('groups IPv6 clients by /64', async () => {
        let address = '2001:db8:1:2::1';
        const { app } = await pollApp({ remoteAddress: () => address }, { rateLimit: 1 });
        const poll = await createPoll(app);
        await votedPoll(await vote(app, poll.id, [poll.options[0]!.id], voterToken()));
        address = '2001:db8:1:2:ffff::9';
        assert.equal((await vote(app, poll.id, [poll.options[0]!.id], voterToken())).status, 429);
        address = '2001:db8:1:3::1';
        await votedPoll(await vote(app, poll.id, [poll.options[0]!.id], voterToken()));
      });

      it('reads the client from X-Forwarded-For only behind a trusted proxy', async () => {
        const poll = await createPoll((await pollApp()).app);
        const untrusted = (await pollApp({ remoteAddress: () => '10.0.0.1' }, { rateLimit: 1 })).app;
        await votedPoll(await vote(untrusted, poll.id, [poll.options[0]!.id], voterToken(), { 'X-Forwarded-For': '203.0.113.1' }));
        // Forging another X-Forwarded-For does not escape the proxy-less limit.
        assert.equal((await vote(untrusted, poll.id, [poll.options[0]!.id], voterToken(), { 'X-Forwarded-For': '198.51.100.1' })).status, 429);

        await resetPolls(store);
        const again = await createPoll((await pollApp()).app);
        const proxied = (await pollApp({ remoteAddress: () => '10.0.0.1', trustProxy: 1 }, { rateLimit: 1 })).app;
        await votedPoll(await vote(proxied, again.id, [again.options[0]!.id], voterToken(), { 'X-Forwarded-For': '203.0.113.1' }));
        await votedPoll(await vote(proxied, again.id, [again.options[0]!.id], voterToken(), { 'X-Forwarded-For': '198.51.100.1' }));
        assert.equal((await vote(proxied, again.id, [again.options[0]!.id], voterToken(), { 'X-Forwarded-For': '203.0.113.99' })).status, 429);
      });
    });

    describe('privacy', () => {
      it('stores no IP address and no voter token, and logs neither', async () => {
        const { app, logger } = await pollApp({ remoteAddress: () => '203.0.113.45' });
        const poll = await createPoll(app);
        const voter = voterToken();
        await votedPoll(await vote(app, poll.id, [poll.options[0]!.id], voter));
        await votedPoll(await vote(app, poll.id, [poll.options[1]!.id], voter));
        const dump = JSON.stringify([
          (await sql`select * from poll_votes`.execute(store.db)).rows,
          (await sql`select * from poll_vote_limits`.execute(store.db)).rows,
          (await sql`select * from polls`.execute(store.db)).rows,
        ]);
        for (const secret of ['203.0.113', voter]) {
          assert.equal(dump.includes(secret), false, `database holds ${secret}`);
          assert.equal(logger.text().includes(secret), false, `log holds ${secret}`);
        }
      });

      it('keys ballots per poll, so one browser cannot be followed across polls', async () => {
        const { app } = await pollApp();
        const first = await createPoll(app);
        const second = await createPoll(app);
        const voter = voterToken();
        await votedPoll(await vote(app, first.id, [first.options[0]!.id], voter));
        await votedPoll(await vote(app, second.id, [second.options[0]!.id], voter));
        const rows = (await sql<{ voter_hash: string }>`select voter_hash from poll_votes`.execute(store.db)).rows;
        assert.equal(rows.length, 2);
        assert.notEqual(rows[0]!.voter_hash, rows[1]!.voter_hash);
      });

      it('generates the HMAC key once per database unless CHORUS_POLL_SECRET is set', async () => {
        const first = await resolvePollKey(store, undefined);
        assert.equal(first.length, 32);
        assert.deepEqual(await resolvePollKey(store, undefined), first);
        assert.deepEqual(await resolvePollKey(store, 'a configured secret of 32 or more chars'), Buffer.from('a configured secret of 32 or more chars'));
      });
    });

    describe('CORS', () => {
      it('takes votes from the server’s own site and CHORUS_ALLOWED_ORIGINS only', async () => {
        const { app } = await pollApp({ allowedOrigins: ['https://www.python.org'] });
        const poll = await createPoll(app);
        const allowed = await vote(app, poll.id, [poll.options[0]!.id], voterToken(), { Origin: 'https://www.python.org' });
        assert.equal(allowed.status, 200);
        assert.equal(allowed.headers.get('Access-Control-Allow-Origin'), 'https://www.python.org');
        const own = await vote(app, poll.id, [poll.options[0]!.id], voterToken(), { Origin: 'https://stories.example', Host: 'stories.example' });
        assert.equal(own.status, 200);
        const refused = await vote(app, poll.id, [poll.options[0]!.id], voterToken(), { Origin: 'https://evil.example' });
        assert.equal(refused.status, 403);
        assert.equal((await errorOf(refused)).message, 'This site may not send votes to this server. Its owner can add the site to CHORUS_ALLOWED_ORIGINS');
        assert.equal((await polls(app, poll.id)).total, 2);
      });

      it('offers POST in the preflight to allowed origins only, and GET to everyone', async () => {
        const { app } = await pollApp({ allowedOrigins: ['https://www.python.org'] });
        const preflight = (origin: string) =>
          app.request(`/api/v1/polls/${uuidv7()}/votes`, {
            method: 'OPTIONS',
            headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
          });
        const allowed = await preflight('https://www.python.org');
        assert.equal(allowed.headers.get('Access-Control-Allow-Origin'), 'https://www.python.org');
        assert.match(allowed.headers.get('Access-Control-Allow-Methods') ?? '', /POST/);
        const other = await preflight('https://evil.example');
        assert.doesNotMatch(other.headers.get('Access-Control-Allow-Methods') ?? '', /POST/);
      });
    });
  });
});

/** The poll's counts as a moderator sees them. */
async function polls(app: Awaited<ReturnType<typeof pollApp>>['app'], id: string) {
  return AdminPoll.parse(await (await app.request(`/api/v1/admin/polls/${id}`, admin())).json());
}

describe('the demo poll', () => {
  it('is seeded once, with sample votes, and hides them until the reader votes', async () => {
    const { app, polls } = await pollApp();
    assert.equal(await seedDemoPoll(polls, store), true);
    assert.equal(await seedDemoPoll(polls, store), false);
    const seen = Poll.parse(await (await app.request(`/api/v1/polls/${DEMO_POLL_ID}`)).json());
    assert.equal(seen.question, 'Where are you using WebAssembly?');
    assert.deepEqual(
      seen.options.map((option) => option.text),
      WASM_POLL.options,
    );
    assert.equal(seen.total, undefined);
    const voted = await votedPoll(await vote(app, DEMO_POLL_ID, [seen.options[0]!.id], voterToken()));
    assert.equal(voted.total, 51);
  });
});

describe('the OpenAPI document', () => {
  it('describes every poll operation with an operationId, its security and its refusals', async () => {
    const { app } = await pollApp();
    const document = (await (await app.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, Record<string, { operationId: string; security: unknown[]; responses: Record<string, { content?: unknown }> }>>;
    };
    const operations = Object.entries(document.paths)
      .filter(([path]) => path.includes('polls'))
      .flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ path, method, ...operation })));
    assert.deepEqual(operations.map((operation) => operation.operationId).sort(), [
      'closePoll',
      'createPoll',
      'deletePoll',
      'exportPollResults',
      'getAdminPoll',
      'getPoll',
      'listPolls',
      'streamPoll',
      'updatePoll',
      'votePoll',
    ]);
    for (const operation of operations) {
      const where = `${operation.method} ${operation.path}`;
      assert.deepEqual(operation.security, operation.path.startsWith('/admin') ? [{ adminToken: [] }] : [], where);
      if (operation.path.startsWith('/admin')) assert.ok(operation.responses['401'] && operation.responses['403'], where);
      for (const [status, response] of Object.entries(operation.responses)) {
        if (Number(status) >= 400) assert.deepEqual(response.content, { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } }, where);
      }
    }
  });
});

describe('hostile input', () => {
  it('never gets a 5xx from any poll route', async () => {
    const { app } = await pollApp();
    const poll = await createPoll(app);
    const bodies: unknown[] = [
      null,
      [],
      'text',
      42,
      { options: [null], voter: 1 },
      { options: [{}], voter: {} },
      { options: ['\u0000'], voter: 'a'.repeat(16) },
      { options: Array.from({ length: 5000 }, (_, i) => String(i)), voter: 'a'.repeat(16) },
      { question: '\u0000', options: ['\u0000', '\ud800'] },
      { question: 'Lone \udc00 surrogate?', options: ['A', '\ud800'] },
      { question: 'Q?', options: ['A', 'B'], closesAt: '275760-09-13T00:00:00Z' },
      { question: 'Q?', options: ['A', 'B'], closesAt: '9999-12-31T23:59:59+14:00' },
      { question: { toString: 'x' }, options: { length: 3 } },
      JSON.parse('{"__proto__": {"admin": true}, "question": "Q?", "options": ["A", "B"]}'),
      '{"a":'.repeat(2000),
    ];
    const ids = [poll.id, uuidv7(), 'x', '%00', '..%2F..%2Fetc', "'; drop table polls; --", 'é'.repeat(300)];
    for (const id of ids) {
      for (const path of [`/api/v1/polls/${id}`, `/api/v1/polls/${id}/events?voter=${id}`, `/api/v1/admin/polls/${id}/results?format=csv`]) {
        const response = await app.request(path, path.startsWith('/api/v1/admin') ? admin() : {});
        assert.ok(response.status < 500, `${path}: ${response.status}`);
        await response.body?.cancel();
      }
      for (const body of bodies) {
        const text = typeof body === 'string' && body.startsWith('{') ? body : JSON.stringify(body);
        for (const [path, init] of [
          [`/api/v1/polls/${id}/votes`, post(text)],
          ['/api/v1/admin/polls', admin(post(text))],
          [`/api/v1/admin/polls/${id}`, admin(json('PATCH', text))],
        ] as const) {
          const response = await app.request(path, init);
          assert.ok(response.status < 500, `${path} ${text.slice(0, 60)}: ${response.status} ${await response.text()}`);
        }
      }
    }
  });
});
