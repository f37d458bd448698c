/**
 * The outbox worker: delivers what the store queued (notifications on
 * submission, amplification on approval) until it succeeds, a service refuses
 * it for good, or a day has passed. Jobs live in the database, so a restart
 * loses nothing; each is leased before it is sent, so two workers never send
 * the same one.
 */
import type { AdminStory, AmplifyChannel, DeliveryTarget } from '../src/schema/index.ts';
import { silentLogger, type Logger } from './http.ts';
import type { Attempt } from './integrations/http.ts';
import type { JobAction, OutboxJob, OutboxTarget, StoryStore } from './store/story-store.ts';

/** What a sender needs of its job: a retry (`attempts` > 1) may find that an earlier attempt got through after all. */
export type SendingJob = Pick<OutboxJob, 'attempts' | 'createdAt'>;

/** Sends one story to one service; `url` is where it now lives (GitHub issue, forum topic, Mastodon or Bluesky post). */
export type Sender = (story: AdminStory, job: OutboxJob) => Promise<Attempt & { url?: string }>;

/** Senders of the answers in a story's original place (server/intake/replies.ts), by action and service. */
export type ReplySenders = Partial<Record<Exclude<JobAction, 'deliver'>, Partial<Record<OutboxTarget, Sender>>>>;

/** Which services are set up, and how to reach them. */
export interface Integrations {
  /** Told about each new submission that is not flagged as spam. */
  notify: DeliveryTarget[];
  /** The channels an approved story can be amplified on (see amplify-plan.ts). */
  amplify: AmplifyChannel[];
  /** `CHORUS_AMPLIFY_DEFAULT`: the channels preselected for every story; unset means all of `amplify`. */
  amplifyDefault?: AmplifyChannel[] | undefined;
  senders: Partial<Record<OutboxTarget, Sender>>;
  /** Answers in a story's original place; see server/intake/replies.ts. */
  replies?: ReplySenders;
}

export interface OutboxOptions {
  store: StoryStore;
  senders: Partial<Record<OutboxTarget, Sender>>;
  replies?: ReplySenders;
  logger?: Logger;
  now?: () => number;
  /** In [0, 1); the jitter's source. */
  random?: () => number;
  /** How long a claimed job is this worker's alone; longer than any request may take. Default 2 min. */
  leaseMs?: number;
  /** The first retry's delay, doubled each attempt up to `maxDelayMs`. Default 5 s. */
  baseDelayMs?: number;
  /** Default 1 h. */
  maxDelayMs?: number;
  /** After this long since it was queued, a failing job is given up. Default one day. */
  giveUpAfterMs?: number;
  /** How often an idle worker looks for due jobs. Default 5 s. */
  pollMs?: number;
  /** Jobs claimed at once. Default 10. */
  batch?: number;
  /** Told how each attempt ended (for /metrics). */
  onOutcome?: (target: OutboxTarget, outcome: 'delivered' | 'retry' | 'failed' | 'cancelled') => void;
}

const NOTIFY: ReadonlySet<OutboxTarget> = new Set(['slack', 'discord']);
export const DAY_MS = 86_400_000;

/** Why an answer in the original place is no longer due: a reply needs an approved story, a refusal a rejected one. */
function replySkipReason(action: Exclude<JobAction, 'deliver'>, story: AdminStory): string {
  const wanted = action === 'reply' ? 'approved' : 'rejected';
  return story.status === wanted ? '' : `the story is ${story.status}, no longer ${wanted}`;
}

/** Exponential backoff with "equal jitter": between half and all of base·2^(attempt-1), capped. */
export function backoffMs(attempt: number, base: number, max: number, random: () => number): number {
  const ceiling = Math.min(max, base * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}

export class OutboxWorker {
  readonly #store: StoryStore;
  readonly #senders: Partial<Record<OutboxTarget, Sender>>;
  readonly #replies: ReplySenders;
  readonly #logger: Logger;
  readonly #now: () => number;
  readonly #random: () => number;
  readonly #leaseMs: number;
  readonly #baseDelayMs: number;
  readonly #maxDelayMs: number;
  readonly #giveUpAfterMs: number;
  readonly #pollMs: number;
  readonly #batch: number;
  readonly #onOutcome: NonNullable<OutboxOptions['onOutcome']>;
  #running = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #current: Promise<number> | undefined;
  #wakeRequested = false;

  constructor(options: OutboxOptions) {
    this.#store = options.store;
    this.#senders = options.senders;
    this.#replies = options.replies ?? {};
    this.#logger = options.logger ?? silentLogger;
    this.#now = options.now ?? Date.now;
    this.#random = options.random ?? Math.random;
    this.#leaseMs = options.leaseMs ?? 120_000;
    this.#baseDelayMs = options.baseDelayMs ?? 5_000;
    this.#maxDelayMs = options.maxDelayMs ?? 3_600_000;
    this.#giveUpAfterMs = options.giveUpAfterMs ?? DAY_MS;
    this.#pollMs = options.pollMs ?? 5_000;
    this.#batch = options.batch ?? 10;
    this.#onOutcome = options.onOutcome ?? (() => {});
  }

  /** Claims the jobs that are due and attempts each once; resolves with how many it attempted. */
  async runOnce(): Promise<number> {
    const jobs = await this.#store.claimJobs(new Date(this.#now()), this.#leaseMs, this.#batch);
    await Promise.all(jobs.map((job) => this.#run(job)));
    return jobs.length;
  }

  /** Works in the background until `stop()`. */
  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#schedule(0);
  }

  /** Something was queued: look now rather than at the next poll. */
  wake(): void {
    if (!this.#running) return;
    if (this.#current) this.#wakeRequested = true;
    else this.#schedule(0);
  }

  /** Stops polling and waits for the attempts under way (their leases are released by finishing them). */
  async stop(): Promise<void> {
    this.#running = false;
    clearTimeout(this.#timer);
    await this.#current;
  }

  #schedule(ms: number): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#tick(), ms);
    // The worker alone never keeps the process alive.
    this.#timer.unref?.();
  }

  async #tick(): Promise<void> {
    if (!this.#running || this.#current) return;
    this.#wakeRequested = false;
    this.#current = this.runOnce().catch((error: unknown) => {
      this.#logger.log('error', 'outbox: could not read due jobs', { error: (error as Error).message });
      return 0;
    });
    const count = await this.#current;
    this.#current = undefined;
    if (this.#running) this.#schedule(count >= this.#batch || this.#wakeRequested ? 0 : this.#pollMs);
  }

  async #run(job: OutboxJob): Promise<void> {
    const fields = { jobId: job.id, storyId: job.storyId, target: job.target, action: job.action, attempt: job.attempts };
    try {
      const story = await this.#store.getForModeration(job.storyId);
      const reason = !story ? 'the story no longer exists' : this.#skipReason(job, story);
      if (reason || !story) {
        await this.#store.finishJob(job, { status: 'cancelled', error: reason }, new Date(this.#now()));
        this.#onOutcome(job.target, 'cancelled');
        this.#logger.log('info', 'outbox: delivery cancelled', { ...fields, reason });
        return;
      }
      const sender = job.action === 'deliver' ? this.#senders[job.target] : this.#replies[job.action]?.[job.target];
      if (!sender) {
        const error = `${job.target} is no longer configured`;
        await this.#store.finishJob(job, { status: 'cancelled', error }, new Date(this.#now()));
        this.#onOutcome(job.target, 'cancelled');
        this.#logger.log('warn', 'outbox: delivery cancelled', { ...fields, reason: error });
        return;
      }
      let attempt: Attempt & { url?: string };
      try {
        attempt = await sender(story, job);
      } catch (error) {
        attempt = { ok: false, retryable: true, error: `unexpected error: ${(error as Error).message}` };
      }
      if (attempt.ok) {
        const link = attempt.url && job.action === 'deliver' && !NOTIFY.has(job.target) ? { rel: job.target, url: attempt.url } : undefined;
        const kept = await this.#store.finishJob(job, { status: 'delivered', link }, new Date(this.#now()));
        this.#onOutcome(job.target, 'delivered');
        this.#logger.log(kept ? 'info' : 'warn', kept ? 'outbox: delivered' : 'outbox: delivered after its lease ran out', { ...fields, url: link?.url });
        return;
      }
      await this.#failed(job, attempt, fields);
    } catch (error) {
      // The store failed: the lease runs out and another attempt follows.
      this.#logger.log('error', 'outbox: could not record an attempt', { ...fields, error: (error as Error).message });
    }
  }

  #skipReason(job: OutboxJob, story: AdminStory): string {
    const target = job.target;
    if (job.action !== 'deliver') return replySkipReason(job.action, story);
    // A story from GitHub or the forum is answered in its own issue or topic (a reply job), never opened a second time.
    if (!NOTIFY.has(target) && story.origin?.channel === target) return `the story came from ${target}: it is answered in its original place instead`;
    if (NOTIFY.has(target)) {
      if (story.status === 'spam' || story.flags.length > 0) return `spam-flagged stories are not announced (${[story.status, ...story.flags].join(', ')})`;
      return '';
    }
    return story.status === 'approved' ? '' : `the story is ${story.status}, no longer approved`;
  }

  async #failed(job: OutboxJob, attempt: Attempt & { ok: false }, fields: Record<string, unknown>): Promise<void> {
    const now = this.#now();
    const deadline = job.createdAt.getTime() + this.#giveUpAfterMs;
    if (!attempt.retryable || now >= deadline) {
      const error = attempt.retryable ? `given up after ${job.attempts} attempts: ${attempt.error}` : attempt.error;
      await this.#store.finishJob(job, { status: 'failed', error }, new Date(now));
      this.#onOutcome(job.target, 'failed');
      this.#logger.log('error', 'outbox: delivery failed for good', { ...fields, status: attempt.status, error });
      return;
    }
    const wait =
      attempt.retryAfterMs !== undefined ? Math.max(1000, attempt.retryAfterMs) : backoffMs(job.attempts, this.#baseDelayMs, this.#maxDelayMs, this.#random);
    // The last attempt happens at the deadline, not after it.
    const due = new Date(Math.min(now + wait, deadline));
    const kept = await this.#store.retryJob(job, due, attempt.error);
    this.#onOutcome(job.target, 'retry');
    // A lost lease means another worker has the job now; its outcome stands.
    if (kept)
      this.#logger.log('warn', 'outbox: delivery will be retried', { ...fields, status: attempt.status, error: attempt.error, retryAt: due.toISOString() });
    else this.#logger.log('warn', 'outbox: lease ran out during an attempt', { ...fields, error: attempt.error });
  }
}
