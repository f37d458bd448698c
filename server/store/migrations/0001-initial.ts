import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table stories (
      id uuid primary key,
      status text not null check (status in ('pending', 'approved', 'rejected', 'spam')),
      kind text not null,
      title text not null,
      body text not null default '',
      body_format text not null default 'markdown',
      link text,
      url text,
      tags text[] not null default '{}',
      author_name text not null,
      author_email text,
      author_url text,
      author_avatar text,
      region text,
      links jsonb not null default '[]',
      flags text[] not null default '{}',
      idempotency_key text unique,
      request_hash text,
      created_at timestamptz not null,
      moderated_at timestamptz,
      published_at timestamptz
    )`.execute(db);
  // Keyset pagination reads these indexes in order: page 5,000 costs what page 1 does.
  await sql`create index stories_published on stories (published_at desc, id desc) where status = 'approved'`.execute(db);
  await sql`create index stories_kind_published on stories (kind, published_at desc, id desc) where status = 'approved'`.execute(db);
  await sql`create index stories_moderation on stories (status, created_at desc, id desc)`.execute(db);
  // One row per tag of an approved story, so a tag filter is an index range scan too.
  await sql`
    create table story_tags (
      tag text not null,
      published_at timestamptz not null,
      story_id uuid not null references stories (id) on delete cascade,
      primary key (tag, published_at, story_id)
    )`.execute(db);
  await sql`create index story_tags_story on story_tags (story_id)`.execute(db);
  await sql`create table settings (key text primary key, value text not null)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table story_tags`.execute(db);
  await sql`drop table stories`.execute(db);
  await sql`drop table settings`.execute(db);
}
