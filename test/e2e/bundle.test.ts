// The built files, as a site owner uses them: one script tag on a page with a strict
// Content-Security-Policy and Trusted Types, and host CSS that tries to leak in.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { PSF_TIERS } from '../../src/data/psf-membership.ts';
import { startHost } from './visit.ts';

const root = new URL('../../', import.meta.url).pathname;
const TAGS = ['chorus-story-form', 'chorus-story-feed', 'chorus-membership-card', 'chorus-moderation-queue'];
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html chorus-rich-text";

const page = (script: string, module: boolean) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host page</title>
<meta name="chorus-endpoint" content="/api/v1">
<link rel="stylesheet" href="/host.css">
<script ${module ? 'type="module" ' : ''}src="${script}"></script>
</head><body>
<main>
<chorus-story-form id="form"></chorus-story-form>
<chorus-story-feed loading="eager"></chorus-story-feed>
<chorus-membership-card></chorus-membership-card>
<chorus-moderation-queue></chorus-moderation-queue>
</main></body></html>`;

// A hostile host stylesheet: it must not reach inside the elements' shadow roots.
const HOST_CSS = 'button, input, p, h2, h3, li, label { display: none !important; color: red !important; }';

const api: Record<string, unknown> = {
  '/api/v1/stories': { stories: [], nextCursor: null },
  '/api/v1/membership': { tiers: PSF_TIERS },
};

let browser: Browser;
let base: string;
let stop: (() => Promise<void>) | undefined;

before(async () => {
  ({ base, browser, stop } = await startHost((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const headers = { 'Content-Security-Policy': CSP };
    if (url.pathname === '/esm.html' || url.pathname === '/classic.html') {
      response
        .writeHead(200, { ...headers, 'Content-Type': 'text/html' })
        .end(page(url.pathname === '/esm.html' ? '/dist/chorus.js' : '/dist/chorus.iife.js', url.pathname === '/esm.html'));
    } else if (url.pathname === '/host.css') {
      response.writeHead(200, { 'Content-Type': 'text/css' }).end(HOST_CSS);
    } else if (url.pathname.startsWith('/dist/') && existsSync(`${root}${url.pathname.slice(1)}`)) {
      response.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' }).end(readFileSync(`${root}${url.pathname.slice(1)}`));
    } else if (url.pathname in api) {
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(api[url.pathname]));
    } else {
      response.writeHead(404, { 'Content-Type': 'application/json' }).end('{"error":{"code":"not_found","message":"Not here"}}');
    }
  }));
});

after(() => stop?.());

for (const [name, path] of [
  ['dist/chorus.js as a module', '/esm.html'],
  ['dist/chorus.iife.js as a classic script', '/classic.html'],
] as const) {
  describe(`${name}, under a strict CSP with Trusted Types`, () => {
    it('defines every element, with no CSP violation and no error', { timeout: 60_000 }, async () => {
      const context = await browser.newContext();
      const tab = await context.newPage();
      const problems: string[] = [];
      tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      tab.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });
      await tab.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
      });
      await tab.goto(`${base}${path}`);
      const defined = await tab.evaluate(async (tags) => {
        await Promise.race([Promise.all(tags.map((tag) => customElements.whenDefined(tag))), new Promise((resolve) => setTimeout(resolve, 5000))]);
        return tags.filter((tag) => customElements.get(tag));
      }, TAGS);
      assert.deepEqual(defined, TAGS, problems.join('\n'));
      await tab
        .waitForFunction(() => document.querySelector('chorus-story-feed')?.getAttribute('state') === 'empty', undefined, { timeout: 10_000 })
        .catch(() => assert.fail(`the feed never showed its empty state:\n${problems.join('\n')}`));
      const visible = await tab.evaluate(() => {
        const button = document.querySelector('chorus-story-form')?.shadowRoot?.querySelector('button');
        return button ? getComputedStyle(button).display !== 'none' && getComputedStyle(button).color !== 'rgb(255, 0, 0)' : false;
      });
      assert.equal(visible, true, 'the host page’s CSS reached inside the form');
      assert.deepEqual(
        problems.filter((problem) => !problem.includes('404')),
        [],
      );
      await context.close();
    });
  });
}
