import { sql, type Kysely } from 'kysely';

/**
 * Polls. Counts live in `poll_options.votes` and `polls.voters`, changed only
 * inside the vote's transaction while it holds the poll's row lock, so
 * concurrent votes never lose an update. No IP address is stored anywhere: a
 * ballot is keyed by an HMAC of the browser's voter token, and the per-network
 * rate limit by an HMAC of the network prefix, kept only while its window lasts.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table polls (
      id uuid primary key,
      question text not null,
      multiple boolean not null default false,
      results_before_vote boolean not null default false,
      closes_at timestamptz,
      closed_at timestamptz,
      voters integer not null default 0 check (voters >= 0),
      -- Bumped by every change (edit, vote, close); live streams compare it to notice one.
      version integer not null default 1,
      created_at timestamptz not null,
      updated_at timestamptz not null
    )`.execute(db);
  await sql`create index polls_newest on polls (created_at desc, id desc)`.execute(db);
  await sql`
    create table poll_options (
      id uuid primary key,
      poll_id uuid not null references polls (id) on delete cascade,
      position smallint not null,
      text text not null,
      votes integer not null default 0 check (votes >= 0),
      unique (poll_id, position)
    )`.execute(db);
  await sql`
    create table poll_votes (
      poll_id uuid not null references polls (id) on delete cascade,
      -- HMAC-SHA256 of the poll id and the browser's voter token (server/poll-privacy.ts).
      voter_hash text not null,
      option_ids text[] not null,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      primary key (poll_id, voter_hash)
    )`.execute(db);
  await sql`
    create table poll_vote_limits (
      -- No foreign key: a vote racing the poll's deletion must not fail on it; deletePoll clears these rows.
      poll_id uuid not null,
      -- HMAC-SHA256 of the poll id and the client's network (IPv4 /24, IPv6 /64).
      network_hash text not null,
      window_start timestamptz not null,
      count integer not null,
      primary key (poll_id, network_hash)
    )`.execute(db);
  await sql`create index poll_vote_limits_window on poll_vote_limits (window_start)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table poll_vote_limits`.execute(db);
  await sql`drop table poll_votes`.execute(db);
  await sql`drop table poll_options`.execute(db);
  await sql`drop table polls`.execute(db);
}
