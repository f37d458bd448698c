import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, sql } from 'kysely';
import { PGliteDialect } from '../../server/store/pglite-dialect.ts';
import { sha256 } from '../../server/admin-token.ts';
import { createApp, type AppDeps } from '../../server/app.ts';
import type { Logger } from '../../server/http.ts';
import { openPGliteStore } from '../../server/store/pglite.ts';
import { migrate, type Database, type KyselyStoryStore } from '../../server/store/kysely-store.ts';
import type { StorySubmissionInput } from '../../src/schema/index.ts';

export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';

/**
 * A migrated, empty PGlite data directory as a tarball, made once and kept in
 * the temp dir (keyed by the migrations' source): loading it takes about a
 * second, where a fresh PGlite runs initdb for five to twenty.
 */
export async function pgliteTemplate(): Promise<Blob> {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '../../server/store/migrations');
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).sort()) hash.update(name).update(readFileSync(join(dir, name)));
  const file = join(tmpdir(), `chorus-pglite-template-${hash.digest('hex').slice(0, 16)}.tar`);
  if (existsSync(file)) return new Blob([readFileSync(file)]);
  const pglite = new PGlite();
  const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
  await migrate(db);
  const blob = await pglite.dumpDataDir('none');
  await db.destroy();
  const temp = `${file}.${process.pid}`;
  writeFileSync(temp, Buffer.from(await blob.arrayBuffer()));
  renameSync(temp, file);
  return blob;
}

/** One in-memory PGlite per test file, from the template; `resetStore()` empties it for each test. */
let shared: Promise<KyselyStoryStore> | undefined;
export function sharedStore(): Promise<KyselyStoryStore> {
  shared ??= pgliteTemplate().then((loadDataDir) => openPGliteStore({ loadDataDir }));
  return shared;
}

export async function resetStore(store: KyselyStoryStore): Promise<void> {
  await sql`truncate story_tags, stories, settings, moderators, audit_log, rate_limit_hits`.execute(store.db);
}

export async function closeSharedStore(): Promise<void> {
  if (shared) await (await shared).close();
  shared = undefined;
}

/** A submission a person could really send (valid as is). */
export function validSubmission(overrides: Partial<StorySubmissionInput> = {}): StorySubmissionInput {
  return {
    kind: 'story',
    title: 'How our meetup grew',
    body: 'We started with five people in a café.',
    tags: ['community'],
    authorName: 'Ada Example',
    authorEmail: 'ada.private@example.org',
    region: 'Lisbon',
    consent: true,
    startedAt: Date.now() - 60_000,
    ...overrides,
  };
}

export interface LogLine {
  level: string;
  msg: string;
  fields: Record<string, unknown> | undefined;
}

export function captureLogger(): Logger & { lines: LogLine[]; text(): string } {
  const lines: LogLine[] = [];
  return {
    lines,
    log(level, msg, fields) {
      lines.push({ level, msg, fields });
    },
    text: () => lines.map((line) => JSON.stringify(line)).join('\n'),
  };
}

/** The app on the shared store, with a known admin token; pass options to change any dependency. */
export async function testApp(options: Partial<AppDeps> = {}) {
  const store = await sharedStore();
  const logger = captureLogger();
  const app = createApp({ store, adminTokenHash: sha256(ADMIN_TOKEN), cacheSeconds: 0, rateLimit: 1000, logger, remoteAddress: () => '192.0.2.1', ...options });
  return { app, store, logger };
}

export function post(body: unknown, headers: Record<string, string> = {}): RequestInit {
  return {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  };
}

export const admin = (init: RequestInit = {}): RequestInit => ({
  ...init,
  headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, ...(init.headers as Record<string, string>) },
});

/** Submits and approves a story through the API, returning its id. */
export async function publish(app: ReturnType<typeof createApp>, overrides: Partial<StorySubmissionInput> = {}): Promise<string> {
  const response = await app.request('/api/v1/stories', post(validSubmission(overrides)));
  if (response.status !== 202) throw new Error(`submit answered ${response.status}: ${await response.text()}`);
  const { id } = (await response.json()) as { id: string };
  const approved = await app.request(`/api/v1/admin/stories/${id}/approve`, admin({ method: 'POST' }));
  if (approved.status !== 200) throw new Error(`approve answered ${approved.status}`);
  return id;
}
