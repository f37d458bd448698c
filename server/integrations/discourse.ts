import type { AdminStory } from '../../src/schema/index.ts';
import { postJson, type Attempt, type SendOptions } from './http.ts';
import { publicCopy } from './text.ts';

export interface DiscourseConfig {
  /** The forum's base URL, e.g. `https://discuss.python.org`. */
  url: string;
  apiKey: string;
  /** Who the topic is posted as (default `system`). */
  username: string;
  /** The category id, if any. */
  category?: number | undefined;
}

const KIND_LABEL: Record<AdminStory['kind'], string> = { boost: 'Boost', news: 'News', story: 'Story', event: 'Event' };

function mdEscape(text: string): string {
  return text.replace(/([\\`*_[\]{}()#+!|<>~-])/g, '\\$1');
}

/** The topic's first post, in Markdown (Discourse also accepts the HTML a Discourse-sourced body has). */
export function topicRaw(story: AdminStory): string {
  const details = [
    `**${KIND_LABEL[story.kind]}** by ${mdEscape(story.authorName)}${story.region ? ` (${mdEscape(story.region)})` : ''}`,
    story.link ? `Link: <${story.link}>` : '',
    story.tags.length ? `Tags: ${story.tags.join(', ')}` : '',
  ].filter(Boolean);
  return publicCopy(`${story.body || '_(no text)_'}\n\n---\n\n${details.join('\n\n')}\n`);
}

/** `POST {url}/posts.json` with `Api-Key` and `Api-Username`, as Discourse's API expects it. */
export function topicRequest(story: AdminStory, config: DiscourseConfig) {
  const body: Record<string, unknown> = {
    title: story.title,
    raw: topicRaw(story),
    // Discourse keeps external ids unique: a repeated request cannot open a second topic.
    external_id: `chorus-${story.id}`,
  };
  if (config.category !== undefined) body.category = config.category;
  return {
    url: `${config.url.replace(/\/+$/, '')}/posts.json`,
    headers: { 'Api-Key': config.apiKey, 'Api-Username': config.username, Accept: 'application/json' },
    body,
  };
}

/** Opens the topic; on success the attempt's `url` is `{forum}/t/{topic_slug}/{topic_id}`. */
export async function openTopic(story: AdminStory, config: DiscourseConfig, options: SendOptions = {}): Promise<Attempt & { url?: string }> {
  const request = topicRequest(story, config);
  const attempt = await postJson(request.url, request.body, request.headers, options);
  if (!attempt.ok) return attempt;
  const post = attempt.data as { topic_id?: unknown; topic_slug?: unknown } | null;
  if (typeof post?.topic_id !== 'number') {
    return { ok: false, retryable: false, status: attempt.status, error: 'Discourse created the post but sent no topic_id' };
  }
  const slug = typeof post.topic_slug === 'string' && post.topic_slug ? encodeURIComponent(post.topic_slug) : 'topic';
  return { ...attempt, url: `${config.url.replace(/\/+$/, '')}/t/${slug}/${post.topic_id}` };
}
