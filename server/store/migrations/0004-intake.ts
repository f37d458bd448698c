import { sql, type Kysely } from 'kysely';

/**
 * Stories from every channel: where each came from (`origin_*`, unique per
 * channel and external id, so a retried webhook or a message shared twice is
 * one story), and outbox jobs that answer in the original place (`action`).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table stories add column origin_channel text not null default 'form'`.execute(db);
  await sql`alter table stories add column origin_url text`.execute(db);
  await sql`alter table stories add column origin_external_id text`.execute(db);
  await sql`alter table stories add column origin_author text`.execute(db);
  // What a reply needs (channel ids, thread timestamps, a short-lived interaction token): never sent to any client.
  await sql`alter table stories add column origin_context jsonb not null default '{}'`.execute(db);
  await sql`create unique index stories_origin on stories (origin_channel, origin_external_id) where origin_external_id is not null`.execute(db);
  // The moderation queue filtered by channel reads this index in order.
  await sql`create index stories_moderation_channel on stories (status, origin_channel, created_at desc, id desc)`.execute(db);

  // `deliver`: notify on submission / amplify on approval (as before); `reply`: answer in the original place
  // on approval; `refusal`: tell the member privately on rejection.
  await sql`alter table outbox add column action text not null default 'deliver' check (action in ('deliver', 'reply', 'refusal'))`.execute(db);
  await sql`alter table outbox drop constraint outbox_story_id_target_key`.execute(db);
  await sql`alter table outbox add constraint outbox_story_target_action unique (story_id, target, action)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`delete from outbox where action <> 'deliver'`.execute(db);
  await sql`alter table outbox drop constraint outbox_story_target_action`.execute(db);
  await sql`alter table outbox add constraint outbox_story_id_target_key unique (story_id, target)`.execute(db);
  await sql`alter table outbox drop column action`.execute(db);
  await sql`drop index stories_moderation_channel`.execute(db);
  await sql`drop index stories_origin`.execute(db);
  for (const column of ['origin_context', 'origin_author', 'origin_external_id', 'origin_url', 'origin_channel']) {
    await sql`alter table stories drop column ${sql.ref(column)}`.execute(db);
  }
}
