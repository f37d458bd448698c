import { Hono, type Context } from 'hono';
import { cachedResponse, etagOf, PUBLIC_CACHE, type AppEnv } from '../http.ts';
import { pageMessages } from '../messages.ts';
import type { PageCache } from '../page-cache.ts';
import { permalinkOf } from '../permalink.ts';
import { publicBase, type PublicUrlOptions } from '../public-url.ts';
import { notFoundPage, storyPage, STYLESHEET, type PageContext } from '../story-page/page.ts';
import { STORY_PAGE_CSS, STORY_PAGE_CSS_VERSION } from '../story-page/style.ts';
import type { StoryStore } from '../store/story-store.ts';

/**
 * The pages' policy: nothing runs (the JSON-LD block is data, never executed), styles come from
 * the server's own stylesheet only, and pictures from the web, as stories show them.
 */
export const STORY_PAGE_CSP = "default-src 'none'; style-src 'self'; img-src 'self' https:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const HTML = 'text/html; charset=utf-8';
const CSS_ETAG = etagOf(STORY_PAGE_CSS);

export interface StoryPageDeps extends PublicUrlOptions {
  store: StoryStore;
  cache: PageCache;
  /** `CHORUS_SITE_NAME`; default the locale's "Community stories". */
  siteName?: string | undefined;
  /** `CHORUS_SITE_URL`: the community's own site, linked from every page. */
  siteUrl?: string | undefined;
}

function pageContext(c: Context<AppEnv>, deps: StoryPageDeps): PageContext {
  const locale = c.get('locale') ?? 'en';
  const t = pageMessages(locale);
  return { locale, t, base: publicBase(c.req, deps), siteName: deps.siteName ?? t('siteName'), siteUrl: deps.siteUrl };
}

function htmlHeaders(c: Context<AppEnv>): void {
  c.header('Content-Security-Policy', STORY_PAGE_CSP);
  c.header('Referrer-Policy', 'strict-origin-when-cross-origin');
  // The page's own words follow Accept-Language.
  c.header('Vary', 'Accept-Language');
}

/** The HTML 404 page, for readers who follow a link to a story that is not (or no longer) published, or to nothing. */
export function htmlNotFound(c: Context<AppEnv>, deps: StoryPageDeps, kind: 'story' | 'page'): Response {
  const cx = pageContext(c, deps);
  htmlHeaders(c);
  c.header('Cache-Control', 'no-store');
  c.header('Content-Type', HTML);
  return c.body(notFoundPage(cx, kind, kind === 'story' ? STYLESHEET : `${cx.base}/stories/${STYLESHEET}`), 404);
}

/** `GET /stories/{id}`: an approved story's own page; and the stylesheet the pages share. */
export function storyPageRoutes(deps: StoryPageDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/stories/style.css', (c) => {
    // Pages link it with its version, so a versioned request may be kept for good.
    const versioned = c.req.query('v') === STORY_PAGE_CSS_VERSION;
    return cachedResponse(
      c,
      { body: STORY_PAGE_CSS, etag: CSS_ETAG, type: 'text/css; charset=utf-8' },
      versioned ? 'public, max-age=31536000, immutable' : PUBLIC_CACHE,
    );
  });

  app.get('/stories/:id', async (c) => {
    const id = c.req.param('id');
    const cx = pageContext(c, deps);
    // Pages carry absolute links and the reader's language: both are part of what is cached.
    const entry = await deps.cache.get(`page|${cx.base}|${cx.locale}|${id}`, HTML, async () => {
      const story = await deps.store.getPublished(id);
      return story ? storyPage(story, permalinkOf(cx.base, story.id), cx, STYLESHEET) : '';
    });
    if (entry.body === '') return htmlNotFound(c, deps, 'story');
    htmlHeaders(c);
    return cachedResponse(c, entry);
  });

  return app;
}
