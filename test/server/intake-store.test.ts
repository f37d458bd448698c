import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'kysely';
import { uuidv7 } from '../../server/ids.ts';
import type { KyselyStoryStore } from '../../server/store/kysely-store.ts';
import { openPGliteStore } from '../../server/store/pglite.ts';
import type { NewOrigin, NewStory } from '../../server/store/story-store.ts';
import { StorySubmission } from '../../src/schema/index.ts';
import { postgresStore } from './pg-server.ts';
import { pgliteTemplate, validSubmission } from './helpers.ts';

const T0 = Date.UTC(2025, 0, 1);
const origin = (externalId: string, channel: NewOrigin['channel'] = 'github'): NewOrigin => ({
  channel,
  url: `https://github.com/python/stories/issues/${externalId}`,
  externalId,
  author: 'octocat',
  context: { repo: 'python/stories', number: Number(externalId), base: 'https://stories.example.org' },
});

function newStory(overrides: Partial<NewStory> = {}): NewStory {
  return { id: uuidv7(), submission: StorySubmission.parse(validSubmission()), status: 'pending', flags: [], createdAt: new Date(T0), ...overrides };
}

/** Origins, the channel filter and answer jobs, on every store implementation. */
function intakeSuite(name: string, open: () => Promise<KyselyStoryStore>, skip: string | false = false) {
  describe(`StoryStore origins on ${name}`, { skip }, () => {
    let store: KyselyStoryStore;
    before(async () => (store = await open()));
    after(async () => store?.close());
    beforeEach(async () => {
      await sql`truncate outbox, story_tags, stories, settings`.execute(store.db);
    });

    it('stores one story per channel and external id, even when two deliveries race', async () => {
      const results = await Promise.all([store.create(newStory({ origin: origin('7') })), store.create(newStory({ origin: origin('7') }))]);
      assert.deepEqual(results.map((result) => result.outcome).sort(), ['created', 'replay']);
      assert.equal(results[0].id, results[1].id);
      const other = await store.create(newStory({ origin: origin('7', 'discourse') }));
      assert.equal(other.outcome, 'created', 'the same id in another channel is another story');
      assert.equal((await store.listForModeration({ status: 'pending', limit: 10 })).stories.length, 2);
    });

    it('gives moderators the origin, the public nothing of it, and keeps the reply context private', async () => {
      const { id } = await store.create(newStory({ origin: origin('8'), bodyFormat: 'markdown' }));
      const story = await store.getForModeration(id);
      assert.deepEqual(story?.origin, { channel: 'github', url: 'https://github.com/python/stories/issues/8', externalId: '8', author: 'octocat' });
      assert.equal(JSON.stringify(story).includes('stories.example.org'), false, 'the reply context is not in the admin shape');
      await store.moderate(id, 'approved', new Date(T0 + 1000));
      const published = await store.getPublished(id);
      assert.equal(JSON.stringify(published).includes('octocat'), false);
      assert.deepEqual(await store.originContext(id), { repo: 'python/stories', number: 8, base: 'https://stories.example.org' });
      const form = await store.create(newStory());
      assert.deepEqual((await store.getForModeration(form.id))?.origin, { channel: 'form', url: null, externalId: null, author: null });
    });

    it('filters the moderation queue by channel', async () => {
      await store.create(newStory({ origin: origin('9') }));
      await store.create(newStory({ origin: { ...origin('10', 'slack'), url: null } }));
      await store.create(newStory());
      const only = async (channel: NewOrigin['channel']) =>
        (await store.listForModeration({ status: 'pending', limit: 10, channel })).stories.map((story) => story.origin?.channel);
      assert.deepEqual(await only('github'), ['github']);
      assert.deepEqual(await only('slack'), ['slack']);
      assert.deepEqual(await only('form'), ['form']);
      assert.deepEqual(await only('discord'), []);
    });

    it('queues an answer once per story, service and action, beside the deliveries', async () => {
      const { id } = await store.create(newStory({ origin: origin('11'), outbox: ['slack'] }));
      await store.moderate(id, 'approved', new Date(T0), ['github']);
      await store.queueJobs(id, 'reply', ['github'], new Date(T0));
      await store.queueJobs(id, 'reply', ['github'], new Date(T0));
      const deliveries = (await store.deliveries([id])).get(id) ?? [];
      assert.deepEqual(deliveries.map((delivery) => [delivery.target, delivery.action ?? 'deliver']).sort(), [
        ['github', 'deliver'],
        ['github', 'reply'],
        ['slack', 'deliver'],
      ]);
      const jobs = await store.claimJobs(new Date(T0 + 1), 60_000, 10);
      assert.deepEqual(jobs.map((job) => `${job.target}/${job.action}`).sort(), ['github/deliver', 'github/reply', 'slack/deliver']);
    });
  });
}

intakeSuite('PGlite', async () => openPGliteStore({ loadDataDir: await pgliteTemplate() }));
const postgres = postgresStore();
intakeSuite('PostgreSQL', postgres.open, postgres.skip);
