/**
 * A Discourse category's topics as stories: the mapping the browser's `discourse:`
 * source and the server's read-through share. DOM-free and dependency-free.
 * @module
 */
import type { Story, StoryPage } from '../schema/story.ts';
import { STORY_KINDS } from '../schema/rules.ts';

export interface DiscourseUser {
  id: number;
  username: string;
  name?: string | null;
  avatar_template?: string | null;
}
interface DiscoursePoster {
  user_id: number;
  description?: string;
}
export interface DiscourseTopic {
  id: number;
  title: string;
  slug: string;
  created_at: string;
  excerpt?: string | null;
  tags?: (string | { name?: string })[];
  posters?: DiscoursePoster[];
}
/** A topic list as `/c/SLUG/ID.json`, `/latest.json` and friends answer it. */
export interface DiscourseTopicList {
  users?: DiscourseUser[];
  topic_list?: { topics?: DiscourseTopic[]; more_topics_url?: string | null };
}

const AVATAR_SIZE = '96';

/**
 * `https://forum.example.org/c/SLUG/ID` (with or without `discourse:`) → the listing's JSON URL and
 * the forum's base URL. Throws a TypeError for anything that is not a web address.
 */
export function discourseListing(source: string): { listUrl: string; base: string } {
  const url = new URL(source.trim().replace(/^discourse:/, ''));
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TypeError(`${url.protocol} is not a web address`);
  // A forum may live in a subfolder (example.org/forum/c/…): the base is everything before the listing.
  const base = url.origin + url.pathname.replace(/\/(?:c|latest|top|new|tag|tags)(?:\/.*)?$/, '').replace(/\/*$/, '/');
  return { listUrl: jsonUrl(url.href), base };
}

/** Discourse's page URLs become JSON by adding `.json` to the path (keeping the query). */
export function jsonUrl(href: string, base?: string): string {
  const url = new URL(href, base);
  url.pathname = url.pathname.replace(/\/+$/, '');
  if (!url.pathname.endsWith('.json')) url.pathname += '.json';
  return url.href;
}

function tagName(tag: string | { name?: string }): string {
  return (typeof tag === 'string' ? tag : (tag.name ?? '')).trim();
}

/** Maps a topic list (category, latest, …) to a page of stories; the cursor is the forum's next-page JSON URL. */
export function pageFromTopicList(data: DiscourseTopicList, base: string): StoryPage {
  const users = new Map((data.users ?? []).map((user) => [user.id, user]));
  const origin = new URL(base).origin;
  const stories = (data.topic_list?.topics ?? []).map((topic): Story => {
    const poster = topic.posters?.find((candidate) => candidate.description?.includes('Original Poster')) ?? topic.posters?.[0];
    const user = poster ? users.get(poster.user_id) : undefined;
    const tags = (topic.tags ?? []).map(tagName).filter(Boolean);
    const url = new URL(`t/${topic.slug}/${topic.id}`, base).href;
    return {
      id: `discourse-${topic.id}`,
      kind: tags.find((tag): tag is Story['kind'] => (STORY_KINDS as readonly string[]).includes(tag)) ?? 'story',
      title: topic.title,
      // The excerpt is HTML and goes through the sanitizer like any body.
      body: topic.excerpt ?? '',
      bodyFormat: 'html',
      url,
      tags,
      authorName: user?.name?.trim() || user?.username || '',
      authorUrl: user ? new URL(`u/${encodeURIComponent(user.username)}`, base).href : null,
      authorAvatar: user?.avatar_template ? new URL(user.avatar_template.replace('{size}', AVATAR_SIZE), origin).href : null,
      publishedAt: topic.created_at,
      links: [{ rel: 'discourse', url }],
    };
  });
  // `more_topics_url` is relative, has no `.json`, and is absent on the last page.
  const more = data.topic_list?.more_topics_url;
  return { stories, nextCursor: more ? jsonUrl(more, origin) : null };
}
