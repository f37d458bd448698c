import type { AdminStory } from '../../src/schema/index.ts';
import { postJson, type Attempt, type SendOptions } from './http.ts';
import { excerpt } from './text.ts';

export interface NotifyConfig {
  /** The page with `<chorus-moderation-queue>`; the message links to it. */
  moderationUrl?: string | undefined;
}

const KIND_LABEL: Record<AdminStory['kind'], string> = { boost: 'Boost', news: 'News', story: 'Story', event: 'Event' };

/** Slack's mrkdwn treats `&`, `<` and `>` as markup (links, @channel): escape them in anything a person wrote. */
export function slackEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The incoming-webhook payload for a new submission: Block Kit, with `text` as the notification's fallback. */
export function slackMessage(story: AdminStory, config: NotifyConfig = {}): Record<string, unknown> {
  const kind = KIND_LABEL[story.kind];
  const summary = excerpt(story, 300);
  const blocks: Record<string, unknown>[] = [
    { type: 'header', text: { type: 'plain_text', text: cut(`New ${kind.toLowerCase()}: ${story.title}`, 150), emoji: false } },
    {
      type: 'section',
      fields: [
        { type: 'mrkdwn', text: `*Kind*\n${kind}` },
        { type: 'mrkdwn', text: `*Author*\n${slackEscape(cut(story.authorName, 200))}` },
      ],
    },
  ];
  if (summary) blocks.push({ type: 'section', text: { type: 'plain_text', text: summary, emoji: false } });
  if (config.moderationUrl) {
    blocks.push({
      type: 'actions',
      elements: [{ type: 'button', text: { type: 'plain_text', text: 'Review in the moderation queue' }, url: config.moderationUrl, action_id: 'moderate' }],
    });
  }
  return { text: slackEscape(cut(`New ${kind.toLowerCase()} to review: ${story.title} (by ${story.authorName})`, 500)), blocks, unfurl_links: false };
}

/** Posts to a Slack incoming webhook, which answers `200 ok`. */
export function sendSlack(webhookUrl: string, story: AdminStory, config: NotifyConfig = {}, options: SendOptions = {}): Promise<Attempt> {
  return postJson(webhookUrl, slackMessage(story, config), {}, options);
}
