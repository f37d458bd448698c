import { sql, type Kysely } from 'kysely';
import type { AuditAction, AuditEntry, Moderator, StoryStatus } from '../../src/schema/index.ts';
import type { Database } from './kysely-store.ts';
import type { Cursor } from './story-store.ts';

/** Who is acting: the owner token, a moderator's token, or the server itself (demo seeding). */
export interface Actor {
  id: string;
  name: string;
  role: 'owner' | 'moderator' | 'system';
}

/** The owner token's identity in decisions and `GET /admin/me`. */
export const OWNER: Actor = { id: 'owner', name: 'Owner', role: 'owner' };
/** Decisions the server makes itself (sample stories in the demo). */
export const SYSTEM: Actor = { id: 'system', name: 'Chorus', role: 'system' };

export interface AuditQuery {
  limit: number;
  after?: Cursor | undefined;
  storyId?: string | undefined;
  moderatorId?: string | undefined;
}

/** Moderator accounts and the audit log (implemented with the stories in kysely-store.ts). */
export interface ModeratorStore {
  /** Adds an account; `null` if an active moderator already has this name (case-insensitive). */
  createModerator(moderator: { id: string; name: string; tokenSha256: string; createdAt: Date }): Promise<Moderator | null>;
  /** Active accounts, oldest first. */
  listModerators(): Promise<Moderator[]>;
  /** Revokes an active account at once; false if there is none with this id. */
  revokeModerator(id: string, at: Date): Promise<boolean>;
  /** The active account whose token has this SHA-256 (hex), or null. */
  moderatorByToken(tokenSha256: string): Promise<Moderator | null>;
  /** Decisions, newest first, by keyset pagination. */
  listAudit(query: AuditQuery): Promise<{ entries: AuditEntry[]; next: Cursor | null }>;
}

export interface ModerationTables {
  moderators: { id: string; name: string; token_sha256: string; created_at: Date; revoked_at: Date | null };
  audit_log: {
    id: string;
    story_id: string;
    action: AuditAction;
    from_status: StoryStatus;
    to_status: StoryStatus;
    actor_id: string;
    actor_name: string;
    undoes: string | null;
    at: Date;
  };
  rate_limit_hits: { client: string; at: Date; idempotency_key: string | null };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const toModerator = (row: { id: string; name: string; created_at: Date }): Moderator => ({
  id: row.id,
  name: row.name,
  createdAt: row.created_at.toISOString(),
});

/** Everything the store does with moderator accounts and the audit log; KyselyStoryStore extends it. */
export class KyselyModeratorStore implements ModeratorStore {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  async createModerator(moderator: { id: string; name: string; tokenSha256: string; createdAt: Date }): Promise<Moderator | null> {
    // The partial unique index on lower(name) settles a race between two owners' requests.
    const row = await this.#db
      .insertInto('moderators')
      .values({ id: moderator.id, name: moderator.name, token_sha256: moderator.tokenSha256, created_at: moderator.createdAt, revoked_at: null })
      .onConflict((oc) =>
        oc
          .expression(sql`lower(name)`)
          .where('revoked_at', 'is', null)
          .doNothing(),
      )
      .returning(['id', 'name', 'created_at'])
      .executeTakeFirst();
    return row ? toModerator(row) : null;
  }

  async listModerators(): Promise<Moderator[]> {
    const rows = await this.#db
      .selectFrom('moderators')
      .select(['id', 'name', 'created_at'])
      .where('revoked_at', 'is', null)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toModerator);
  }

  async revokeModerator(id: string, at: Date): Promise<boolean> {
    if (!UUID.test(id)) return false;
    const row = await this.#db
      .updateTable('moderators')
      .set({ revoked_at: at })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .returning('id')
      .executeTakeFirst();
    return row !== undefined;
  }

  async moderatorByToken(tokenSha256: string): Promise<Moderator | null> {
    const row = await this.#db
      .selectFrom('moderators')
      .select(['id', 'name', 'created_at'])
      .where('token_sha256', '=', tokenSha256)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return row ? toModerator(row) : null;
  }

  async listAudit(query: AuditQuery): Promise<{ entries: AuditEntry[]; next: Cursor | null }> {
    const { limit, after, storyId, moderatorId } = query;
    if (storyId !== undefined && !UUID.test(storyId)) return { entries: [], next: null };
    let q = this.#db
      .selectFrom('audit_log')
      .leftJoin('stories', 'stories.id', 'audit_log.story_id')
      .select([
        'audit_log.id',
        'audit_log.story_id',
        'stories.title',
        'audit_log.action',
        'audit_log.from_status',
        'audit_log.to_status',
        'audit_log.actor_id',
        'audit_log.actor_name',
        'audit_log.undoes',
        'audit_log.at',
      ]);
    if (storyId) q = q.where('audit_log.story_id', '=', storyId);
    if (moderatorId) q = q.where('audit_log.actor_id', '=', moderatorId);
    if (after) q = q.where(({ eb, refTuple, tuple }) => eb(refTuple('audit_log.at', 'audit_log.id'), '<', tuple(after.at, after.id)));
    const rows = await q
      .orderBy('audit_log.at', 'desc')
      .orderBy('audit_log.id', 'desc')
      .limit(limit + 1)
      .execute();
    const shown = rows.slice(0, limit);
    const last = shown.at(-1);
    return {
      entries: shown.map((row) => ({
        id: row.id,
        storyId: row.story_id,
        storyTitle: row.title ?? null,
        action: row.action,
        fromStatus: row.from_status,
        toStatus: row.to_status,
        moderator: { id: row.actor_id, name: row.actor_name },
        at: row.at.toISOString(),
        undoes: row.undoes,
      })),
      next: rows.length > limit && last ? { at: last.at, id: last.id } : null,
    };
  }
}
