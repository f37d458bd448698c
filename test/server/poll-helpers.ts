import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { AppDeps } from '../../server/app.ts';
import type { PollDeps } from '../../server/poll-app.ts';
import { PollEventHub, type PollEventHubOptions } from '../../server/poll-events.ts';
import { KyselyPollStore } from '../../server/store/kysely-poll-store.ts';
import type { KyselyStoryStore } from '../../server/store/kysely-store.ts';
import type { AdminPoll, Poll, PollCreateInput } from '../../src/schema/index.ts';
import { admin, post, testApp } from './helpers.ts';

export const POLL_KEY = Buffer.from('a test key for poll hashes, 32+ bytes long', 'utf8');

/** A fresh per-browser voter token, as the element makes one. */
export const voterToken = () => randomUUID();

export async function resetPolls(store: KyselyStoryStore): Promise<void> {
  await sql`truncate polls, poll_options, poll_votes, poll_vote_limits`.execute(store.db);
}

/**
 * The app with polls on the shared test store. Its live-results hub checks only
 * when a test calls `events.check()` (no timer races), unless `hub` says otherwise.
 */
export async function pollApp(options: Partial<AppDeps> = {}, polls: Partial<PollDeps> = {}, hub: Partial<PollEventHubOptions> = {}) {
  const { store: stories } = await testApp();
  const store = KyselyPollStore.sharing(stories.db);
  const events = new PollEventHub({ store, intervalMs: 3_600_000, ...hub });
  const made = await testApp({ polls: { store, key: POLL_KEY, events, rateLimit: 1000, ...polls }, ...options });
  return { ...made, polls: store, events };
}

export const WASM_POLL: PollCreateInput = {
  question: 'Where are you using WebAssembly?',
  options: ['At work in production', 'At work but not in production', 'Not yet, when it matures', 'No plans', 'No plans, and the buzzword annoys me'],
};

type App = Awaited<ReturnType<typeof pollApp>>['app'];

/** Creates a poll through the admin API. */
export async function createPoll(app: App, input: Partial<PollCreateInput> = {}): Promise<AdminPoll> {
  const response = await app.request('/api/v1/admin/polls', admin(post({ ...WASM_POLL, ...input })));
  if (response.status !== 201) throw new Error(`create answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as AdminPoll;
}

/** Votes through the public API; the response as is. */
export function vote(app: App, pollId: string, options: string[], voter: string, headers: Record<string, string> = {}): Promise<Response> {
  return Promise.resolve(app.request(`/api/v1/polls/${pollId}/votes`, post({ options, voter }, headers)));
}

export async function votedPoll(response: Response): Promise<Poll> {
  if (response.status !== 200) throw new Error(`vote answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as Poll;
}
