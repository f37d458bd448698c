// The built autoloader (dist/chorus.js) on real pages in Chromium, under a strict
// Content-Security-Policy with Trusted Types: which tags it defines, when, and which
// files each page and each action downloads.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { PSF_TIERS } from '../../src/data/psf-membership.ts';
import { has, hostPage as page, visit as open, type Visit, startHost } from './visit.ts';

const root = new URL('../../', import.meta.url).pathname;
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html chorus-rich-text";

// As a Chorus server sends them: with the plain-text excerpt. The first is long, so it offers "Read more".
const LONG = ' More words in a long story.'.repeat(12);
const story = (n: number) => ({
  id: `s${n}`,
  kind: 'story',
  title: `Story ${n}`,
  body: `A **short** story, number ${n}.${n === 0 ? LONG : ''}`,
  bodyFormat: 'markdown',
  excerpt: n === 0 ? `A short story, number 0.${LONG}`.slice(0, 200).replace(/ \S*$/, '…') : `A short story, number ${n}.`,
  tags: ['community'],
  authorName: 'Ada',
  publishedAt: new Date(Date.UTC(2026, 0, 1) - n * 3_600_000).toISOString(),
  links: [],
});

let browser: Browser;
let base: string;
let stop: (() => Promise<void>) | undefined;
/** Script files held back until the test releases them, by a pattern of their name. */
const held = new Map<RegExp, { requested: () => void; release: Promise<void> }>();

before(async () => {
  ({ base, browser, stop } = await startHost(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/page') {
      // `cdn`: chorus.js comes from another origin (this server under another host name), as from a CDN.
      const cdn = url.searchParams.get('cdn');
      response
        .writeHead(200, { 'Content-Security-Policy': cdn ? CSP.replace("script-src 'self'", `script-src 'self' ${cdn}`) : CSP, 'Content-Type': 'text/html' })
        .end(page(url.searchParams.get('body') ?? '', url.searchParams.get('lang') ?? 'en', cdn ? `${cdn}/dist/chorus.js` : undefined));
    } else if (url.pathname.startsWith('/dist/') && existsSync(`${root}${url.pathname.slice(1)}`)) {
      for (const [pattern, gate] of held) {
        if (!pattern.test(url.pathname)) continue;
        gate.requested();
        await gate.release;
      }
      response.writeHead(200, { 'Content-Type': 'text/javascript', 'Access-Control-Allow-Origin': '*' }).end(readFileSync(`${root}${url.pathname.slice(1)}`));
    } else if (url.pathname === '/api/v1/stories' || url.pathname === '/api/v1/sources/github') {
      const limit = Number(url.searchParams.get('limit') ?? 10);
      response
        .writeHead(200, { 'Content-Type': 'application/json' })
        .end(JSON.stringify({ stories: Array.from({ length: limit }, (_, i) => story(i)), nextCursor: null }));
    } else if (url.pathname === '/api/v1/membership') {
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ tiers: PSF_TIERS }));
    } else response.writeHead(404, { 'Content-Type': 'application/json' }).end('{"error":{"code":"not_found","message":"Not here"}}');
  }));
});

after(() => stop?.());

/** Opens a page; records every script it requests, and every error and CSP violation (a missing favicon is the page's business). */
const visit = (body: string, lang = 'en', cdn?: string, init?: string): Promise<Visit> =>
  open(browser, `${base}/page?${new URLSearchParams({ body, lang, ...(cdn ? { cdn } : {}) })}`, { init });
const WORKER = 'intl-warm.worker-';
const ready = (tab: Page, selector: string) =>
  tab.waitForFunction((s) => [...document.querySelectorAll(s)].every((el) => el.getAttribute('state') === 'ready'), selector, { timeout: 15_000 });

describe('the autoloader (dist/chorus.js) under a strict CSP with Trusted Types', { timeout: 120_000 }, () => {
  it('defines the tags present at load, and downloads only their code', async () => {
    const { tab, scripts, problems, close } = await visit('<chorus-membership-card></chorus-membership-card>');
    await ready(tab, 'chorus-membership-card');
    assert.equal(await tab.locator('chorus-membership-card').getByText('Supporting').first().isVisible(), true);
    assert.ok(has(scripts(), 'membership-card'));
    for (const other of ['story-feed', 'story-form', 'moderation-queue', 'rich-text-tree', 'rich-text', 'psf-membership', 'tier-table'])
      assert.equal(has(scripts(), other), false, `a card-only page downloaded ${other}`);
    assert.equal(has(scripts(), 'locale-match'), false, 'an English page resolves its language without the matcher');
    assert.deepEqual(
      scripts().filter((file) => file.includes('.strings.')),
      [],
      'an English page downloads no other language, nor the list of where the others are',
    );
    assert.deepEqual(problems, []);
    await close();
  });

  it('defines tags added later, anywhere in the page, as a framework adds them', async () => {
    const { tab, scripts, problems, close } = await visit('');
    await tab.waitForFunction(() => document.readyState === 'complete');
    assert.equal(has(scripts(), 'story-feed'), false, 'nothing is downloaded before a tag appears');
    assert.equal(
      scripts().some((file) => file.startsWith(WORKER)),
      false,
      'no formatting worker before a tag appears',
    );
    await tab.evaluate(() => {
      // A subtree built off-page and attached at once, as frameworks do.
      const wrapper = document.createElement('section');
      const feed = document.createElement('chorus-story-feed');
      feed.setAttribute('loading', 'eager');
      wrapper.append(document.createElement('div'));
      wrapper.firstElementChild!.append(feed);
      document.querySelector('main')!.append(wrapper);
    });
    await ready(tab, 'chorus-story-feed');
    assert.equal(await tab.locator('chorus-story-feed article').count(), 10);
    assert.deepEqual(problems, []);
    await close();
  });

  it('downloads an element once for two of the same kind, and both work', async () => {
    const { tab, scripts, problems, close } = await visit(
      '<chorus-story-feed loading="eager" limit="3"></chorus-story-feed><chorus-story-feed loading="eager" limit="2"></chorus-story-feed>',
    );
    await ready(tab, 'chorus-story-feed');
    assert.deepEqual(await tab.$$eval('chorus-story-feed', (feeds) => feeds.map((feed) => feed.shadowRoot!.querySelectorAll('article').length)), [3, 2]);
    assert.equal(scripts().filter((file) => file.startsWith('story-feed-')).length, 1);
    assert.deepEqual(problems, []);
    await close();
  });

  it('never paints an element defined but empty: space a page reserves with :not(:defined) holds until its first render', async () => {
    const { tab, problems, close } = await visit(
      '<chorus-story-feed loading="eager" limit="2"></chorus-story-feed><chorus-story-form></chorus-story-form><chorus-membership-card></chorus-membership-card>',
      'en',
      undefined,
      // At every frame: a Chorus tag that is defined has rendered something.
      `window.__empty = [];
      requestAnimationFrame(function check() {
        for (const el of document.querySelectorAll('chorus-story-feed, chorus-story-form, chorus-membership-card'))
          if (el.matches(':defined') && !el.shadowRoot?.querySelector(':not(style)')) window.__empty.push(el.localName + ' at ' + Math.round(performance.now()) + ' ms');
        requestAnimationFrame(check);
      });`,
    );
    await ready(tab, 'chorus-story-feed, chorus-story-form, chorus-membership-card');
    assert.deepEqual(await tab.evaluate(() => (window as unknown as { __empty: string[] }).__empty), []);
    assert.deepEqual(problems, []);
    await close();
  });

  it('prepares number and date formatting in a worker of its own, once, through its Trusted Types policy', async () => {
    const { tab, scripts, problems, close } = await visit(
      '<chorus-membership-card></chorus-membership-card><chorus-story-feed loading="eager" limit="2"></chorus-story-feed>',
      'de',
    );
    await ready(tab, 'chorus-membership-card, chorus-story-feed');
    assert.equal(scripts().filter((file) => file.startsWith(WORKER)).length, 1);
    // The worker fetched nothing else (it imports nothing), and the page saw no CSP or Trusted Types violation.
    assert.equal(scripts().filter((file) => file.includes('worker')).length, 1);
    // German prices: the amount before the currency sign ("99 $").
    assert.ok(
      await tab
        .locator('chorus-membership-card')
        .getByText(/\d\s\$/)
        .first()
        .isVisible(),
    );
    assert.deepEqual(problems, []);
    await close();
  });

  it('starts no worker when chorus.js comes from another origin (a CDN), and the elements work the same', async () => {
    const cdn = base.replace('127.0.0.1', 'localhost');
    const { tab, scripts, problems, close } = await visit('<chorus-membership-card></chorus-membership-card>', 'en', cdn);
    await ready(tab, 'chorus-membership-card');
    assert.ok(has(scripts(), 'membership-card'), 'the element came from the other origin');
    assert.equal(
      scripts().some((file) => file.startsWith(WORKER)),
      false,
      'a worker must come from the page’s origin',
    );
    assert.deepEqual(problems, []);
    await close();
  });

  it('copes with an element removed before its code arrives, and upgrades it when it comes back', async () => {
    let requested = () => {};
    let release = () => {};
    const arrived = new Promise<void>((resolve) => (requested = resolve));
    held.set(/\/story-form-[\w-]{8}\.js$/, { requested: () => requested(), release: new Promise<void>((resolve) => (release = resolve)) });
    try {
      const { tab, problems, close } = await visit('<chorus-story-form id="late"></chorus-story-form>');
      await arrived;
      const kept = await tab.evaluateHandle(() => {
        const form = document.getElementById('late')!;
        form.remove();
        return form;
      });
      release();
      await tab.waitForFunction(() => customElements.get('chorus-story-form') !== undefined);
      assert.equal(await tab.evaluate((form) => (form as Element).shadowRoot, kept), null, 'a removed element is not upgraded while out of the page');
      await tab.evaluate((form) => document.querySelector('main')!.append(form as Element), kept);
      await ready(tab, '#late');
      assert.equal(await tab.locator('#late').getByRole('button', { name: 'Send story' }).isVisible(), true);
      assert.deepEqual(problems, []);
      await close();
    } finally {
      held.clear();
    }
  });

  describe('code that loads only once someone acts', () => {
    it('the form fetches its validation when someone types, and the Markdown renderer when they open Preview', async () => {
      const { tab, scripts, problems, close } = await visit('<chorus-story-form></chorus-story-form>');
      await ready(tab, 'chorus-story-form');
      assert.equal(has(scripts(), 'story-form.validation'), false);
      assert.equal(has(scripts(), 'client'), false, 'the HTTP client waits for someone to type');
      await tab.locator('chorus-story-form').getByLabel('Title').fill('My story');
      await tab.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => /story-form\.validation-/.test(entry.name)));
      assert.ok(has(scripts(), 'client'));
      assert.equal(has(scripts(), 'rich-text'), false);
      await tab.locator('chorus-story-form textarea#body').fill('**Bold** words');
      await tab.locator('chorus-story-form').getByRole('tab', { name: 'Preview' }).click();
      await tab.locator('chorus-story-form [part="preview"] strong').waitFor();
      assert.ok(has(scripts(), 'rich-text'));
      assert.deepEqual(problems, []);
      await close();
    });

    it('a Spanish page fetches the Spanish words of the elements it shows, through each one’s list of languages, and no others', async () => {
      const { tab, scripts, problems, close } = await visit('<chorus-membership-card></chorus-membership-card>', 'es');
      await ready(tab, 'chorus-membership-card');
      assert.equal(await tab.locator('chorus-membership-card h2').textContent(), 'Membresía');
      assert.ok(has(scripts(), 'membership-card.strings.locales'));
      assert.ok(has(scripts(), 'membership-card.strings.es'));
      assert.equal(has(scripts(), 'locale-match'), false, 'Spanish, a language Chorus has, resolves without the matcher');
      for (const other of ['story-form.strings', 'story-feed.strings', 'moderation-queue.strings'])
        for (const file of [`${other}.es`, `${other}.locales`]) assert.equal(has(scripts(), file), false, `downloaded ${file}`);
      assert.deepEqual(problems, []);
      await close();
    });

    it('a Spanish page shows every element in Spanish, the form, the feed and the card together', async () => {
      const { tab, scripts, problems, close } = await visit(
        '<chorus-story-form></chorus-story-form><chorus-story-feed loading="eager" limit="3"></chorus-story-feed><chorus-membership-card></chorus-membership-card>',
        'es',
      );
      await ready(tab, 'chorus-story-form, chorus-story-feed, chorus-membership-card');
      assert.equal(await tab.locator('chorus-story-form').getByRole('tab', { name: 'Vista previa' }).count(), 1);
      assert.equal(await tab.locator('chorus-story-feed').getByRole('feed', { name: 'Historias de la comunidad' }).count(), 1);
      assert.equal(await tab.locator('chorus-membership-card h2').textContent(), 'Membresía');
      for (const table of ['story-form', 'story-feed', 'membership-card'])
        for (const file of [`${table}.strings.locales`, `${table}.strings.es`]) assert.ok(has(scripts(), file), `did not download ${file}`);
      assert.equal(
        scripts().some((file) => file.includes('.strings.') && !/\.strings\.(es|locales)-/.test(file)),
        false,
        'downloaded another language',
      );
      assert.deepEqual(problems, []);
      await close();
    });

    it('a feed on a Chorus server shows the server’s excerpts, and fetches the Markdown renderer on the first "Read more"', async () => {
      const { tab, scripts, problems, close } = await visit('<chorus-story-feed loading="eager" limit="3"></chorus-story-feed>');
      await ready(tab, 'chorus-story-feed');
      const feed = tab.locator('chorus-story-feed');
      assert.equal(await feed.locator('article').nth(1).locator('[part="body"]').textContent(), 'A short story, number 1.');
      for (const parser of ['rich-text', 'rich-text-tree']) assert.equal(has(scripts(), parser), false, `downloaded ${parser} at first paint`);
      await feed
        .locator('article')
        .first()
        .getByRole('button', { name: /Read more/ })
        .click();
      await feed.locator('article').first().locator('[part="body"] strong').waitFor();
      assert.ok(has(scripts(), 'rich-text'));
      assert.deepEqual(problems, []);
      await close();
    });

    it('a feed fetches a source’s code only when it uses that source, and the virtualizer only past 300 stories', async () => {
      const short = await visit('<chorus-story-feed loading="eager"></chorus-story-feed>');
      await ready(short.tab, 'chorus-story-feed');
      for (const other of ['github', 'discourse', 'static-json', 'virtualize']) assert.equal(has(short.scripts(), other), false, `downloaded ${other}`);
      await short.close();

      const github = await visit('<chorus-story-feed loading="eager" source="github:python/community" via="/api/v1"></chorus-story-feed>');
      await ready(github.tab, 'chorus-story-feed');
      assert.ok(has(github.scripts(), 'github'));
      assert.equal(has(github.scripts(), 'discourse'), false);
      assert.deepEqual(github.problems, []);
      await github.close();

      const long = await visit('<chorus-story-feed loading="eager" limit="400"></chorus-story-feed>');
      await ready(long.tab, 'chorus-story-feed');
      await long.tab.waitForFunction(() => document.querySelector('chorus-story-feed')!.shadowRoot!.querySelector('.feed.virtual'));
      assert.ok(has(long.scripts(), 'virtualize'));
      await long.close();
    });
  });
});
