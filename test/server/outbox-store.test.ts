import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'kysely';
import { uuidv7 } from '../../server/ids.ts';
import type { KyselyStoryStore } from '../../server/store/kysely-store.ts';
import { openPGliteStore } from '../../server/store/pglite.ts';
import type { NewStory } from '../../server/store/story-store.ts';
import { StorySubmission } from '../../src/schema/index.ts';
import { pgliteTemplate, validSubmission } from './helpers.ts';
import { postgresStore } from './pg-server.ts';

const T0 = new Date(Date.UTC(2025, 0, 1));
const LEASE = 60_000;

function newStory(overrides: Partial<NewStory> = {}): NewStory {
  return { id: uuidv7(), submission: StorySubmission.parse(validSubmission()), status: 'pending', flags: [], createdAt: T0, ...overrides };
}

/** The outbox half of the store, on both implementations. */
function outboxSuite(name: string, open: () => Promise<KyselyStoryStore>, skip: string | false = false) {
  describe(`outbox on ${name}`, { skip }, () => {
    let store: KyselyStoryStore;
    before(async () => {
      store = await open();
    });
    after(async () => {
      await store?.close();
    });
    beforeEach(async () => {
      await sql`truncate outbox, story_tags, stories, settings`.execute(store.db);
    });

    it('queues jobs with the story, and none for a replayed request', async () => {
      const first = await store.create(newStory({ idempotencyKey: 'k1', requestHash: 'h', outbox: ['slack', 'discord'] }));
      const replay = await store.create(newStory({ idempotencyKey: 'k1', requestHash: 'h', outbox: ['slack', 'discord'] }));
      assert.equal(replay.outcome, 'replay');
      const jobs = await store.claimJobs(T0, LEASE, 10);
      assert.deepEqual(jobs.map((job) => [job.storyId, job.target, job.attempts]).sort(), [
        [first.id, 'discord', 1],
        [first.id, 'slack', 1],
      ]);
    });

    it('leases a job to one claimer at a time, even when they ask at once', async () => {
      for (let n = 0; n < 12; n++) await store.create(newStory({ outbox: ['slack'] }));
      const batches = await Promise.all([1, 2, 3, 4].map(() => store.claimJobs(T0, LEASE, 5)));
      const ids = batches.flat().map((job) => job.id);
      assert.equal(ids.length, 12);
      assert.equal(new Set(ids).size, 12);
      assert.deepEqual(await store.claimJobs(new Date(T0.getTime() + LEASE - 1), LEASE, 50), []);
      assert.equal((await store.claimJobs(new Date(T0.getTime() + LEASE), LEASE, 50)).length, 12, 'expired leases are handed out again');
    });

    it('stores an amplified link once and reports the delivery to moderators', async () => {
      const { id } = await store.create(newStory());
      await store.moderate(id, 'approved', T0, ['github']);
      await store.moderate(id, 'approved', T0, ['github']);
      const [job] = await store.claimJobs(T0, LEASE, 10);
      assert.ok(job);
      const link = { rel: 'github' as const, url: 'https://github.com/python/community-stories/issues/1' };
      assert.equal(await store.finishJob(job, { status: 'delivered', link }, T0), true);
      assert.equal(await store.finishJob(job, { status: 'delivered', link }, T0), false, 'a finished job cannot be finished again');
      assert.deepEqual((await store.getPublished(id))?.links, [link]);
      assert.deepEqual((await store.deliveries([id])).get(id), [
        { target: 'github', status: 'delivered', attempts: 1, lastError: null, url: link.url, at: T0.toISOString() },
      ]);
    });

    it('queues Mastodon and Bluesky deliveries, links both, and keeps the language a story is written in', async () => {
      const { id } = await store.create(newStory({ submission: StorySubmission.parse(validSubmission({ language: 'pt-BR' })) }));
      await store.moderate(id, 'approved', T0, ['mastodon', 'bluesky']);
      const jobs = await store.claimJobs(T0, LEASE, 10);
      assert.deepEqual(jobs.map((job) => job.target).sort(), ['bluesky', 'mastodon']);
      for (const job of jobs) {
        const url = job.target === 'mastodon' ? 'https://fosstodon.org/@ada/112233445566778899' : 'https://bsky.app/profile/ada.bsky.social/post/3l6oveex3ii2l';
        assert.equal(await store.finishJob(job, { status: 'delivered', link: { rel: job.target, url } }, T0), true);
      }
      const published = await store.getPublished(id);
      assert.deepEqual(published?.links.map((link) => link.rel).sort(), ['bluesky', 'mastodon']);
      assert.equal(published?.language, 'pt-BR');
      assert.equal((await store.getForModeration(id))?.language, 'pt-BR');
      await assert.rejects(
        sql`insert into outbox (id, story_id, target, due_at, created_at) values (${uuidv7()}, ${id}, 'myspace', now(), now())`.execute(store.db),
      );
    });

    it('puts a failed job back for later, only for the lease holder', async () => {
      await store.create(newStory({ outbox: ['discord'] }));
      const [job] = await store.claimJobs(T0, LEASE, 10);
      assert.ok(job);
      const later = new Date(T0.getTime() + 5000);
      assert.equal(await store.retryJob({ ...job, leaseToken: 'someone-else' }, later, 'x'), false);
      assert.equal(await store.retryJob(job, later, 'HTTP 503'), true);
      assert.deepEqual(await store.claimJobs(new Date(later.getTime() - 1), LEASE, 10), []);
      const [again] = await store.claimJobs(later, LEASE, 10);
      assert.equal(again?.attempts, 2);
    });
  });
}

outboxSuite('PGlite', async () => openPGliteStore({ loadDataDir: await pgliteTemplate() }));

const postgres = postgresStore();
outboxSuite('PostgreSQL', postgres.open, postgres.skip);
