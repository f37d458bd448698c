import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { closeSharedStore, testApp } from './helpers.ts';

after(closeSharedStore);

describe('GET /moderate', () => {
  it('serves the moderation queue on the API’s own origin, with a strict policy and nothing cached', async () => {
    const { app } = await testApp({ title: 'PSF stories' });
    const response = await app.request('/moderate');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('Content-Type') ?? '', /^text\/html; charset=utf-8/i);
    assert.equal(response.headers.get('Cache-Control'), 'no-store');
    assert.equal(response.headers.get('Referrer-Policy'), 'no-referrer');
    assert.equal(response.headers.get('X-Frame-Options'), 'DENY');
    const csp = response.headers.get('Content-Security-Policy') ?? '';
    const directives = new Map(
      csp
        .split(';')
        .map((part) => part.trim().split(/\s+/) as [string, ...string[]])
        .map(([name, ...values]) => [name, values]),
    );
    assert.deepEqual(directives.get('default-src'), ["'none'"]);
    assert.deepEqual(directives.get('script-src'), ["'self'"]);
    assert.deepEqual(directives.get('style-src'), ["'self'"]);
    assert.deepEqual(directives.get('connect-src'), ["'self'"]);
    assert.deepEqual(directives.get('frame-ancestors'), ["'none'"]);
    assert.deepEqual(directives.get('base-uri'), ["'none'"]);
    assert.deepEqual(directives.get('require-trusted-types-for'), ["'script'"]);
    assert.equal(csp.includes('unsafe'), false);

    const page = await response.text();
    assert.match(page, /^<!doctype html>\s*<html lang="en">/);
    assert.match(page, /<chorus-moderation-queue><\/chorus-moderation-queue>/);
    assert.match(page, /<meta name="chorus-endpoint" content="api\/v1" \/>/, 'the admin API on this origin, relative so a path prefix works');
    assert.match(page, /<title>Moderation · PSF stories<\/title>/);
    assert.match(page, /<meta name="robots" content="noindex, nofollow" \/>/);
    // No inline script or style, and every script from this origin.
    const scripts = [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    assert.deepEqual(
      scripts.map((match) => [match[1]!.trim(), match[2]]),
      [['type="module" src="dist/chorus.js"', '']],
    );
    assert.equal(/<style|\sstyle=|\son\w+=/i.test(page), false);
    assert.equal(/(src|href)="(https?:)?\/\//.test(page), false, 'nothing from another origin');
  });

  it('speaks the moderator’s language', async () => {
    const { app } = await testApp();
    const response = await app.request('/moderate', { headers: { 'Accept-Language': 'es-ES,es;q=0.9,en;q=0.5' } });
    assert.equal(response.headers.get('Vary'), 'Accept-Language');
    const page = await response.text();
    assert.match(page, /<html lang="es">/);
    assert.match(page, /<h1>Moderación<\/h1>/);
    assert.match(page, /Identifícate con tu token de moderación/);
  });

  it('says clearly that npm run build must run first when the widgets are not built', async () => {
    const { app } = await testApp({ moderatePage: { assetsReady: () => false } });
    const response = await app.request('/moderate');
    assert.equal(response.status, 503);
    assert.equal(response.headers.get('Cache-Control'), 'no-store');
    const page = await response.text();
    assert.match(
      page,
      /<p class="notice" role="alert">The moderation queue is not built yet\. On the server, run npm run build in the Chorus folder, then reload this page\.<\/p>/,
    );
    assert.equal(page.includes('<script'), false);
  });

  it('escapes the site’s name and links back to the site when asked', async () => {
    const { app } = await testApp({ title: 'Stories <b>&</b> "more"', moderatePage: { siteLink: './' } });
    const page = await (await app.request('/moderate')).text();
    assert.match(page, /<p class="site">Stories &lt;b&gt;&amp;&lt;\/b&gt; &quot;more&quot;<\/p>/);
    assert.match(page, /<a href="\.\/">Back to the stories<\/a>/);
  });

  it('sends /moderate.html and /moderate/ to /moderate', async () => {
    const { app } = await testApp();
    for (const path of ['/moderate.html', '/moderate/']) {
      const response = await app.request(path);
      assert.equal(response.status, 301, path);
      assert.equal(new URL(response.headers.get('Location') ?? '', `http://localhost${path}`).pathname, '/moderate');
    }
  });

  it('serves its stylesheet, cacheable and revalidated by ETag', async () => {
    const { app } = await testApp();
    const css = await app.request('/moderate.css');
    assert.equal(css.status, 200);
    assert.match(css.headers.get('Content-Type') ?? '', /^text\/css/);
    assert.match(await css.text(), /prefers-color-scheme: dark/);
    const again = await app.request('/moderate.css', { headers: { 'If-None-Match': css.headers.get('ETag') ?? '' } });
    assert.equal(again.status, 304);
  });
});
