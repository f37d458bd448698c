/**
 * Recognises links to posts on the networks Chorus can boost, so a `boost`
 * story becomes a boost or repost there instead of a new post.
 */
import { isValidDid, isValidHandle, isValidRecordKey } from '@atproto/syntax';
import type { AdminStory } from '../../src/schema/index.ts';

/**
 * The path shapes of a post's address on a fediverse server: Mastodon's web page
 * (`/@user/ID`, also `/@user@remote.example/ID`) and ActivityPub id
 * (`/users/user/statuses/ID`), Pleroma and Akkoma (`/notice/ID`, `/objects/UUID`),
 * Misskey and its forks (`/notes/ID`). Any instance resolves them through search.
 * Mastodon's ids are long numbers (snowflakes since 2017), which keeps `/@name/2024` on other sites out.
 */
const FEDIVERSE_POST = [
  /^\/@[\w.-]+(@[\w.-]+)?\/\d{6,}\/?$/,
  /^\/users\/[\w.-]+\/statuses\/\d{6,}\/?$/,
  /^\/notice\/[A-Za-z0-9]+\/?$/,
  /^\/objects\/[0-9a-f-]{36}\/?$/i,
  /^\/notes\/[a-z0-9]+\/?$/i,
];

function parse(link: string | null | undefined): URL | undefined {
  if (!link) return undefined;
  try {
    const url = new URL(link);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The link itself when it is a post on Mastodon (or another fediverse server), else undefined. */
export function mastodonPostUrl(link: string | null | undefined): string | undefined {
  const url = parse(link);
  if (!url || url.hostname === 'bsky.app') return undefined;
  return FEDIVERSE_POST.some((shape) => shape.test(url.pathname)) ? url.href : undefined;
}

/** A Bluesky post's author (handle or DID) and record key, from `https://bsky.app/profile/ACTOR/post/RKEY`. */
export interface BlueskyPostRef {
  actor: string;
  rkey: string;
}

export function blueskyPost(link: string | null | undefined): BlueskyPostRef | undefined {
  const url = parse(link);
  if (!url || url.hostname !== 'bsky.app') return undefined;
  const match = /^\/profile\/([^/]+)\/post\/([^/]+)\/?$/.exec(url.pathname);
  if (!match) return undefined;
  const actor = decodeURIComponent(match[1] ?? '').toLowerCase();
  const rkey = decodeURIComponent(match[2] ?? '');
  if (!(isValidHandle(actor) || isValidDid(actor)) || !isValidRecordKey(rkey)) return undefined;
  return { actor, rkey };
}

/** A post on X the member asked us to boost: its numeric id, from `https://x.com/USER/status/ID` (or twitter.com). */
export function xPostId(link: string | null | undefined): string | undefined {
  const url = parse(link);
  if (!url || !/^(www\.|mobile\.)?(x|twitter)\.com$/.test(url.hostname)) return undefined;
  return /^\/\w{1,15}\/status(?:es)?\/(\d{1,25})\/?$/.exec(url.pathname)?.[1];
}

/** What a `boost` story asks for on each network: the post to boost, if its link is one there. */
export function boostTargets(story: Pick<AdminStory, 'kind' | 'link'>): { mastodon?: string; bluesky?: BlueskyPostRef; x?: string } {
  if (story.kind !== 'boost') return {};
  const mastodon = mastodonPostUrl(story.link);
  const bluesky = blueskyPost(story.link);
  const x = xPostId(story.link);
  return { ...(mastodon ? { mastodon } : {}), ...(bluesky ? { bluesky } : {}), ...(x ? { x } : {}) };
}
