import { sql, type Kysely } from 'kysely';

/**
 * One account per moderator, a record of every decision, and the submission
 * rate limit shared by every server on one database.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Only a token's SHA-256 is kept; a revoked account stays (revoked_at) so the audit log keeps its name.
  await sql`
    create table moderators (
      id uuid primary key,
      name text not null,
      token_sha256 text not null unique,
      created_at timestamptz not null,
      revoked_at timestamptz
    )`.execute(db);
  // Two active moderators never share a name, so "Approved by Ada" names one person.
  await sql`create unique index moderators_active_name on moderators (lower(name)) where revoked_at is null`.execute(db);

  await sql`
    create table audit_log (
      id uuid primary key,
      -- No foreign key: the record of a decision outlives anything done to the story later.
      story_id uuid not null,
      action text not null check (action in ('approve', 'reject', 'spam', 'undo')),
      from_status text not null,
      to_status text not null,
      -- 'owner', 'system' or a moderator's id; the name as it was when they decided.
      actor_id text not null,
      actor_name text not null,
      -- For an undo: the entry it took back.
      undoes uuid,
      at timestamptz not null
    )`.execute(db);
  await sql`create index audit_log_newest on audit_log (at desc, id desc)`.execute(db);
  await sql`create index audit_log_story on audit_log (story_id, at desc, id desc)`.execute(db);
  await sql`create index audit_log_actor on audit_log (actor_id, at desc, id desc)`.execute(db);

  // The story's latest decision; its time is moderated_at.
  await sql`alter table stories add column decided_by_id text, add column decided_by_name text`.execute(db);

  // One row per counted submission while it is inside the window; `client` is a keyed hash, never an address.
  await sql`
    create table rate_limit_hits (
      client text not null,
      at timestamptz not null,
      idempotency_key text
    )`.execute(db);
  await sql`create index rate_limit_hits_client on rate_limit_hits (client, at)`.execute(db);
  await sql`create index rate_limit_hits_at on rate_limit_hits (at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table rate_limit_hits`.execute(db);
  await sql`alter table stories drop column decided_by_id, drop column decided_by_name`.execute(db);
  await sql`drop table audit_log`.execute(db);
  await sql`drop table moderators`.execute(db);
}
