import * as z from 'zod/mini';
import { Story, StoryStatus } from './story.ts';

/** An RFC 3339 date-time, by the same rule as a story's dates. */
const dateTime = () => Story.shape.publishedAt;

/**
 * Who made a moderation decision: `{id: "owner"}` for the owner token,
 * `{id: "system"}` for the server itself (sample data), else a moderator's id.
 * `name` is the name they had when they decided.
 */
export const Decider = z.object({
  id: z.string(),
  name: z.string(),
});
export type Decider = z.infer<typeof Decider>;

/** What a token may do: the owner manages moderators; a moderator moderates. */
export const AdminRole = z.enum(['owner', 'moderator']);
export type AdminRole = z.infer<typeof AdminRole>;

/** `GET /api/v1/admin/me`: whose token this is. */
export const AdminIdentity = z.object({
  id: z.string(),
  name: z.string(),
  role: AdminRole,
});
export type AdminIdentity = z.infer<typeof AdminIdentity>;

/** A moderator account as the owner sees it (never its token). */
export const Moderator = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: dateTime(),
});
export type Moderator = z.infer<typeof Moderator>;

/** The answer to creating a moderator: the only time the token is ever shown. */
export const NewModerator = z.object({
  ...Moderator.shape,
  token: z.string(),
});
export type NewModerator = z.infer<typeof NewModerator>;

export const ModeratorList = z.object({ moderators: z.array(Moderator) });
export type ModeratorList = z.infer<typeof ModeratorList>;

/** The body of `POST /api/v1/admin/moderators`. */
export const ModeratorInput = z.object({ name: z.string() });
export type ModeratorInput = z.infer<typeof ModeratorInput>;

export const AUDIT_ACTIONS = ['approve', 'reject', 'spam', 'undo'] as const;
export const AuditAction = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditAction>;

/** One moderation decision: who did what to which story, when. */
export const AuditEntry = z.object({
  id: z.string(),
  storyId: z.string(),
  /** The story's title now (null if the story is gone). */
  storyTitle: z.nullable(z.string()),
  action: AuditAction,
  fromStatus: StoryStatus,
  toStatus: StoryStatus,
  moderator: Decider,
  at: dateTime(),
  /** For an `undo`: the id of the entry it took back. */
  undoes: z.nullable(z.string()),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditPage = z.object({
  entries: z.array(AuditEntry),
  nextCursor: z.nullable(z.string()),
});
export type AuditPage = z.infer<typeof AuditPage>;

/** The optional body of `POST /api/v1/admin/stories/{id}/undo`. */
export const UndoInput = z.object({
  /** The status the moderator saw: if someone decided since, the undo is refused (`409`). */
  expectedStatus: z.optional(StoryStatus),
});
export type UndoInput = z.infer<typeof UndoInput>;
