import { sql, type Generated, type Kysely, type Selectable } from 'kysely';
import { Migrator } from 'kysely';
import { randomUUID } from 'node:crypto';
import type { AdminStory, Delivery, DeliveryTarget, Story, StoryChannel, StoryKind, StoryLink, StoryStatus } from '../../src/schema/index.ts';
import { uuidv7 } from '../ids.ts';
import { migrations } from './migrations/index.ts';
import { KyselyModeratorStore, SYSTEM, type Actor, type ModerationTables } from './moderators.ts';
import type {
  CreateResult,
  Cursor,
  Decision,
  JobAction,
  JobOutcome,
  ModerationQuery,
  NewStory,
  OriginContext,
  OutboxDelivery,
  OutboxJob,
  OutboxTarget,
  Page,
  PublicQuery,
  StoryStore,
  UndoResult,
} from './story-store.ts';

interface StoriesTable {
  id: string;
  status: StoryStatus;
  kind: StoryKind;
  title: string;
  body: Generated<string>;
  body_format: Generated<'markdown' | 'html'>;
  link: string | null;
  url: string | null;
  tags: Generated<string[]>;
  author_name: string;
  author_email: string | null;
  author_url: string | null;
  author_avatar: string | null;
  region: string | null;
  language: Generated<string | null>;
  links: Generated<StoryLink[]>;
  flags: Generated<string[]>;
  idempotency_key: string | null;
  request_hash: string | null;
  created_at: Date;
  moderated_at: Date | null;
  published_at: Date | null;
  decided_by_id: string | null;
  decided_by_name: string | null;
  origin_channel: Generated<StoryChannel>;
  origin_url: string | null;
  origin_external_id: string | null;
  origin_author: string | null;
  origin_context: Generated<OriginContext>;
}

interface OutboxTable {
  id: string;
  story_id: string;
  target: OutboxTarget;
  action: Generated<JobAction>;
  status: Generated<Delivery['status']>;
  attempts: Generated<number>;
  due_at: Date;
  lease_until: Date | null;
  lease_token: string | null;
  last_error: string | null;
  result_url: string | null;
  created_at: Date;
  finished_at: Date | null;
}

export interface Database extends ModerationTables {
  stories: StoriesTable;
  outbox: OutboxTable;
  story_tags: { tag: string; published_at: Date; story_id: string };
  settings: { key: string; value: string };
}

type Row = Selectable<StoriesTable>;

const PUBLIC_COLUMNS = [
  'stories.id',
  'stories.kind',
  'stories.title',
  'stories.body',
  'stories.body_format',
  'stories.link',
  'stories.url',
  'stories.tags',
  'stories.author_name',
  'stories.author_url',
  'stories.author_avatar',
  'stories.region',
  'stories.language',
  'stories.links',
  'stories.published_at',
] as const;

type PublicRow = Pick<
  Row,
  | 'id'
  | 'kind'
  | 'title'
  | 'body'
  | 'body_format'
  | 'link'
  | 'url'
  | 'tags'
  | 'author_name'
  | 'author_url'
  | 'author_avatar'
  | 'region'
  | 'language'
  | 'links'
  | 'published_at'
>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Builds the public shape field by field, so a column added later never leaks by accident. */
function toStory(row: PublicRow): Story {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    bodyFormat: row.body_format,
    link: row.link,
    url: row.url,
    tags: row.tags,
    authorName: row.author_name,
    authorUrl: row.author_url,
    authorAvatar: row.author_avatar,
    region: row.region,
    language: row.language,
    publishedAt: (row.published_at ?? new Date(0)).toISOString(),
    links: row.links,
  };
}

function toAdminStory(row: Row): AdminStory {
  return {
    ...toStory(row),
    publishedAt: row.published_at?.toISOString() ?? null,
    status: row.status,
    authorEmail: row.author_email,
    flags: row.flags,
    createdAt: row.created_at.toISOString(),
    moderatedAt: row.moderated_at?.toISOString() ?? null,
    decidedBy: row.decided_by_id ? { id: row.decided_by_id, name: row.decided_by_name ?? '' } : null,
    decidedAt: row.moderated_at?.toISOString() ?? null,
    origin: { channel: row.origin_channel, url: row.origin_url, externalId: row.origin_external_id, author: row.origin_author },
  };
}

/** Runs every migration not yet applied; throws with the failing migration's error. */
export async function migrate(db: Kysely<Database>): Promise<void> {
  // Migrations are written on parallel branches with numbers given out in advance, so a database may already
  // have a later one (0004) when an earlier one (0003) arrives: each touches its own tables and columns, so
  // running the missing one then is safe, where refusing to start would not be.
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations }, allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error');
    throw new Error(`Database migration ${failed?.migrationName ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}

/** The StoryStore on any PostgreSQL dialect (PGlite or a server). */
export class KyselyStoryStore extends KyselyModeratorStore implements StoryStore {
  readonly db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    super(db);
    this.db = db;
  }

  async create(story: NewStory): Promise<CreateResult> {
    const targets = story.outbox ?? [];
    if (targets.length === 0) return this.#create(this.db, story);
    // The story and its notifications commit together: neither exists without the other.
    return this.db.transaction().execute(async (tx) => {
      const result = await this.#create(tx, story);
      if (result.outcome === 'created') await enqueue(tx, result.id, targets, story.createdAt);
      return result;
    });
  }

  async #create(db: Kysely<Database>, story: NewStory): Promise<CreateResult> {
    const s = story.submission;
    const inserted = await db
      .insertInto('stories')
      .values({
        id: story.id,
        status: story.status,
        kind: s.kind,
        title: s.title,
        body: s.body,
        body_format: story.bodyFormat ?? 'markdown',
        link: s.link ?? null,
        url: null,
        tags: s.tags,
        author_name: s.authorName,
        author_email: s.authorEmail ?? null,
        author_url: null,
        author_avatar: null,
        region: s.region ?? null,
        language: s.language ?? null,
        flags: story.flags,
        idempotency_key: story.idempotencyKey ?? null,
        request_hash: story.requestHash ?? null,
        created_at: story.createdAt,
        moderated_at: null,
        published_at: null,
        origin_channel: story.origin?.channel ?? 'form',
        origin_url: story.origin?.url ?? null,
        origin_external_id: story.origin?.externalId ?? null,
        origin_author: story.origin?.author ?? null,
        origin_context: JSON.stringify(story.origin?.context ?? {}) as unknown as OriginContext,
      })
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted) return { outcome: 'created', id: inserted.id };
    const origin = story.origin;
    if (origin?.externalId) {
      // The same issue, topic or message arrived before (a retried webhook, a second person sharing it): one story.
      const earlier = await db
        .selectFrom('stories')
        .select('id')
        .where('origin_channel', '=', origin.channel)
        .where('origin_external_id', '=', origin.externalId)
        .executeTakeFirst();
      if (earlier) return { outcome: 'replay', id: earlier.id };
    }
    // Otherwise only the idempotency key can conflict: the other request won the race and has committed.
    const found = await db
      .selectFrom('stories')
      .select(['id', 'request_hash'])
      .where('idempotency_key', '=', story.idempotencyKey ?? '')
      .executeTakeFirst();
    const earlier = found ? { id: found.id, requestHash: found.request_hash } : null;
    if (!earlier) throw new Error('An idempotent insert conflicted, but no earlier story has its key');
    return { outcome: earlier.requestHash === (story.requestHash ?? null) ? 'replay' : 'conflict', id: earlier.id };
  }

  async findByIdempotencyKey(key: string) {
    const row = await this.db.selectFrom('stories').select(['id', 'request_hash']).where('idempotency_key', '=', key).executeTakeFirst();
    return row ? { id: row.id, requestHash: row.request_hash } : null;
  }

  async listPublished(query: PublicQuery): Promise<Page<Story>> {
    const { limit, after, tag, kind } = query;
    let rows: PublicRow[];
    if (tag !== undefined) {
      let q = this.db
        .selectFrom('story_tags')
        .innerJoin('stories', 'stories.id', 'story_tags.story_id')
        .select(PUBLIC_COLUMNS)
        .where('story_tags.tag', '=', tag)
        .where('stories.status', '=', 'approved');
      if (kind) q = q.where('stories.kind', '=', kind);
      if (after) q = q.where(({ eb, refTuple, tuple }) => eb(refTuple('story_tags.published_at', 'story_tags.story_id'), '<', tuple(after.at, after.id)));
      rows = await q
        .orderBy('story_tags.published_at', 'desc')
        .orderBy('story_tags.story_id', 'desc')
        .limit(limit + 1)
        .execute();
    } else {
      let q = this.db.selectFrom('stories').select(PUBLIC_COLUMNS).where('status', '=', 'approved');
      if (kind) q = q.where('kind', '=', kind);
      if (after) q = q.where(({ eb, refTuple, tuple }) => eb(refTuple('published_at', 'id'), '<', tuple(after.at, after.id)));
      rows = await q
        .orderBy('published_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit + 1)
        .execute();
    }
    return pageOf(rows, limit, toStory, (row) => row.published_at);
  }

  async getPublished(id: string): Promise<Story | null> {
    if (!UUID.test(id)) return null;
    const row = await this.db.selectFrom('stories').select(PUBLIC_COLUMNS).where('id', '=', id).where('status', '=', 'approved').executeTakeFirst();
    return row ? toStory(row) : null;
  }

  async listForModeration(query: ModerationQuery): Promise<Page<AdminStory>> {
    const { status, limit, after, channel } = query;
    let q = this.db.selectFrom('stories').selectAll().where('status', '=', status);
    if (channel) q = q.where('origin_channel', '=', channel);
    if (after) q = q.where(({ eb, refTuple, tuple }) => eb(refTuple('created_at', 'id'), '<', tuple(after.at, after.id)));
    const rows = await q
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit + 1)
      .execute();
    return pageOf(rows, limit, toAdminStory, (row) => row.created_at);
  }

  async moderate(id: string, decision: Decision, at: Date, outbox: OutboxTarget[] = [], actor: Actor = SYSTEM): Promise<AdminStory | null> {
    if (!UUID.test(id)) return null;
    return this.db.transaction().execute(async (tx) => {
      const before = await tx.selectFrom('stories').select('status').where('id', '=', id).forUpdate().executeTakeFirst();
      if (!before) return null;
      const row = await setStatus(tx, id, decision, at, actor);
      await tx
        .insertInto('audit_log')
        .values({
          id: uuidv7(at.getTime()),
          story_id: id,
          action: ACTION_OF[decision],
          from_status: before.status,
          to_status: decision,
          actor_id: actor.id,
          actor_name: actor.name,
          undoes: null,
          at,
        })
        .execute();
      if (decision === 'approved' && outbox.length > 0) await enqueue(tx, id, outbox, at);
      return toAdminStory(row);
    });
  }

  async undo(id: string, actor: Actor, at: Date, options: { expectedStatus?: StoryStatus | undefined; outbox?: OutboxTarget[] } = {}): Promise<UndoResult> {
    if (!UUID.test(id)) return { outcome: 'not_found' };
    return this.db.transaction().execute(async (tx): Promise<UndoResult> => {
      const current = await tx.selectFrom('stories').select('status').where('id', '=', id).forUpdate().executeTakeFirst();
      if (!current) return { outcome: 'not_found' };
      if (options.expectedStatus && options.expectedStatus !== current.status) return { outcome: 'changed', status: current.status };
      // The newest decision not yet taken back (an undo of an undo is not offered: decide again instead).
      const history = await tx
        .selectFrom('audit_log')
        .select(['id', 'action', 'from_status', 'to_status', 'undoes'])
        .where('story_id', '=', id)
        .orderBy('at', 'desc')
        .orderBy('id', 'desc')
        .execute();
      const undone = new Set(history.flatMap((entry) => (entry.undoes ? [entry.undoes] : [])));
      const target = history.find((entry) => entry.action !== 'undo' && !undone.has(entry.id));
      if (!target) return { outcome: 'nothing' };
      // Someone changed the story in a way the log does not explain (an older server): do not guess.
      if (target.to_status !== current.status) return { outcome: 'changed', status: current.status };
      const restored = target.from_status;
      const row = await setStatus(tx, id, restored, at, actor);
      await tx
        .insertInto('audit_log')
        .values({
          id: uuidv7(at.getTime()),
          story_id: id,
          action: 'undo',
          from_status: current.status,
          to_status: restored,
          actor_id: actor.id,
          actor_name: actor.name,
          undoes: target.id,
          at,
        })
        .execute();
      if (restored === 'approved' && options.outbox?.length) await enqueue(tx, id, options.outbox, at);
      return { outcome: 'undone', story: toAdminStory(row) };
    });
  }

  async getForModeration(id: string): Promise<AdminStory | null> {
    if (!UUID.test(id)) return null;
    const row = await this.db.selectFrom('stories').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toAdminStory(row) : null;
  }

  async deliveries(storyIds: string[]): Promise<Map<string, OutboxDelivery[]>> {
    const result = new Map<string, OutboxDelivery[]>();
    if (storyIds.length === 0) return result;
    const rows = await this.db
      .selectFrom('outbox')
      .select(['story_id', 'target', 'action', 'status', 'attempts', 'last_error', 'result_url', 'due_at', 'finished_at'])
      .where('story_id', 'in', storyIds)
      .orderBy('created_at')
      .orderBy('target')
      .execute();
    for (const row of rows) {
      const list = result.get(row.story_id) ?? [];
      list.push({
        target: row.target,
        ...(row.action === 'deliver' ? {} : { action: row.action }),
        status: row.status,
        attempts: row.attempts,
        lastError: row.last_error,
        url: row.result_url,
        at: (row.finished_at ?? row.due_at).toISOString(),
      });
      result.set(row.story_id, list);
    }
    return result;
  }

  async claimJobs(at: Date, leaseMs: number, limit: number): Promise<OutboxJob[]> {
    const token = randomUUID();
    // SKIP LOCKED: two workers (two server processes on one PostgreSQL) never lease the same row.
    const { rows } = await sql<{ id: string; story_id: string; target: OutboxTarget; action: JobAction; attempts: number; created_at: Date }>`
      update outbox
      set lease_until = ${new Date(at.getTime() + leaseMs)}, lease_token = ${token}, attempts = attempts + 1
      where id in (
        select id from outbox
        where status = 'pending' and due_at <= ${at} and (lease_until is null or lease_until <= ${at})
        order by due_at, id
        limit ${limit}
        for update skip locked
      )
      returning id, story_id, target, action, attempts, created_at`.execute(this.db);
    return rows.map((row) => ({
      id: row.id,
      storyId: row.story_id,
      target: row.target,
      action: row.action,
      attempts: row.attempts,
      createdAt: new Date(row.created_at),
      leaseToken: token,
    }));
  }

  async finishJob(job: OutboxJob, outcome: JobOutcome, at: Date): Promise<boolean> {
    return this.db.transaction().execute(async (tx) => {
      const done = await tx
        .updateTable('outbox')
        .set({
          status: outcome.status,
          finished_at: at,
          last_error: outcome.status === 'delivered' ? null : outcome.error,
          result_url: outcome.status === 'delivered' ? (outcome.link?.url ?? null) : null,
          lease_until: null,
          lease_token: null,
        })
        .where('id', '=', job.id)
        .where('lease_token', '=', job.leaseToken)
        .where('status', '=', 'pending')
        .returning('id')
        .executeTakeFirst();
      if (!done) return false;
      const link = outcome.status === 'delivered' ? outcome.link : undefined;
      if (link) {
        // One link per service, so the public story shows where it was amplified exactly once.
        const entry = JSON.stringify([{ rel: link.rel, url: link.url }]);
        await sql`
          update stories set links = links || ${entry}::jsonb
          where id = ${job.storyId} and not links @> ${JSON.stringify([{ rel: link.rel }])}::jsonb`.execute(tx);
      }
      return true;
    });
  }

  async retryJob(job: OutboxJob, dueAt: Date, error: string): Promise<boolean> {
    const row = await this.db
      .updateTable('outbox')
      .set({ due_at: dueAt, last_error: error, lease_until: null, lease_token: null })
      .where('id', '=', job.id)
      .where('lease_token', '=', job.leaseToken)
      .where('status', '=', 'pending')
      .returning('id')
      .executeTakeFirst();
    return row !== undefined;
  }

  async originContext(id: string): Promise<OriginContext | null> {
    if (!UUID.test(id)) return null;
    const row = await this.db.selectFrom('stories').select('origin_context').where('id', '=', id).executeTakeFirst();
    return row?.origin_context ?? null;
  }

  async queueJobs(storyId: string, action: JobAction, targets: DeliveryTarget[], at: Date): Promise<void> {
    if (targets.length > 0) await enqueue(this.db, storyId, targets, at, action);
  }

  async listPublishedBetween(since: Date, until: Date, limit: number): Promise<Story[]> {
    const rows = await this.db
      .selectFrom('stories')
      .select(PUBLIC_COLUMNS)
      .where('status', '=', 'approved')
      .where('published_at', '>=', since)
      .where('published_at', '<', until)
      .orderBy('published_at', 'asc')
      .orderBy('id', 'asc')
      .limit(limit)
      .execute();
    return rows.map(toStory);
  }

  async getSetting(key: string): Promise<string | null> {
    const row = await this.db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
    return row?.value ?? null;
  }

  async putSettingIfAbsent(key: string, value: string): Promise<string> {
    await this.db
      .insertInto('settings')
      .values({ key, value })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
    return (await this.getSetting(key)) ?? value;
  }

  async outboxCounts(): Promise<{ target: OutboxTarget; status: Delivery['status']; count: number }[]> {
    const rows = await this.db
      .selectFrom('outbox')
      .select(['target', 'status', (eb) => eb.fn.countAll<string>().as('count')])
      .groupBy(['target', 'status'])
      .execute();
    return rows.map((row) => ({ target: row.target, status: row.status, count: Number(row.count) }));
  }

  async ping(): Promise<void> {
    await sql`select 1`.execute(this.db);
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}

const ACTION_OF = { approved: 'approve', rejected: 'reject', spam: 'spam' } as const;

/**
 * Gives a story a status, as decided by `actor` at `at`: publishes it at `at` on its first
 * approval (a later one keeps that time), and keeps its tag rows in step with it being public.
 */
async function setStatus(db: Kysely<Database>, id: string, status: StoryStatus, at: Date, actor: Actor): Promise<Row> {
  const row = await db
    .updateTable('stories')
    .set({
      status,
      moderated_at: at,
      decided_by_id: actor.id,
      decided_by_name: actor.name,
      published_at: status === 'approved' ? sql<Date>`coalesce(published_at, ${at})` : sql<Date | null>`published_at`,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await db.deleteFrom('story_tags').where('story_id', '=', id).execute();
  if (status === 'approved' && row.tags.length > 0 && row.published_at) {
    const publishedAt = row.published_at;
    await db
      .insertInto('story_tags')
      .values(row.tags.map((tag) => ({ tag, published_at: publishedAt, story_id: id })))
      .execute();
  }
  return row;
}

/** Queues one job per service; a story already queued for a service keeps its job (a cancelled one is revived). */
async function enqueue(db: Kysely<Database>, storyId: string, targets: OutboxTarget[], at: Date, action: JobAction = 'deliver'): Promise<void> {
  await db
    .insertInto('outbox')
    .values(
      targets.map((target) => ({
        id: uuidv7(at.getTime()),
        story_id: storyId,
        target,
        action,
        due_at: at,
        created_at: at,
        lease_until: null,
        lease_token: null,
        last_error: null,
        result_url: null,
        finished_at: null,
      })),
    )
    .onConflict((oc) =>
      oc
        .columns(['story_id', 'target', 'action'])
        .doUpdateSet({ status: 'pending', attempts: 0, due_at: at, created_at: at, last_error: null, finished_at: null })
        .where('outbox.status', '=', 'cancelled'),
    )
    .execute();
}

function pageOf<R extends { id: string }, T>(rows: R[], limit: number, map: (row: R) => T, at: (row: R) => Date | null): Page<T> {
  const more = rows.length > limit;
  const shown = more ? rows.slice(0, limit) : rows;
  const last = shown.at(-1);
  const lastAt = last ? at(last) : null;
  const next: Cursor | null = more && last && lastAt ? { at: lastAt, id: last.id } : null;
  return { stories: shown.map(map), next };
}
