import type { AdminStory } from '../../src/schema/index.ts';
import { postJson, type Attempt, type SendOptions } from './http.ts';
import type { NotifyConfig } from './slack.ts';
import { excerpt } from './text.ts';

const KIND_LABEL: Record<AdminStory['kind'], string> = { boost: 'Boost', news: 'News', story: 'Story', event: 'Event' };
// Python blue; any colour would do.
const COLOR = 0x3776ab;

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Discord's Markdown: escape it in anything a person wrote, so a title cannot restyle the message. */
function discordEscape(text: string): string {
  return text.replace(/([\\*_~`|>#[\]()-])/g, '\\$1');
}

/** The webhook payload for a new submission: one embed, and no mention may ping anyone. */
export function discordMessage(story: AdminStory, config: NotifyConfig = {}): Record<string, unknown> {
  const kind = KIND_LABEL[story.kind];
  const embed: Record<string, unknown> = {
    title: cut(`New ${kind.toLowerCase()}: ${story.title}`, 256),
    description: discordEscape(excerpt(story, 500)),
    color: COLOR,
    fields: [
      { name: 'Kind', value: kind, inline: true },
      { name: 'Author', value: discordEscape(cut(story.authorName, 200)), inline: true },
    ],
    timestamp: story.createdAt,
    footer: { text: 'Chorus · waiting for review' },
  };
  if (config.moderationUrl) embed.url = config.moderationUrl;
  return { username: 'Chorus', embeds: [embed], allowed_mentions: { parse: [] } };
}

/** Posts to a Discord webhook, which answers `204` (or `200` with `?wait=true`). */
export function sendDiscord(webhookUrl: string, story: AdminStory, config: NotifyConfig = {}, options: SendOptions = {}): Promise<Attempt> {
  return postJson(webhookUrl, discordMessage(story, config), {}, options);
}
