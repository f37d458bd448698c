import { Hono } from 'hono';
import { localizeIssues, type Story } from '../../src/schema/index.ts';
import { plainText, plainTextLines, safeUrl } from '../../src/upstream/rich-text-tree.ts';
import { apiError, cachedResponse, type AppEnv } from '../http.ts';
import { messages } from '../messages.ts';
import type { PageCache } from '../page-cache.ts';
import { permalinkOf } from '../permalink.ts';
import { publicBase, type PublicUrlOptions } from '../public-url.ts';
import { bodyHtml, bodyImage } from '../story-page/body.ts';
import type { StoryStore } from '../store/story-store.ts';

const FEED_SIZE = 50;
const SUMMARY_CHARS = 280;
const TAG = /^[a-z0-9-]{1,32}$/;

export interface FeedRouteDeps extends PublicUrlOptions {
  store: StoryStore;
  cache: PageCache;
  title: string;
  /** `CHORUS_SITE_URL`: the community's own site, the feeds' home page. */
  siteUrl?: string | undefined;
}

/** Escapes text for XML element content and attribute values. */
export function xmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch] ?? ch);
}

/** What a feed shows of one story: its page, its links and its body as sanitized HTML and as text. */
interface FeedEntry {
  story: Story;
  /** The story's own page. */
  permalink: string;
  /** The page or post the story points to (a boost's link). */
  related: string | null;
  /** Where the story was first published (an issue, a topic), if elsewhere. */
  via: string | null;
  authorUrl: string | null;
  html: string;
  text: string;
  summary: string;
  image: string | null;
}

const webUrl = (url: string | null | undefined): string | null => {
  const safe = url ? safeUrl(url) : null;
  return safe && /^https?:/.test(safe) ? safe : null;
};

function entryOf(story: Story, base: string): FeedEntry {
  // Relative links in a body mean the place it was written: its forum for Discourse HTML, this server otherwise.
  const options = { baseUrl: (story.bodyFormat === 'html' && webUrl(story.url)) || `${base}/`, headingOffset: 1, images: true };
  return {
    story,
    permalink: permalinkOf(base, story.id),
    related: webUrl(story.link),
    via: webUrl(story.url),
    authorUrl: webUrl(story.authorUrl),
    html: bodyHtml(story, options),
    text: plainTextLines(story.body, story.bodyFormat),
    summary: plainText(story.body, story.bodyFormat, SUMMARY_CHARS),
    image: bodyImage(story, options)?.src ?? null,
  };
}

function atom(entries: FeedEntry[], self: string, home: string, title: string): string {
  const updated = entries[0]?.story.publishedAt ?? new Date(0).toISOString();
  const xml = entries.map(({ story, permalink, related, via, authorUrl, html, summary }) => {
    const categories = story.tags.map((tag) => `<category term="${xmlEscape(tag)}"/>`).join('');
    const links = [`<link rel="alternate" type="text/html" href="${xmlEscape(permalink)}"/>`];
    if (related) links.push(`<link rel="related" href="${xmlEscape(related)}"/>`);
    if (via && via !== related) links.push(`<link rel="via" href="${xmlEscape(via)}"/>`);
    // The body goes out as sanitized HTML (escaped into the XML), rendered with the elements' allow-list.
    return `  <entry>
    <id>urn:uuid:${xmlEscape(story.id)}</id>
    <title type="text">${xmlEscape(story.title)}</title>
    ${links.join('\n    ')}
    <published>${story.publishedAt}</published>
    <updated>${story.publishedAt}</updated>
    <author><name>${xmlEscape(story.authorName)}</name>${authorUrl ? `<uri>${xmlEscape(authorUrl)}</uri>` : ''}</author>
    ${categories}
    ${summary ? `<summary type="text">${xmlEscape(summary)}</summary>\n    ` : ''}<content type="html">${xmlEscape(html)}</content>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${xmlEscape(self)}</id>
  <title type="text">${xmlEscape(title)}</title>
  <updated>${updated}</updated>
  <link rel="self" type="application/atom+xml" href="${xmlEscape(self)}"/>
  <link rel="alternate" type="text/html" href="${xmlEscape(home)}"/>
  <author><name>${xmlEscape(title)}</name></author>
  <generator uri="https://github.com/chorus-widgets/chorus">Chorus</generator>
${xml.join('\n')}
</feed>
`;
}

function jsonFeed(entries: FeedEntry[], self: string, home: string, title: string): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title,
    home_page_url: home,
    feed_url: self,
    items: entries.map(({ story, permalink, related, authorUrl, html, text, summary, image }) => ({
      id: story.id,
      url: permalink,
      ...(related ? { external_url: related } : {}),
      title: story.title,
      ...(html ? { content_html: html } : {}),
      content_text: text || story.title,
      ...(summary ? { summary } : {}),
      ...(image ? { image } : {}),
      date_published: story.publishedAt,
      authors: [{ name: story.authorName, ...(authorUrl ? { url: authorUrl } : {}) }],
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
        const home = webUrl(deps.siteUrl) ?? `${base}/`;
        return render(
          page.stories.map((story) => entryOf(story, base)),
          self,
          home,
          tag ? `${deps.title}: ${tag}` : deps.title,
        );
      });
      return cachedResponse(c, entry);
    });
  }
  return app;
}
