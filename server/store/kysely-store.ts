import { sql, type Generated, type Kysely, type Selectable } from 'kysely';
import { Migrator } from 'kysely/migration';
import type { AdminStory, Story, StoryKind, StoryLink, StoryStatus } from '../../src/schema/index.ts';
import { migrations } from './migrations/index.ts';
import type { CreateResult, Cursor, Decision, ModerationQuery, NewStory, Page, PublicQuery, StoryStore } from './story-store.ts';

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
  links: Generated<StoryLink[]>;
  flags: Generated<string[]>;
  idempotency_key: string | null;
  request_hash: string | null;
  created_at: Date;
  moderated_at: Date | null;
  published_at: Date | null;
}

export interface Database {
  stories: StoriesTable;
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
  };
}

/** Runs every migration not yet applied; throws with the failing migration's error. */
export async function migrate(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error');
    throw new Error(`Database migration ${failed?.migrationName ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}

/** The StoryStore on any PostgreSQL dialect (PGlite or a server). */
export class KyselyStoryStore implements StoryStore {
  readonly db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.db = db;
  }

  async create(story: NewStory): Promise<CreateResult> {
    const s = story.submission;
    const inserted = await this.db
      .insertInto('stories')
      .values({
        id: story.id,
        status: story.status,
        kind: s.kind,
        title: s.title,
        body: s.body,
        link: s.link ?? null,
        url: null,
        tags: s.tags,
        author_name: s.authorName,
        author_email: s.authorEmail ?? null,
        author_url: null,
        author_avatar: null,
        region: s.region ?? null,
        flags: story.flags,
        idempotency_key: story.idempotencyKey ?? null,
        request_hash: story.requestHash ?? null,
        created_at: story.createdAt,
        moderated_at: null,
        published_at: null,
      })
      .onConflict((oc) => oc.column('idempotency_key').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted) return { outcome: 'created', id: inserted.id };
    // Only the idempotency key can conflict: the other request won the race and has committed.
    const earlier = await this.findByIdempotencyKey(story.idempotencyKey ?? '');
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
    const { status, limit, after } = query;
    let q = this.db.selectFrom('stories').selectAll().where('status', '=', status);
    if (after) q = q.where(({ eb, refTuple, tuple }) => eb(refTuple('created_at', 'id'), '<', tuple(after.at, after.id)));
    const rows = await q
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit + 1)
      .execute();
    return pageOf(rows, limit, toAdminStory, (row) => row.created_at);
  }

  async moderate(id: string, decision: Decision, at: Date): Promise<AdminStory | null> {
    if (!UUID.test(id)) return null;
    return this.db.transaction().execute(async (tx) => {
      const row = await tx
        .updateTable('stories')
        .set({
          status: decision,
          moderated_at: at,
          published_at: decision === 'approved' ? sql<Date>`coalesce(published_at, ${at})` : sql<Date | null>`published_at`,
        })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst();
      if (!row) return null;
      await tx.deleteFrom('story_tags').where('story_id', '=', id).execute();
      if (decision === 'approved' && row.tags.length > 0 && row.published_at) {
        const publishedAt = row.published_at;
        await tx
          .insertInto('story_tags')
          .values(row.tags.map((tag) => ({ tag, published_at: publishedAt, story_id: id })))
          .execute();
      }
      return toAdminStory(row);
    });
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

  async ping(): Promise<void> {
    await sql`select 1`.execute(this.db);
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}

function pageOf<R extends { id: string }, T>(rows: R[], limit: number, map: (row: R) => T, at: (row: R) => Date | null): Page<T> {
  const more = rows.length > limit;
  const shown = more ? rows.slice(0, limit) : rows;
  const last = shown.at(-1);
  const lastAt = last ? at(last) : null;
  const next: Cursor | null = more && last && lastAt ? { at: lastAt, id: last.id } : null;
  return { stories: shown.map(map), next };
}
