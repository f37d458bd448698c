import * as z from 'zod/mini';
import { STORY_CHANNELS } from './rules.ts';

export { STORY_CHANNELS };
export const StoryChannel = z.enum(STORY_CHANNELS);
export type StoryChannel = z.infer<typeof StoryChannel>;

/**
 * Where a story came from, as a moderator sees it (only in `AdminStory`, never in a public `Story`).
 * `(channel, externalId)` is unique: the same issue, topic or message delivered twice is one story.
 */
export const StoryOrigin = z.object({
  channel: StoryChannel,
  /** The original: the issue, the forum topic, the chat message's permalink; null for the web form. */
  url: z.nullable(z.string()),
  /** The channel's own id of the original (`OWNER/REPO#12`, a topic id, `TEAM/CHANNEL/TS`, a message id); null for the web form. */
  externalId: z.nullable(z.string()),
  /** The member's handle on that channel (GitHub login, forum username, Slack or Discord user name); private to moderators. */
  author: z.nullable(z.string()),
});
export type StoryOrigin = z.infer<typeof StoryOrigin>;
