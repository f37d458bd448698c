import type { DeliveryTarget } from '../../src/schema/index.ts';
import type { Settings } from '../env.ts';
import type { Integrations, Sender } from '../outbox.ts';
import { sendDiscord } from './discord.ts';
import { openTopic } from './discourse.ts';
import { openIssue } from './github.ts';
import type { SendOptions } from './http.ts';
import { sendSlack } from './slack.ts';

/** The services the settings set up, each with its sender. */
export function integrationsFrom(settings: Settings, options: SendOptions = {}): Integrations {
  const senders: Partial<Record<DeliveryTarget, Sender>> = {};
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
  const has = (target: DeliveryTarget) => senders[target] !== undefined;
  return {
    notify: (['slack', 'discord'] as const).filter(has),
    amplify: (['github', 'discourse'] as const).filter(has),
    senders,
  };
}
