/**
 * Share kits for networks without an open API for posting (X, LinkedIn): the
 * post's text, ready to copy, and the network's share-intent link, which opens
 * its composer filled in. Nothing is posted by the server.
 */
import type { AdminStory, ShareKit } from '../../src/schema/index.ts';
import { xPostId } from './post-urls.ts';
import { composePost, graphemeCount, xWeightedLength } from './social-text.ts';

/** X: 280 weighted characters, every link counted as 23 (t.co). */
export const X_LIMITS = { max: 280, linkCost: 23 } as const;
/** LinkedIn allows 3,000 characters; a share reads best at a few lines. */
export const LINKEDIN_LENGTH = 700;

/** `https://twitter.com/intent/tweet?text=…&url=…` (X's documented Web Intent; X adds the link after the text). */
export function xIntent(text: string, url: string): string {
  return `https://twitter.com/intent/tweet?${new URLSearchParams({ text, url })}`;
}

/** `https://www.linkedin.com/sharing/share-offsite/?url=…`: LinkedIn's share link takes only the address; its card comes from the page's Open Graph tags. */
export function linkedInIntent(url: string): string {
  return `https://www.linkedin.com/sharing/share-offsite/?${new URLSearchParams({ url })}`;
}

/** The kits for one story, whose page is `storyUrl`. */
export function shareKits(story: AdminStory, storyUrl: string): ShareKit[] {
  const tweet = story.kind === 'boost' ? xPostId(story.link) : undefined;
  const x: ShareKit = tweet
    ? { network: 'x', action: 'repost', text: '', intentUrl: `https://twitter.com/intent/retweet?${new URLSearchParams({ tweet_id: tweet })}` }
    : (() => {
        const text = composePost(story, storyUrl, { max: X_LIMITS.max, measure: xWeightedLength, linkCost: X_LIMITS.linkCost });
        const withoutLink = text.slice(0, text.length - storyUrl.length).trimEnd();
        return { network: 'x', action: 'post', text, intentUrl: xIntent(withoutLink, storyUrl) };
      })();
  const linkedIn: ShareKit = {
    network: 'linkedin',
    action: 'post',
    text: composePost(story, storyUrl, { max: LINKEDIN_LENGTH, measure: graphemeCount }),
    intentUrl: linkedInIntent(storyUrl),
  };
  return [x, linkedIn];
}
