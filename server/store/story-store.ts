import type {
  AdminStory,
  AmplifyChannel,
  Delivery,
  DeliveryTarget,
  Story,
  StoryChannel,
  StoryKind,
  StoryStatus,
  StorySubmission,
} from '../../src/schema/index.ts';
import type { Actor, ModeratorStore } from './moderators.ts';

/** Everything the outbox delivers to: notifications (Slack, Discord), answers in a story's original place, and amplification channels. */
export type OutboxTarget = DeliveryTarget | AmplifyChannel;

/** One outbox row as moderators see it. */
export type OutboxDelivery = Omit<Delivery, 'target'> & { target: OutboxTarget };

/** A position in a newest-first list: the last row of the previous page. */
export interface Cursor {
  at: Date;
  id: string;
}

/** A validated submission about to be stored. */
export interface NewStory {
  id: string;
  submission: StorySubmission;
  status: 'pending' | 'spam';
  flags: string[];
  createdAt: Date;
  /** The client's `Idempotency-Key`; unique in the store, so a retry can never store twice. */
  idempotencyKey?: string;
  /** SHA-256 of the request body, to tell a replay from a different request reusing a key. */
  requestHash?: string;
  /** Services to notify, queued in the outbox in the same transaction as the story. */
  outbox?: DeliveryTarget[];
  /** Default Markdown; HTML for a forum post (sanitized before it is stored). */
  bodyFormat?: 'markdown' | 'html';
  /** Where it came from; unique per `(channel, externalId)`, so a second delivery of one original is a `replay`. */
  origin?: NewOrigin;
}

/** A story's origin as stored, with what a reply needs. */
export interface NewOrigin {
  channel: StoryChannel;
  url: string | null;
  externalId: string | null;
  author: string | null;
  /** Private: never sent to a client (see server/intake/replies.ts). */
  context?: OriginContext;
}

/** What answering in the original place needs: ids, thread timestamps, the public address at intake time. */
export type OriginContext = Record<string, string | number | boolean | null>;

/** What an outbox job does: `deliver` (notify, amplify), `reply` in the original place on approval, `refusal` told privately on rejection. */
export type JobAction = 'deliver' | 'reply' | 'refusal';

/** A delivery the outbox worker holds a lease on (see server/outbox.ts). */
export interface OutboxJob {
  id: string;
  storyId: string;
  target: OutboxTarget;
  action: JobAction;
  /** Including this one. */
  attempts: number;
  createdAt: Date;
  /** Proves the lease is still this worker's when it reports back. */
  leaseToken: string;
}

/** How a delivery attempt ended for good. */
export type JobOutcome = { status: 'delivered'; link?: { rel: OutboxTarget; url: string } | undefined } | { status: 'failed' | 'cancelled'; error: string };

export type CreateResult =
  | { outcome: 'created'; id: string }
  /** The key was used before with the same body: answer as the first time. */
  | { outcome: 'replay'; id: string }
  /** The key was used before with another body. */
  | { outcome: 'conflict'; id: string };

/** What a moderator can decide about a story. */
export type Decision = 'approved' | 'rejected' | 'spam';

/** How an undo went: done, no story, no decision to take back, or the story changed since the moderator looked. */
export type UndoResult =
  { outcome: 'undone'; story: AdminStory } | { outcome: 'not_found' } | { outcome: 'nothing' } | { outcome: 'changed'; status: StoryStatus };

export interface PublicQuery {
  limit: number;
  after?: Cursor | undefined;
  tag?: string | undefined;
  kind?: StoryKind | undefined;
}

export interface ModerationQuery {
  status: StoryStatus;
  limit: number;
  after?: Cursor | undefined;
  /** Only stories first told in this channel. */
  channel?: StoryChannel | undefined;
}

export interface Page<T> {
  stories: T[];
  /** Where the next page starts, or null on the last page. */
  next: Cursor | null;
}

/**
 * Everything the server keeps. Two implementations (PGlite, PostgreSQL) share
 * one Kysely implementation and pass the same test suite.
 */
export interface StoryStore extends ModeratorStore {
  /** Stores a submission once per idempotency key, enforced by a unique constraint. */
  create(story: NewStory): Promise<CreateResult>;
  /** The receipt of an earlier request with this key, if any. */
  findByIdempotencyKey(key: string): Promise<{ id: string; requestHash: string | null } | null>;
  /** Approved stories, newest published first, by keyset pagination. */
  listPublished(query: PublicQuery): Promise<Page<Story>>;
  /** One approved story, or null (also for pending, rejected and spam ones). */
  getPublished(id: string): Promise<Story | null>;
  /** Stories with one status, newest submitted first, with contact and moderation fields. */
  listForModeration(query: ModerationQuery): Promise<Page<AdminStory>>;
  /**
   * Approves (publishing it at `at` unless it was published before), rejects or marks a story as spam;
   * null if there is none. On approval, `outbox` services are queued in the same transaction, once per story.
   * The decision is recorded in the audit log as `actor`'s (default: the server itself).
   */
  moderate(id: string, decision: Decision, at: Date, outbox?: OutboxTarget[], actor?: Actor): Promise<AdminStory | null>;
  /**
   * Takes back the story's newest decision not yet taken back, restoring the status it had before, recorded as
   * `actor`'s. With `expectedStatus`, refused if the story's status is another (someone decided since).
   * Restoring an approval queues `outbox` services again.
   */
  undo(id: string, actor: Actor, at: Date, options?: { expectedStatus?: StoryStatus | undefined; outbox?: OutboxTarget[] }): Promise<UndoResult>;
  /** One story with its moderation fields, whatever its status. */
  getForModeration(id: string): Promise<AdminStory | null>;
  /** The outbox rows of these stories, by story id. */
  deliveries(storyIds: string[]): Promise<Map<string, OutboxDelivery[]>>;
  /** Leases up to `limit` due jobs for `leaseMs`; a job leased by a live worker is never handed out twice. */
  claimJobs(at: Date, leaseMs: number, limit: number): Promise<OutboxJob[]>;
  /** Ends a job (storing an amplified story's link with it); false if the lease was lost meanwhile. */
  finishJob(job: OutboxJob, outcome: JobOutcome, at: Date): Promise<boolean>;
  /** Puts a job back for another attempt at `dueAt`; false if the lease was lost meanwhile. */
  retryJob(job: OutboxJob, dueAt: Date, error: string): Promise<boolean>;
  /** The private reply context of a story's origin, or null if there is no such story. */
  originContext(id: string): Promise<OriginContext | null>;
  /** Queues jobs for a story (once per story, target and action; a cancelled one is revived). */
  queueJobs(storyId: string, action: JobAction, targets: DeliveryTarget[], at: Date): Promise<void>;
  /** Approved stories published in [since, until), oldest first, for the newsletter digest. */
  listPublishedBetween(since: Date, until: Date, limit: number): Promise<Story[]>;
  getSetting(key: string): Promise<string | null>;
  /** Stores `value` unless the key has one; returns whichever value won. */
  putSettingIfAbsent(key: string, value: string): Promise<string>;
  /** Outbox rows by service and status, across every server on the database (for /metrics). */
  outboxCounts(): Promise<{ target: OutboxTarget; status: Delivery['status']; count: number }[]>;
  /** Throws unless the database answers. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
