import { sql, type Kysely } from 'kysely';

const ADDED_TARGETS = ['mastodon', 'bluesky'];

/** The check constraints on `outbox.target` (0002 made one; a later migration may have replaced it) and the targets they allow. */
async function targetChecks(db: Kysely<unknown>): Promise<{ names: string[]; targets: string[] }> {
  const { rows } = await sql<{ name: string; definition: string }>`
    select conname as name, pg_get_constraintdef(oid) as definition from pg_constraint
    where conrelid = 'outbox'::regclass and contype = 'c'`.execute(db);
  const checks = rows.filter((row) => /\btarget\b/.test(row.definition));
  const targets = checks.flatMap((row) => [...row.definition.matchAll(/'([a-z0-9_-]+)'/g)].map((match) => match[1] ?? ''));
  return { names: checks.map((row) => row.name), targets: targets.filter(Boolean) };
}

async function replaceTargetChecks(db: Kysely<unknown>, keep: (targets: string[]) => string[]): Promise<void> {
  const { names, targets } = await targetChecks(db);
  for (const name of names) await sql`alter table outbox drop constraint ${sql.id(name)}`.execute(db);
  const list = sql.join([...new Set(keep(targets))].map((target) => sql.lit(target)));
  await sql`alter table outbox add constraint outbox_target_check check (target in (${list}))`.execute(db);
}

/**
 * Amplification on Mastodon and Bluesky: two more outbox targets, and the
 * language a story is written in (posts on those networks are tagged with it).
 * The allowed targets are read back and extended rather than rewritten, so a
 * target another migration allowed stays allowed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await replaceTargetChecks(db, (targets) => [...targets, ...ADDED_TARGETS]);
  await sql`alter table stories add column language text`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table stories drop column language`.execute(db);
  await sql`delete from outbox where target in (${sql.join(ADDED_TARGETS.map((target) => sql.lit(target)))})`.execute(db);
  await replaceTargetChecks(db, (targets) => targets.filter((target) => !ADDED_TARGETS.includes(target)));
}
