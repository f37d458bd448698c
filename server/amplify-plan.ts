/**
 * Which channels a story can be amplified on when a moderator approves it,
 * which of them are ticked before the moderator chooses, and the channels an
 * approval's `{"amplify": [...]}` asks for. The approve route and the
 * moderation listing call these; nothing here does I/O but the one store read.
 */
import type { AdminStory, Amplification, AmplifyAction, AmplifyChannel, AmplifyOption, ApiIssue, ShareKits } from '../src/schema/index.ts';
import { AMPLIFY_CHANNELS } from '../src/schema/index.ts';
import { listFormat } from '../src/shared/intl.ts';
import { boostTargets } from './integrations/post-urls.ts';
import { shareKits } from './integrations/share-kit.ts';
import type { messages } from './messages.ts';
import type { OutboxDelivery, StoryStore } from './store/story-store.ts';

type Translate = ReturnType<typeof messages>;

export interface AmplifySetup {
  /** The channels set up on this server (settings), in display order. */
  channels: readonly AmplifyChannel[];
  /** `CHORUS_AMPLIFY_DEFAULT`: preselected for every story; undefined means every channel set up. */
  defaults?: readonly AmplifyChannel[] | undefined;
}

type StoryFacts = Pick<AdminStory, 'kind' | 'link' | 'origin'>;

/**
 * The channels set up here that apply to a story: all of them, but the one it
 * came from (a story from a GitHub issue or a forum topic is answered in that
 * issue or topic, never opened a second time).
 */
export function applicableChannels(story: StoryFacts, setup: AmplifySetup): AmplifyChannel[] {
  return setup.channels.filter((channel) => story.origin?.channel !== channel);
}

/** What approving does on each channel for this story. */
export function actionFor(story: StoryFacts, channel: AmplifyChannel): AmplifyAction {
  const boost = boostTargets(story);
  switch (channel) {
    case 'github':
      return 'issue';
    case 'discourse':
      return 'topic';
    case 'mastodon':
      return boost.mastodon ? 'boost' : 'post';
    case 'bluesky':
      return boost.bluesky ? 'repost' : 'post';
  }
}

/**
 * The channels an approval without a choice uses, and the queue ticks: the
 * defaults, plus the network a boosted post lives on (a boost of a Mastodon
 * post is a Mastodon boost whatever the defaults say).
 */
export function preselectedChannels(story: StoryFacts, setup: AmplifySetup): AmplifyChannel[] {
  const defaults = new Set(setup.defaults ?? setup.channels);
  const boost = boostTargets(story);
  if (boost.mastodon) defaults.add('mastodon');
  if (boost.bluesky) defaults.add('bluesky');
  return applicableChannels(story, setup).filter((channel) => defaults.has(channel));
}

/**
 * The channels the moderator may choose for a story (those that apply; a channel
 * no longer set up still shows while it has a delivery), each with its delivery.
 * Answers in the story's original place (`reply`, `refusal` jobs) are not amplification.
 */
export function amplifyOptions(story: AdminStory, setup: AmplifySetup, deliveries: readonly OutboxDelivery[] = []): AmplifyOption[] {
  const preselected = new Set(preselectedChannels(story, setup));
  const applicable = applicableChannels(story, setup);
  const delivered = new Map(deliveries.filter((delivery) => (delivery.action ?? 'deliver') === 'deliver').map((delivery) => [delivery.target, delivery]));
  return AMPLIFY_CHANNELS.filter((channel) => applicable.includes(channel) || delivered.has(channel)).map((channel) => {
    const delivery = delivered.get(channel);
    return {
      channel,
      action: actionFor(story, channel),
      preselected: preselected.has(channel),
      ...(delivery
        ? {
            delivery: {
              status: delivery.status,
              attempts: delivery.attempts,
              lastError: delivery.lastError ?? null,
              url: delivery.url ?? null,
              at: delivery.at ?? null,
            },
          }
        : {}),
    };
  });
}

/** Everything the moderation queue shows about amplifying one story; `storyUrl` is its public page. */
export function amplificationOf(story: AdminStory, setup: AmplifySetup, deliveries: readonly OutboxDelivery[], storyUrl: string): Amplification {
  return { channels: amplifyOptions(story, setup, deliveries), storyUrl };
}

/**
 * The Share kits of one story, or null if there is none. Asked for one story at
 * a time: preparing a post's text is a few milliseconds per network, too much to
 * do for every story of a moderation list.
 */
export async function shareKitsOf(store: StoryStore, id: string, storyUrl: (id: string) => string): Promise<ShareKits | null> {
  const story = await store.getForModeration(id);
  if (!story) return null;
  const url = storyUrl(story.id);
  return { storyUrl: url, kits: shareKits(story, url) };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The channels an approval asks for. `body` is the request's parsed JSON, or
 * undefined without one; without an `amplify` list the story's preselected
 * channels are used. A list may only name channels set up here.
 */
export function chosenChannels(story: StoryFacts, setup: AmplifySetup, body: unknown, t: Translate): { channels: AmplifyChannel[] } | { issues: ApiIssue[] } {
  if (body === undefined || body === null || (isObject(body) && body.amplify === undefined)) return { channels: preselectedChannels(story, setup) };
  const applicable = applicableChannels(story, setup);
  // Joined as the reader's language joins a list (`listFormat`: "a, b, c", "a、b、c").
  const offered = applicable.length ? listFormat(t.locale, { type: 'unit', style: 'short' }).format(applicable) : '';
  if (!isObject(body) || !Array.isArray(body.amplify)) {
    return { issues: [{ path: isObject(body) ? ['amplify'] : [], message: t('amplifyShape', { channels: offered || '—' }), code: 'amplify.invalid' }] };
  }
  const issues: ApiIssue[] = [];
  const chosen = new Set<AmplifyChannel>();
  body.amplify.forEach((entry: unknown, index) => {
    const known = typeof entry === 'string' && (AMPLIFY_CHANNELS as readonly string[]).includes(entry);
    if (!known) issues.push({ path: ['amplify', index], message: t('amplifyUnknown', { channels: offered || '—' }), code: 'amplify.unknown' });
    else if (!setup.channels.includes(entry as AmplifyChannel)) {
      issues.push({ path: ['amplify', index], message: t('amplifyUnavailable', { channel: entry, channels: offered || '—' }), code: 'amplify.unavailable' });
    } else if (!applicable.includes(entry as AmplifyChannel)) {
      issues.push({ path: ['amplify', index], message: t('amplifyOrigin', { channel: entry, channels: offered || '—' }), code: 'amplify.origin' });
    } else chosen.add(entry as AmplifyChannel);
  });
  return issues.length ? { issues } : { channels: applicable.filter((channel) => chosen.has(channel)) };
}

/** The approve route's hook: reads the story and decides its channels (none for a story that does not exist, which the route answers 404). */
export async function approvalChannels(
  store: StoryStore,
  id: string,
  setup: AmplifySetup,
  body: unknown,
  t: Translate,
): Promise<{ channels: AmplifyChannel[] } | { issues: ApiIssue[] }> {
  const story = await store.getForModeration(id);
  return story ? chosenChannels(story, setup, body, t) : { channels: [] };
}
