/**
 * Answers in a story's original place, through the outbox: on approval a
 * comment and a label on the GitHub issue, a reply in the forum topic, a thread
 * reply in Slack, a reply to the Discord message; on rejection a private note
 * where the channel has one (a Slack ephemeral message, a Discord ephemeral
 * follow-up or direct message), and nothing public.
 *
 * Exactly once: a job is leased before it is sent and finished after, so a
 * restart never repeats a finished one; an attempt whose answer was lost (a
 * timeout) is retried only after checking that the first one did not arrive
 * (the comment's marker on GitHub, the story link in the forum topic or the
 * Slack thread, Discord's enforced nonce).
 *
 * What only the member sees (the direct message for a story told in the form, the
 * private note on rejection) is in their language: in Slack the one the form was opened
 * in, else their Slack locale read with `users.info`; in Discord the locale its interaction
 * carried. What the whole channel sees (the thread reply) and every other answer are in English.
 */
import type { AdminStory, DeliveryTarget } from '../../src/schema/index.ts';
import type { Attempt, SendOptions } from '../integrations/http.ts';
import type { ReplySenders } from '../outbox.ts';
import type { Decision, OriginContext, OutboxJob, StoryStore } from '../store/story-store.ts';
import type { IntakeConfig } from './config.ts';
import { pickLocale, silentLogger, type Logger } from '../http.ts';
import { requestJson } from '../integrations/http.ts';
import { discordApi, slackApi, slackRead } from './http.ts';
import { intakeStrings } from './intake.strings.ts';
import { memberLocale } from './slack.ts';

const t = intakeStrings('en');
/** The outbox is in no hurry: a member's language may take longer to read than while Slack waits. */
const LOCALE_LOOKUP_MS = 5000;
/** Discord interaction tokens last 15 minutes; leave a margin for the request itself. */
const INTERACTION_TOKEN_MS = 14 * 60_000;

const str = (context: OriginContext, key: string): string => {
  const value = context[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
};

/**
 * The hook the moderation route calls after a decision: queues the answer in the story's
 * original place (approval) or the private note (rejection). Marking spam says nothing.
 */
export async function queueOriginAnswer(store: StoryStore, story: AdminStory, decision: Decision, at: Date, onQueued?: () => void): Promise<void> {
  const channel = story.origin?.channel;
  if (!channel || channel === 'form' || decision === 'spam') return;
  const target: DeliveryTarget = channel;
  if (decision === 'approved') await store.queueJobs(story.id, 'reply', [target], at);
  else if (target === 'slack' || target === 'discord') await store.queueJobs(story.id, 'refusal', [target], at);
  else return;
  onQueued?.();
}

/** The story's own page, absolute: `CHORUS_PUBLIC_URL`, or the address the platform used when the story came in. */
function storyUrl(story: AdminStory, context: OriginContext, publicUrl: string | undefined): string {
  return `${(publicUrl ?? str(context, 'base')).replace(/\/+$/, '')}/stories/${story.id}`;
}

const missing = (what: string): Attempt => ({ ok: false, retryable: false, error: `${what} is not set, so Chorus cannot answer there` });

/** The senders of every answer the settings allow, for the outbox worker. */
export function originReplySenders(
  config: IntakeConfig,
  deps: { store: StoryStore; publicUrl?: string | undefined; send?: SendOptions; now?: () => number; logger?: Logger },
): ReplySenders {
  const { store, publicUrl } = deps;
  const logger = deps.logger ?? silentLogger;
  const send = deps.send ?? {};
  const now = deps.now ?? Date.now;
  const context = async (story: AdminStory) => (await store.originContext(story.id)) ?? {};
  const replies: NonNullable<ReplySenders['reply']> = {};
  const refusals: NonNullable<ReplySenders['refusal']> = {};

  const github = config.github;
  if (github) {
    replies.github = async (story, job) => {
      if (!github.token) return missing('CHORUS_GITHUB_TOKEN');
      const ctx = await context(story);
      const issue = `${github.apiUrl.replace(/\/+$/, '')}/repos/${str(ctx, 'repo')}/issues/${str(ctx, 'number')}`;
      const headers = { Authorization: `Bearer ${github.token}`, Accept: 'application/vnd.github+json', 'X-GitHub-Api-Version': '2022-11-28' };
      const url = storyUrl(story, ctx, publicUrl);
      const marker = `<!-- chorus-story:${story.id} -->`;
      let commented = false;
      if (job.attempts > 1) {
        const earlier = await requestJson('GET', `${issue}/comments?per_page=100`, undefined, headers, send);
        if (!earlier.ok) return earlier;
        commented =
          Array.isArray(earlier.data) && earlier.data.some((comment: { body?: unknown }) => typeof comment.body === 'string' && comment.body.includes(marker));
      }
      if (!commented) {
        const comment = await requestJson(
          'POST',
          `${issue}/comments`,
          { body: `${t('publishedThread', { site: new URL(url).host, url })}\n\n${marker}` },
          headers,
          send,
        );
        if (!comment.ok) return comment;
      }
      // Adding a label the issue already has changes nothing, so a retry may repeat it.
      const labelled = await requestJson('POST', `${issue}/labels`, { labels: [github.publishedLabel] }, headers, send);
      return labelled.ok ? { ...labelled, url } : labelled;
    };
  }

  const forum = config.discourse;
  if (forum) {
    replies.discourse = async (story, job) => {
      if (!forum.url || !forum.apiKey) return missing('CHORUS_DISCOURSE_URL or CHORUS_DISCOURSE_API_KEY');
      const ctx = await context(story);
      const topicId = Number(str(ctx, 'topicId'));
      const headers = { 'Api-Key': forum.apiKey, 'Api-Username': forum.username };
      const url = storyUrl(story, ctx, publicUrl);
      if (job.attempts > 1) {
        const topic = await requestJson('GET', `${forum.url}/t/${topicId}.json`, undefined, headers, send);
        if (!topic.ok) return topic;
        const posts = (topic.data as { post_stream?: { posts?: { cooked?: unknown }[] } } | null)?.post_stream?.posts ?? [];
        if (posts.some((post) => typeof post.cooked === 'string' && post.cooked.includes(url))) return { ok: true, status: topic.status, data: null };
      }
      return requestJson('POST', `${forum.url}/posts.json`, { topic_id: topicId, raw: t('publishedThread', { site: new URL(url).host, url }) }, headers, send);
    };
  }

  const slack = config.slack;
  if (slack) {
    /** The words of what only the member reads: the language stored when the story came in, else their Slack's. */
    const privately = async (ctx: OriginContext) => {
      const stored = str(ctx, 'locale');
      const locale = stored ? pickLocale(stored) : await memberLocale(slack, str(ctx, 'team'), str(ctx, 'user'), { logger, now, send }, LOCALE_LOOKUP_MS);
      return intakeStrings(locale);
    };
    replies.slack = async (story, job) => {
      if (!slack.botToken) return missing('CHORUS_SLACK_BOT_TOKEN');
      const ctx = await context(story);
      const url = storyUrl(story, ctx, publicUrl);
      if (str(ctx, 'kind') === 'modal') {
        // A story told in the form has no message to thread on: the app's direct message to the member.
        const words = await privately(ctx);
        return slackApi(
          slack.apiUrl,
          slack.botToken,
          'chat.postMessage',
          { channel: str(ctx, 'user'), text: words('published', { title: story.title, url }) },
          send,
        );
      }
      const channel = str(ctx, 'channel');
      const thread = str(ctx, 'thread');
      if (job.attempts > 1) {
        // A read method: query parameters, not JSON (Slack ignores a JSON body there).
        const earlier = await slackRead(slack.apiUrl, slack.botToken, 'conversations.replies', { channel, ts: thread, limit: '200' }, send);
        if (!earlier.ok) return earlier;
        const messages = (earlier.data as { messages?: { text?: unknown }[] }).messages ?? [];
        if (messages.some((message) => typeof message.text === 'string' && message.text.includes(url))) return earlier;
      }
      return slackApi(
        slack.apiUrl,
        slack.botToken,
        'chat.postMessage',
        { channel, thread_ts: thread, text: t('publishedThread', { site: new URL(url).host, url }), unfurl_links: false },
        send,
      );
    };
    refusals.slack = async (story) => {
      if (!slack.botToken) return missing('CHORUS_SLACK_BOT_TOKEN');
      const ctx = await context(story);
      const words = await privately(ctx);
      return slackApi(
        slack.apiUrl,
        slack.botToken,
        'chat.postEphemeral',
        { channel: str(ctx, 'channel'), user: str(ctx, 'user'), text: words('rejected', { title: story.title }) },
        send,
      );
    };
  }

  const discord = config.discord;
  if (discord) {
    /** A direct message from the bot: the private place that outlives the interaction token. */
    const directMessage = async (user: string, content: string, nonce: string): Promise<Attempt> => {
      if (!discord.botToken) return missing('CHORUS_DISCORD_BOT_TOKEN');
      const dm = await discordApi(discord.apiUrl, discord.botToken, 'POST', '/users/@me/channels', { recipient_id: user }, send);
      if (!dm.ok) return dm;
      const channel = (dm.data as { id?: unknown } | null)?.id;
      if (typeof channel !== 'string') return { ok: false, retryable: false, error: 'Discord opened no direct-message channel' };
      return discordApi(
        discord.apiUrl,
        discord.botToken,
        'POST',
        `/channels/${channel}/messages`,
        { content, nonce, enforce_nonce: true, allowed_mentions: { parse: [] } },
        send,
      );
    };
    // Discord keeps a nonce unique for a few minutes: a retry after a lost answer returns the first message instead of a second.
    const nonceOf = (story: AdminStory, job: OutboxJob) => `${job.action[0]}${story.id.replace(/-/g, '').slice(-24)}`;
    /** The words of what only the member reads: their Discord language, stored when the story came in. */
    const privately = (ctx: OriginContext) => intakeStrings(pickLocale(str(ctx, 'locale') || undefined));
    replies.discord = async (story, job) => {
      const ctx = await context(story);
      const url = storyUrl(story, ctx, publicUrl);
      if (str(ctx, 'kind') === 'modal') return directMessage(str(ctx, 'user'), privately(ctx)('published', { title: story.title, url }), nonceOf(story, job));
      if (!discord.botToken) return missing('CHORUS_DISCORD_BOT_TOKEN');
      return discordApi(
        discord.apiUrl,
        discord.botToken,
        'POST',
        `/channels/${str(ctx, 'channel')}/messages`,
        {
          content: t('publishedThread', { site: new URL(url).host, url }),
          message_reference: { message_id: str(ctx, 'message'), fail_if_not_exists: false },
          allowed_mentions: { parse: [], replied_user: false },
          nonce: nonceOf(story, job),
          enforce_nonce: true,
        },
        send,
      );
    };
    refusals.discord = async (story, job) => {
      const ctx = await context(story);
      const content = privately(ctx)('rejected', { title: story.title });
      const tokenAt = Number(str(ctx, 'tokenAt'));
      const applicationId = str(ctx, 'applicationId') || discord.applicationId;
      if (applicationId && str(ctx, 'token') && now() - tokenAt < INTERACTION_TOKEN_MS) {
        // The interaction is still answerable: an ephemeral follow-up, seen by the member alone.
        const followUp = `${discord.apiUrl.replace(/\/+$/, '')}/webhooks/${applicationId}/${str(ctx, 'token')}`;
        return requestJson('POST', followUp, { content, flags: 64, allowed_mentions: { parse: [] } }, {}, send);
      }
      return directMessage(str(ctx, 'user'), content, nonceOf(story, job));
    };
  }

  return { reply: replies, refusal: refusals };
}
