import { configuredChannels } from '../amplify-settings.ts';
import type { Settings } from '../env.ts';
import type { Integrations, Sender } from '../outbox.ts';
import type { OutboxTarget } from '../store/story-store.ts';
import { blueskySender } from './bluesky.ts';
import { sendDiscord } from './discord.ts';
import { openTopic } from './discourse.ts';
import { openIssue } from './github.ts';
import type { SendOptions } from './http.ts';
import { mastodonSender } from './mastodon.ts';
import { sendSlack } from './slack.ts';

/** The services the settings set up, each with its sender. */
export function integrationsFrom(settings: Settings, options: SendOptions = {}): Integrations {
  const senders: Partial<Record<OutboxTarget, Sender>> = {};
  // Messages link to the moderation page: where CHORUS_MODERATION_URL says, else this server's own /moderate.
  const notify = { moderationUrl: settings.CHORUS_MODERATION_URL ?? (settings.CHORUS_PUBLIC_URL ? `${settings.CHORUS_PUBLIC_URL}/moderate` : undefined) };
  const slack = settings.CHORUS_SLACK_WEBHOOK_URL;
  if (slack) senders.slack = (story) => sendSlack(slack, story, notify, options);
  const discord = settings.CHORUS_DISCORD_WEBHOOK_URL;
  if (discord) senders.discord = (story) => sendDiscord(discord, story, notify, options);
  const { CHORUS_GITHUB_REPO: repo, CHORUS_GITHUB_TOKEN: token } = settings;
  if (repo && token) {
    const github = { repo, token, labels: settings.CHORUS_GITHUB_LABELS, apiUrl: settings.CHORUS_GITHUB_API_URL };
    senders.github = (story, job) => openIssue(story, github, options, job);
  }
  const { CHORUS_DISCOURSE_URL: url, CHORUS_DISCOURSE_API_KEY: apiKey } = settings;
  if (url && apiKey) {
    const discourse = { url, apiKey, username: settings.CHORUS_DISCOURSE_USERNAME, category: settings.CHORUS_DISCOURSE_CATEGORY };
    senders.discourse = (story) => openTopic(story, discourse, options);
  }
  // parseSettings guarantees each pair is complete and CHORUS_PUBLIC_URL is set when either network is on.
  const { CHORUS_MASTODON_URL: mastodon, CHORUS_MASTODON_TOKEN: mastodonToken, CHORUS_PUBLIC_URL: publicUrl = '' } = settings;
  if (mastodon && mastodonToken) senders.mastodon = mastodonSender({ url: mastodon, token: mastodonToken, publicUrl }, options);
  const { CHORUS_BLUESKY_HANDLE: handle, CHORUS_BLUESKY_APP_PASSWORD: password } = settings;
  if (handle && password) senders.bluesky = blueskySender({ service: settings.CHORUS_BLUESKY_SERVICE, identifier: handle, password, publicUrl }, options);
  const has = (target: OutboxTarget) => senders[target] !== undefined;
  return {
    notify: (['slack', 'discord'] as const).filter(has),
    amplify: configuredChannels(settings).filter(has),
    amplifyDefault: settings.CHORUS_AMPLIFY_DEFAULT,
    senders,
  };
}
