import { sql, type Kysely } from 'kysely';

/**
 * The durable outbox: one row per delivery to another service (Slack, Discord,
 * GitHub, Discourse), written in the same transaction as the story or the
 * approval it announces, so a delivery is never lost and never made up.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table outbox (
      id uuid primary key,
      -- No foreign key: a job outlives nothing, it is cancelled when its story is gone.
      story_id uuid not null,
      target text not null check (target in ('slack', 'discord', 'github', 'discourse')),
      status text not null default 'pending' check (status in ('pending', 'delivered', 'failed', 'cancelled')),
      attempts integer not null default 0,
      due_at timestamptz not null,
      lease_until timestamptz,
      lease_token text,
      last_error text,
      result_url text,
      created_at timestamptz not null,
      finished_at timestamptz,
      -- One delivery per story and service: approving twice opens one GitHub issue.
      unique (story_id, target)
    )`.execute(db);
  await sql`create index outbox_due on outbox (due_at) where status = 'pending'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table outbox`.execute(db);
}
