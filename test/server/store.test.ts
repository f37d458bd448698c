import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'kysely';
import { uuidv7 } from '../../server/ids.ts';
import type { KyselyStoryStore } from '../../server/store/kysely-store.ts';
import { openPGliteStore } from '../../server/store/pglite.ts';
import type { NewStory } from '../../server/store/story-store.ts';
import { Story, StorySubmission } from '../../src/schema/index.ts';
import { postgresStore } from './pg-server.ts';
import { pgliteTemplate, validSubmission } from './helpers.ts';

const T0 = Date.UTC(2025, 0, 1);

function newStory(overrides: Partial<NewStory> = {}, input = validSubmission()): NewStory {
  return {
    id: uuidv7(),
    submission: StorySubmission.parse(input),
    status: 'pending',
    flags: [],
    createdAt: new Date(T0),
    ...overrides,
  };
}

/** The same suite for every implementation: a store is only done when both pass. */
function storeSuite(name: string, open: () => Promise<KyselyStoryStore>, skip: string | false = false) {
  describe(`StoryStore on ${name}`, { skip }, () => {
    let store: KyselyStoryStore;
    before(async () => {
      store = await open();
    });
    after(async () => {
      await store?.close();
    });
    beforeEach(async () => {
      await sql`truncate story_tags, stories, settings`.execute(store.db);
    });

    async function approved(publishedAt: number, input = validSubmission()) {
      const { id } = await store.create(newStory({}, input));
      await store.moderate(id, 'approved', new Date(publishedAt));
      return id;
    }

    it('keeps a new story pending, visible to moderators with its contact and hidden from the public', async () => {
      const { outcome, id } = await store.create(newStory());
      assert.equal(outcome, 'created');
      const queue = await store.listForModeration({ status: 'pending', limit: 10 });
      assert.equal(queue.stories.length, 1);
      assert.equal(queue.stories[0]!.authorEmail, 'ada.private@example.org');
      assert.equal(queue.stories[0]!.status, 'pending');
      assert.equal(queue.stories[0]!.publishedAt, null);
      assert.deepEqual((await store.listPublished({ limit: 10 })).stories, []);
      assert.equal(await store.getPublished(id), null);
    });

    it('publishes an approved story in the public shape only', async () => {
      const id = await approved(T0 + 1000);
      const story = await store.getPublished(id);
      assert.ok(story);
      assert.equal(story.publishedAt, new Date(T0 + 1000).toISOString());
      assert.deepEqual(Object.keys(story).sort(), Object.keys(Story.parse(story)).sort());
      for (const key of ['authorEmail', 'status', 'flags', 'createdAt', 'moderatedAt', 'idempotencyKey']) assert.ok(!(key in story), key);
      assert.equal(JSON.stringify(story).includes('ada.private@example.org'), false);
    });

    it('keeps the first publication time when a story is approved again', async () => {
      const id = await approved(T0 + 1000);
      const again = await store.moderate(id, 'approved', new Date(T0 + 9000));
      assert.equal(again?.publishedAt, new Date(T0 + 1000).toISOString());
      assert.equal(again?.moderatedAt, new Date(T0 + 9000).toISOString());
    });

    it('hides a rejected story, also from tag lists', async () => {
      const id = await approved(T0, validSubmission({ tags: ['django'] }));
      const rejected = await store.moderate(id, 'rejected', new Date(T0 + 1));
      assert.equal(rejected?.status, 'rejected');
      assert.equal(await store.getPublished(id), null);
      assert.deepEqual((await store.listPublished({ limit: 10, tag: 'django' })).stories, []);
      assert.deepEqual((await store.listPublished({ limit: 10 })).stories, []);
    });

    it('marks a story as spam, which is never public', async () => {
      const id = await approved(T0);
      const spam = await store.moderate(id, 'spam', new Date(T0 + 1));
      assert.equal(spam?.status, 'spam');
      assert.equal(await store.getPublished(id), null);
      assert.deepEqual((await store.listPublished({ limit: 10 })).stories, []);
      assert.deepEqual((await store.listPublished({ limit: 10, tag: 'community' })).stories, []);
    });

    it('answers null for a story that does not exist or an id that is not one', async () => {
      assert.equal(await store.moderate(uuidv7(), 'approved', new Date()), null);
      assert.equal(await store.moderate('nope', 'approved', new Date()), null);
      assert.equal(await store.getPublished("' or 1=1 --"), null);
    });

    it('pages newest first by cursor, each story exactly once, even with equal times', async () => {
      const ids: string[] = [];
      // Three stories share each publication time, so the id must break ties.
      for (let i = 0; i < 45; i++) ids.push(await approved(T0 + Math.floor(i / 3) * 1000));
      const seen: string[] = [];
      let next = undefined;
      let pages = 0;
      do {
        const page = await store.listPublished({ limit: 20, after: next });
        seen.push(...page.stories.map((story) => story.id));
        next = page.next ?? undefined;
        pages++;
      } while (next);
      assert.equal(pages, 3);
      assert.equal(new Set(seen).size, 45);
      const times = (await store.listPublished({ limit: 100 })).stories.map((story) => story.publishedAt);
      assert.deepEqual(times, [...times].sort().reverse());
    });

    it('keeps its place while new stories are published', async () => {
      for (let i = 0; i < 10; i++) await approved(T0 + i * 1000);
      const first = await store.listPublished({ limit: 4 });
      for (let i = 0; i < 5; i++) await approved(T0 + 100_000 + i);
      const second = await store.listPublished({ limit: 4, after: first.next ?? undefined });
      const all = (await store.listPublished({ limit: 100 })).stories.map((story) => story.id);
      // The second page continues right after the first, ignoring the newer stories.
      const at = all.indexOf(first.stories.at(-1)!.id);
      assert.deepEqual(
        second.stories.map((story) => story.id),
        all.slice(at + 1, at + 5),
      );
    });

    it('filters by tag, by kind and by both', async () => {
      await approved(T0 + 1, validSubmission({ tags: ['django', 'web'], kind: 'story' }));
      await approved(T0 + 2, validSubmission({ tags: ['django'], kind: 'news' }));
      await approved(T0 + 3, validSubmission({ tags: ['flask'], kind: 'news' }));
      const titles = async (query: { tag?: string; kind?: 'story' | 'news' }) =>
        (await store.listPublished({ limit: 10, ...query })).stories.map((story) => `${story.kind}:${story.tags.join('+')}`);
      assert.deepEqual(await titles({ tag: 'django' }), ['news:django', 'story:django+web']);
      assert.deepEqual(await titles({ kind: 'news' }), ['news:flask', 'news:django']);
      assert.deepEqual(await titles({ tag: 'django', kind: 'news' }), ['news:django']);
      assert.deepEqual(await titles({ tag: 'nothing' }), []);
    });

    it('pages through a tag by cursor', async () => {
      for (let i = 0; i < 7; i++) await approved(T0 + i, validSubmission({ tags: ['pycon'] }));
      await approved(T0 + 100, validSubmission({ tags: ['other'] }));
      const first = await store.listPublished({ limit: 5, tag: 'pycon' });
      const second = await store.listPublished({ limit: 5, tag: 'pycon', after: first.next ?? undefined });
      assert.equal(first.stories.length, 5);
      assert.equal(second.stories.length, 2);
      assert.equal(second.next, null);
      assert.equal(new Set([...first.stories, ...second.stories].map((story) => story.id)).size, 7);
    });

    it('stores a replayed idempotency key once, and tells a different body apart', async () => {
      const first = await store.create(newStory({ idempotencyKey: 'key-1', requestHash: 'a' }));
      const replay = await store.create(newStory({ idempotencyKey: 'key-1', requestHash: 'a' }));
      const other = await store.create(newStory({ idempotencyKey: 'key-1', requestHash: 'b' }));
      assert.equal(first.outcome, 'created');
      assert.deepEqual(replay, { outcome: 'replay', id: first.id });
      assert.deepEqual(other, { outcome: 'conflict', id: first.id });
      assert.deepEqual(await store.findByIdempotencyKey('key-1'), { id: first.id, requestHash: 'a' });
      assert.equal((await store.listForModeration({ status: 'pending', limit: 10 })).stories.length, 1);
    });

    it('stores exactly one story for 20 concurrent creates with one key', async () => {
      const results = await Promise.all(Array.from({ length: 20 }, () => store.create(newStory({ idempotencyKey: 'race', requestHash: 'same' }))));
      assert.equal(results.filter((result) => result.outcome === 'created').length, 1);
      assert.equal(new Set(results.map((result) => result.id)).size, 1);
      const { count } = (await sql<{ count: number }>`select count(*)::int as count from stories`.execute(store.db)).rows[0]!;
      assert.equal(count, 1);
    });

    it('lists moderation queues by status, newest first, by cursor', async () => {
      for (let i = 0; i < 5; i++) await store.create(newStory({ createdAt: new Date(T0 + i) }));
      await store.create(newStory({ status: 'spam', flags: ['honeypot'] }));
      const page = await store.listForModeration({ status: 'pending', limit: 3 });
      assert.equal(page.stories.length, 3);
      const rest = await store.listForModeration({ status: 'pending', limit: 3, after: page.next ?? undefined });
      assert.equal(rest.stories.length, 2);
      assert.equal(rest.next, null);
      const created = [...page.stories, ...rest.stories].map((story) => story.createdAt);
      assert.deepEqual(created, [...created].sort().reverse());
      const spam = await store.listForModeration({ status: 'spam', limit: 3 });
      assert.deepEqual(spam.stories[0]!.flags, ['honeypot']);
    });

    it('lists stories published in a period, oldest first', async () => {
      await approved(T0 - 1);
      const a = await approved(T0);
      const b = await approved(T0 + 5);
      await approved(T0 + 10);
      const list = await store.listPublishedBetween(new Date(T0), new Date(T0 + 10), 100);
      assert.deepEqual(
        list.map((story) => story.id),
        [a, b],
      );
    });

    it('keeps the first value of a setting', async () => {
      assert.equal(await store.getSetting('x'), null);
      assert.equal(await store.putSettingIfAbsent('x', 'first'), 'first');
      assert.equal(await store.putSettingIfAbsent('x', 'second'), 'first');
      assert.equal(await store.getSetting('x'), 'first');
    });

    it('answers a ping', async () => {
      await store.ping();
    });
  });
}

storeSuite('PGlite', async () => openPGliteStore({ loadDataDir: await pgliteTemplate() }));

const postgres = postgresStore();
storeSuite('PostgreSQL', postgres.open, postgres.skip);
