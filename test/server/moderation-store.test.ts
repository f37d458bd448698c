import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'kysely';
import { uuidv7 } from '../../server/ids.ts';
import type { KyselyStoryStore } from '../../server/store/kysely-store.ts';
import { OWNER, type Actor } from '../../server/store/moderators.ts';
import { openPGliteStore } from '../../server/store/pglite.ts';
import { StorySubmission } from '../../src/schema/index.ts';
import { postgresStore } from './pg-server.ts';
import { pgliteTemplate, validSubmission } from './helpers.ts';

const T0 = Date.UTC(2025, 0, 1);
const at = (seconds: number) => new Date(T0 + seconds * 1000);

/** The same suite on PGlite and PostgreSQL. */
function moderationSuite(name: string, open: () => Promise<KyselyStoryStore>, skip: string | false = false) {
  describe(`moderators and the audit log on ${name}`, { skip }, () => {
    let store: KyselyStoryStore;
    before(async () => {
      store = await open();
    });
    after(async () => {
      await store?.close();
    });
    beforeEach(async () => {
      await sql`truncate story_tags, stories, settings, moderators, audit_log, outbox`.execute(store.db);
    });

    async function story(): Promise<string> {
      const created = await store.create({
        id: uuidv7(),
        submission: StorySubmission.parse(validSubmission()),
        status: 'pending',
        flags: [],
        createdAt: at(0),
      });
      return created.id;
    }

    async function moderator(name: string, hash = `${name}-hash`.padEnd(64, '0')): Promise<Actor> {
      const created = await store.createModerator({ id: uuidv7(), name, tokenSha256: hash, createdAt: at(0) });
      assert.ok(created);
      return { ...created, role: 'moderator' };
    }

    it('adds, finds by token hash, lists and revokes moderators', async () => {
      const ada = await moderator('Ada', 'a'.repeat(64));
      const grace = await moderator('Grace', 'b'.repeat(64));
      assert.deepEqual((await store.moderatorByToken('a'.repeat(64)))?.name, 'Ada');
      assert.equal(await store.moderatorByToken('c'.repeat(64)), null);
      assert.deepEqual(
        (await store.listModerators()).map((m) => m.name),
        ['Ada', 'Grace'],
      );
      assert.equal(await store.revokeModerator(ada.id, at(5)), true);
      assert.equal(await store.revokeModerator(ada.id, at(6)), false);
      assert.equal(await store.revokeModerator('nope', at(6)), false);
      assert.equal(await store.moderatorByToken('a'.repeat(64)), null);
      assert.deepEqual(
        (await store.listModerators()).map((m) => m.id),
        [grace.id],
      );
    });

    it('gives a name to one of 10 concurrent requests, whatever their case', async () => {
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, n) =>
          store.createModerator({ id: uuidv7(), name: n % 2 ? 'ada' : 'Ada', tokenSha256: String(n).padEnd(64, 'f'), createdAt: at(0) }),
        ),
      );
      assert.equal(results.filter(Boolean).length, 1);
      assert.equal((await store.listModerators()).length, 1);
    });

    it('records each decision with its moderator and time, on the story and in the log', async () => {
      const ada = await moderator('Ada');
      const id = await story();
      const approved = await store.moderate(id, 'approved', at(10), [], ada);
      assert.deepEqual([approved?.decidedBy, approved?.decidedAt], [{ id: ada.id, name: 'Ada' }, at(10).toISOString()]);
      const spam = await store.moderate(id, 'spam', at(20), [], OWNER);
      assert.deepEqual(spam?.decidedBy, { id: 'owner', name: 'Owner' });
      const log = await store.listAudit({ limit: 10 });
      assert.deepEqual(
        log.entries.map((entry) => [entry.action, entry.fromStatus, entry.toStatus, entry.moderator.id, entry.at]),
        [
          ['spam', 'approved', 'spam', 'owner', at(20).toISOString()],
          ['approve', 'pending', 'approved', ada.id, at(10).toISOString()],
        ],
      );
      assert.equal(log.next, null);
      // A decision by the server itself (sample data) says so.
      const other = await story();
      assert.deepEqual((await store.moderate(other, 'approved', at(30)))?.decidedBy, { id: 'system', name: 'Chorus' });
    });

    it('pages the log newest first by cursor, even with equal times, and filters it', async () => {
      const ada = await moderator('Ada');
      const ids = [await story(), await story(), await story()];
      for (const id of ids) {
        await store.moderate(id, 'approved', at(1), [], ada);
        await store.moderate(id, 'rejected', at(1), [], OWNER);
      }
      const seen: string[] = [];
      let after = undefined;
      for (;;) {
        const page: Awaited<ReturnType<typeof store.listAudit>> = await store.listAudit({ limit: 4, after });
        seen.push(...page.entries.map((entry) => entry.id));
        if (!page.next) break;
        after = page.next;
      }
      assert.equal(seen.length, 6);
      assert.equal(new Set(seen).size, 6);
      assert.deepEqual(seen, [...seen].sort().reverse(), 'newest (by uuidv7) first');
      assert.equal((await store.listAudit({ limit: 10, storyId: ids[0] })).entries.length, 2);
      assert.equal((await store.listAudit({ limit: 10, moderatorId: ada.id })).entries.length, 3);
      assert.equal((await store.listAudit({ limit: 10, storyId: 'nope' })).entries.length, 0);
    });

    it('undoes the newest decision not yet undone, step by step, republishing on the way', async () => {
      const ada = await moderator('Ada');
      const id = await story();
      await store.moderate(id, 'approved', at(1), [], ada);
      await store.moderate(id, 'rejected', at(2), [], ada);
      const first = await store.undo(id, OWNER, at(3));
      assert.equal(first.outcome === 'undone' && first.story.status, 'approved');
      assert.equal((await store.getPublished(id))?.publishedAt, at(1).toISOString(), 'public again at its first publication time');
      assert.deepEqual(
        (await store.listPublished({ limit: 10, tag: 'community' })).stories.map((s) => s.id),
        [id],
      );
      const second = await store.undo(id, ada, at(4));
      assert.equal(second.outcome === 'undone' && second.story.status, 'pending');
      assert.deepEqual(second.outcome === 'undone' && second.story.decidedBy, { id: ada.id, name: 'Ada' });
      assert.equal(await store.getPublished(id), null);
      assert.deepEqual(await store.undo(id, ada, at(5)), { outcome: 'nothing' });
      assert.deepEqual(await store.undo(uuidv7(), ada, at(5)), { outcome: 'not_found' });
      assert.deepEqual(await store.undo('nope', ada, at(5)), { outcome: 'not_found' });
    });

    it('refuses an undo when the story is not in the status the moderator saw', async () => {
      const id = await story();
      await store.moderate(id, 'approved', at(1), [], OWNER);
      assert.deepEqual(await store.undo(id, OWNER, at(2), { expectedStatus: 'rejected' }), { outcome: 'changed', status: 'approved' });
      assert.equal((await store.getForModeration(id))?.status, 'approved');
    });

    it('lets one of two concurrent undos win', async () => {
      const id = await story();
      await store.moderate(id, 'approved', at(1), [], OWNER);
      const results = await Promise.all([store.undo(id, OWNER, at(2)), store.undo(id, OWNER, at(2))]);
      assert.deepEqual(results.map((result) => result.outcome).sort(), ['nothing', 'undone']);
      assert.equal((await store.listAudit({ limit: 10 })).entries.length, 2);
    });

    it('queues amplification again when an undo restores an approval', async () => {
      const id = await story();
      await store.moderate(id, 'approved', at(1), ['github'], OWNER);
      await sql`update outbox set status = 'cancelled'`.execute(store.db);
      await store.moderate(id, 'rejected', at(2), [], OWNER);
      await store.undo(id, OWNER, at(3), { outbox: ['github'] });
      const deliveries = (await store.deliveries([id])).get(id);
      assert.deepEqual(
        deliveries?.map((d) => [d.target, d.status]),
        [['github', 'pending']],
      );
    });
  });
}

moderationSuite('PGlite', async () => openPGliteStore({ loadDataDir: await pgliteTemplate() }));

const postgres = postgresStore();
moderationSuite('PostgreSQL', postgres.open, postgres.skip);
