import * as z from 'zod/mini';

/**
 * Where a moderator can amplify an approved story: a GitHub issue, a forum
 * topic, the community's Mastodon account, its Bluesky account. The order is
 * the order the moderation queue shows them in.
 */
export const AMPLIFY_CHANNELS = ['github', 'discourse', 'mastodon', 'bluesky'] as const;
export const AmplifyChannel = z.enum(AMPLIFY_CHANNELS);
export type AmplifyChannel = z.infer<typeof AmplifyChannel>;

/**
 * What amplifying a story on a channel does: open an `issue` (GitHub) or a
 * `topic` (forum), publish a new `post` (Mastodon, Bluesky), `boost` a Mastodon
 * post, or `repost` a Bluesky post.
 */
export const AmplifyAction = z.enum(['issue', 'topic', 'post', 'boost', 'repost']);
export type AmplifyAction = z.infer<typeof AmplifyAction>;

/**
 * How a story's delivery to one channel is going, through the server's outbox:
 * `pending` (with `at` the next attempt), `delivered` (with `url`), `failed`
 * (given up, with `lastError` saying why) or `cancelled`.
 */
export const ChannelDelivery = z.object({
  status: z.enum(['pending', 'delivered', 'failed', 'cancelled']),
  attempts: z.number(),
  lastError: z.optional(z.nullable(z.string())),
  url: z.optional(z.nullable(z.string())),
  /** ISO 8601: when it was delivered or given up, or when the next attempt is due. */
  at: z.optional(z.nullable(z.string())),
});
export type ChannelDelivery = z.infer<typeof ChannelDelivery>;

/** One channel the moderator may choose when approving a story, and how its delivery is going once chosen. */
export const AmplifyOption = z.object({
  channel: AmplifyChannel,
  action: AmplifyAction,
  /** Ticked before the moderator chooses: the server's `CHORUS_AMPLIFY_DEFAULT`, and the network a boosted post lives on. */
  preselected: z.boolean(),
  /** Present once the story was approved with this channel. */
  delivery: z.optional(ChannelDelivery),
});
export type AmplifyOption = z.infer<typeof AmplifyOption>;

/**
 * A ready-made post for a network without an open API (X, LinkedIn). Nothing
 * is posted automatically: the moderator copies `text` or opens `intentUrl`,
 * the network's own composer, and posts from the community's account.
 */
export const ShareKit = z.object({
  network: z.enum(['x', 'linkedin']),
  /** `post` shares the story's page; `repost` reposts the post the member asked us to boost (X only). */
  action: z.enum(['post', 'repost']),
  /** The whole post, link included, ready to paste (empty for a repost). */
  text: z.string(),
  /** Opens the network's composer with the post filled in. */
  intentUrl: z.string(),
});
export type ShareKit = z.infer<typeof ShareKit>;

/** Where a story can be amplified, as the moderation queue offers it. */
export const Amplification = z.object({
  /** The channels set up on this server that apply to the story, in display order. */
  channels: z.array(AmplifyOption),
  /** The story's own page, which every post links to. */
  storyUrl: z.string(),
});
export type Amplification = z.infer<typeof Amplification>;

/** `GET /api/v1/admin/stories/{id}/share-kits`: copy-and-post kits for networks without an open API. */
export const ShareKits = z.object({
  /** The story's own page (it answers once the story is approved). */
  storyUrl: z.string(),
  kits: z.array(ShareKit),
});
export type ShareKits = z.infer<typeof ShareKits>;

/**
 * The optional JSON body of `POST /api/v1/admin/stories/{id}/approve`: the
 * channels the moderator chose. Without it the server uses its defaults.
 */
export const ApproveRequest = z.object({
  amplify: z.optional(z.array(AmplifyChannel)),
});
export type ApproveRequest = z.infer<typeof ApproveRequest>;
