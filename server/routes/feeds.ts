import { Hono } from 'hono';
import { localizeIssues, type Story } from '../../src/schema/index.ts';
import { apiError, cachedResponse, type AppEnv } from '../http.ts';
import { messages } from '../messages.ts';
import type { PageCache } from '../page-cache.ts';
import { publicBase, type PublicUrlOptions } from '../public-url.ts';
import type { StoryStore } from '../store/story-store.ts';

const FEED_SIZE = 50;
const TAG = /^[a-z0-9-]{1,32}$/;

export interface FeedRouteDeps extends PublicUrlOptions {
  store: StoryStore;
  cache: PageCache;
  title: string;
}

/** Escapes text for XML element content and attribute values. */
export function xmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch] ?? ch);
}

function storyHref(story: Story, origin: string): string {
  return story.url ?? story.link ?? `${origin}/api/v1/stories/${story.id}`;
}

function atom(stories: Story[], self: string, origin: string, title: string): string {
  const updated = stories[0]?.publishedAt ?? new Date(0).toISOString();
  const entries = stories.map((story) => {
    const categories = story.tags.map((tag) => `<category term="${xmlEscape(tag)}"/>`).join('');
    // Bodies are Markdown (or sanitized-upstream HTML): sent as text, so no reader renders markup we did not check.
    return `  <entry>
    <id>urn:uuid:${xmlEscape(story.id)}</id>
    <title type="text">${xmlEscape(story.title)}</title>
    <link rel="alternate" href="${xmlEscape(storyHref(story, origin))}"/>
    <published>${story.publishedAt}</published>
    <updated>${story.publishedAt}</updated>
    <author><name>${xmlEscape(story.authorName)}</name></author>
    ${categories}
    <content type="text">${xmlEscape(story.body)}</content>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${xmlEscape(self)}</id>
  <title type="text">${xmlEscape(title)}</title>
  <updated>${updated}</updated>
  <link rel="self" type="application/atom+xml" href="${xmlEscape(self)}"/>
  <link rel="alternate" href="${xmlEscape(origin)}/"/>
  <author><name>${xmlEscape(title)}</name></author>
  <generator uri="https://github.com/chorus-widgets/chorus">Chorus</generator>
${entries.join('\n')}
</feed>
`;
}

function jsonFeed(stories: Story[], self: string, origin: string, title: string): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title,
    home_page_url: `${origin}/`,
    feed_url: self,
    items: stories.map((story) => ({
      id: story.id,
      url: storyHref(story, origin),
      ...(story.link ? { external_url: story.link } : {}),
      title: story.title,
      content_text: story.body || story.title,
      date_published: story.publishedAt,
      authors: [{ name: story.authorName, ...(story.authorUrl ? { url: story.authorUrl } : {}) }],
      tags: story.tags,
    })),
  });
}

/** `GET /feed.xml` (Atom, RFC 4287) and `GET /feed.json` (JSON Feed 1.1) of the newest approved stories. */
export function feedRoutes(deps: FeedRouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  for (const [path, type, render] of [
    ['/feed.xml', 'application/atom+xml; charset=utf-8', atom],
    ['/feed.json', 'application/feed+json; charset=utf-8', jsonFeed],
  ] as const) {
    app.get(path, async (c) => {
      const tag = c.req.query('tag') || undefined;
      if (tag !== undefined && !TAG.test(tag)) {
        return apiError(
          c,
          422,
          'validation',
          messages(c.get('locale'))('validation'),
          localizeIssues([{ path: ['tag'], message: 'tags.invalid' }], c.get('locale')),
        );
      }
      const base = publicBase(c.req, deps);
      const self = `${base}${path}${tag ? `?tag=${encodeURIComponent(tag)}` : ''}`;
      const entry = await deps.cache.get(`feed|${self}`, type, async () => {
        const page = await deps.store.listPublished({ limit: FEED_SIZE, tag });
        return render(page.stories, self, base, tag ? `${deps.title}: ${tag}` : deps.title);
      });
      return cachedResponse(c, entry);
    });
  }
  return app;
}
