/**
 * `GET /moderate`: the moderation page, served by the server itself in every
 * mode, on the same origin as the admin API it talks to. It is a plain page
 * around `<chorus-moderation-queue>`, loaded from the built `/dist/`, with a
 * strict Content-Security-Policy: scripts and styles from this origin only,
 * nothing inline, no framing, Trusted Types for the DOM sinks. Every URL in it
 * is relative, so it also works under a path prefix (`https://example.org/chorus/moderate`).
 */
import { Hono } from 'hono';
import { html } from 'hono/html';
import { etagOf, matchesEtag, type AppEnv } from '../http.ts';
import { messages } from '../messages.ts';

export interface ModeratePageOptions {
  /** Whether `dist/chorus.js` exists (main.ts looks on disk); without it the page says to run `npm run build`. */
  assetsReady?: () => boolean;
  /** The name of the site, shown above the queue. */
  title: string;
  /** A link back to the stories (the demo's home page). */
  siteLink?: string | undefined;
}

/** The page's policy; the Trusted Types policy names are the ones the built bundle creates (test/e2e/bundle.test.ts). */
export const MODERATE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' https: data:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html chorus-rich-text',
].join('; ');

/** The page's own styles: the element styles itself; this only lays out the page around it. */
export const MODERATE_CSS = `:root {
  color-scheme: light dark;
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  line-height: 1.5;
  --page-text: #1a1a1a;
  --page-muted: #4a4a4a;
  --page-surface: #ffffff;
  --page-line: #d0d0d0;
  --page-link: #0b57d0;
}
@media (prefers-color-scheme: dark) {
  :root {
    --page-text: #f0f0f0;
    --page-muted: #c8c8c8;
    --page-surface: #161616;
    --page-line: #444444;
    --page-link: #8ab4f8;
  }
}
body {
  margin: 0;
  background: var(--page-surface);
  color: var(--page-text);
}
header,
main {
  box-sizing: border-box;
  max-width: 60rem;
  margin-inline: auto;
  padding-inline: 1rem;
}
header {
  display: flex;
  flex-wrap: wrap;
  gap: 0.5rem 1.5rem;
  align-items: baseline;
  justify-content: space-between;
  padding-block: 1rem;
  border-block-end: 1px solid var(--page-line);
}
.site {
  margin: 0;
  font-weight: 600;
}
a {
  color: var(--page-link);
}
a:focus-visible {
  outline: 3px solid currentColor;
  outline-offset: 2px;
}
h1 {
  font-size: 1.75rem;
  margin-block: 1.5rem 0.5rem;
}
.intro,
.notice {
  color: var(--page-muted);
  max-width: 45rem;
}
.notice {
  padding: 1rem;
  border: 2px solid currentColor;
  border-radius: 0.5rem;
  color: var(--page-text);
}
chorus-moderation-queue {
  display: block;
  margin-block: 1.5rem 3rem;
  min-height: 20rem;
}
`;

const CSS_ETAG = etagOf(MODERATE_CSS);

/** The page's security headers: never cached, never framed, never telling another site where a moderator came from. */
const PAGE_HEADERS = {
  'Content-Security-Policy': MODERATE_CSP,
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  Vary: 'Accept-Language',
};

export function moderatePageRoutes(options: ModeratePageOptions): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/moderate', (c) => {
    const locale = c.get('locale');
    const t = messages(locale);
    const ready = options.assetsReady?.() ?? true;
    const page = html`<!doctype html>
      <html lang="${locale}">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="robots" content="noindex, nofollow" />
          <title>${t('pageTitle')} · ${options.title}</title>
          <meta name="chorus-endpoint" content="api/v1" />
          <link rel="icon" href="data:," />
          <link rel="stylesheet" href="moderate.css" />
          ${ready ? html`<script type="module" src="dist/chorus.js"></script>` : ''}
        </head>
        <body>
          <header>
            <p class="site">${options.title}</p>
            ${options.siteLink ? html`<a href="${options.siteLink}">${t('pageBackToSite')}</a>` : ''}
          </header>
          <main>
            <h1>${t('pageTitle')}</h1>
            ${
              ready
                ? html`<p class="intro">${t('pageIntro')}</p>
                    <noscript><p class="notice">${t('pageNoScript')}</p></noscript>
                    <chorus-moderation-queue></chorus-moderation-queue>`
                : html`<p class="notice" role="alert">${t('pageNotBuilt')}</p>`
            }
          </main>
        </body>
      </html> `;
    return c.html(page, ready ? 200 : 503, PAGE_HEADERS);
  });

  // Every way of asking for the page leads to the one address (the demo linked to /moderate.html).
  for (const alias of ['/moderate/', '/moderate.html']) app.get(alias, (c) => c.redirect(alias === '/moderate/' ? '../moderate' : 'moderate', 301));

  app.get('/moderate.css', (c) => {
    c.header('ETag', CSS_ETAG);
    c.header('Cache-Control', 'public, max-age=3600');
    if (matchesEtag(c.req.header('If-None-Match'), CSS_ETAG)) return c.body(null, 304);
    c.header('Content-Type', 'text/css; charset=utf-8');
    return c.body(MODERATE_CSS);
  });

  return app;
}
