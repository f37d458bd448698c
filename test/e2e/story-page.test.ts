// A story's page in Chromium, as a reader (and a link-preview crawler) gets it: under its real CSP,
// with hostile story text, in light and dark, at phone width and right to left.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { serve, type ServerType } from '@hono/node-server';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { closeSharedStore, publish, testApp } from '../server/helpers.ts';

const AXE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
// A 1×1 PNG for the story's picture: the page may load pictures from any https: address.
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const SHOTS = process.env.CHORUS_SCREENSHOTS_DIR;

let server: ServerType;
let browser: Browser;
let origin: string;
const ids: Record<string, string> = {};

before(async () => {
  const { app } = await testApp({ title: 'PyLisbon', siteUrl: 'https://pylisbon.example.org/' });
  ids.story = await publish(app, {
    title: 'Our first sprint, and what six people fixed',
    body: [
      'We met on a rainy Saturday.',
      '',
      '## What we fixed',
      '',
      '- the **docs** for the `tutorial` [chapter](https://docs.example.org/tutorial)',
      '- beginners welcome',
      '',
      '> Thanks to everyone who came!',
      '',
      '```python',
      'print("hello, sprint")',
      '```',
      '',
      '![The room at the sprint](https://images.example.org/room.png)',
    ].join('\n'),
    link: 'https://pylisbon.example.org/sprint',
    tags: ['sprint', 'docs'],
  });
  ids.hostile = await publish(app, {
    title: 'Hi </script><script>window.__xss=1</script>',
    body: '<img src=x onerror="window.__xss=1"> [x](javascript:window.__xss=1)\n\n</script><script>window.__xss=1</script>',
    authorName: '<svg onload=window.__xss=1> Eve',
  });
  ids.rtl = await publish(app, { title: 'قصتنا الأولى في الملتقى', body: 'كان يوما جميلا.\n\n- مرحبا بالمبتدئين\n- أجهزة للإعارة', tags: ['arabic'] });
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      origin = `http://127.0.0.1:${info.port}`;
      resolve();
    });
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  await closeSharedStore();
});

interface Visit {
  page: Page;
  problems: string[];
}

async function visit(path: string, options: { width?: number; dark?: boolean; bypassCSP?: boolean } = {}): Promise<Visit> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.dark ? 'dark' : 'light',
    bypassCSP: options.bypassCSP ?? false,
  });
  await context.route('https://images.example.org/**', (route) => route.fulfill({ status: 200, contentType: 'image/png', body: PIXEL }));
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  const response = await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  assert.ok(response, path);
  return { page, problems };
}

async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(),
  )) as { violations: { id: string; nodes: { target: string[] }[] }[] };
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

describe('a story page in Chromium', () => {
  it('loads under its CSP with its stylesheet and picture, and nothing blocked', async () => {
    const { page, problems } = await visit(`/stories/${ids.story}`);
    assert.deepEqual(problems, []);
    const styled = await page.evaluate(() => getComputedStyle(document.querySelector('article')!).borderTopStyle);
    assert.equal(styled, 'solid', 'the stylesheet applies');
    // Pictures load lazily: bring it into view, as a reader scrolling down does.
    await page.locator('.body img').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => (document.querySelector('.body img') as HTMLImageElement).complete);
    assert.equal(await page.evaluate(() => (document.querySelector('.body img') as HTMLImageElement).naturalWidth), 1);
    await shot(page, 'story-page-light');
    await page.context().close();
  });

  it('runs no script from hostile titles, bodies and author names', async () => {
    const { page, problems } = await visit(`/stories/${ids.hostile}`);
    await page.waitForTimeout(100);
    assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
    assert.deepEqual(problems, []);
    assert.equal(await page.locator('h1').textContent(), 'Hi </script><script>window.__xss=1</script>');
    await page.context().close();
  });

  for (const dark of [false, true]) {
    it(`has no axe violations in the ${dark ? 'dark' : 'light'} scheme`, async () => {
      for (const id of [ids.story, ids.rtl]) {
        // axe is injected as a script, which the page's own CSP rightly refuses.
        const { page } = await visit(`/stories/${id}`, { dark, bypassCSP: true });
        assert.deepEqual(await axe(page), []);
        await page.context().close();
      }
    });
  }

  it('fits a 390 px phone without sideways scrolling, and reads at 200 % zoom', async () => {
    for (const width of [390, 640]) {
      const { page } = await visit(`/stories/${ids.story}`, { width, dark: width === 390 });
      // 640 px at 200 % zoom is 1280 px of screen: the page reflows as on a phone.
      if (width === 640) await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${width}px: ${overflow}px too wide`);
      await shot(page, `story-page-${width}`);
      await page.context().close();
    }
  });

  it('lays out a right-to-left story right to left', async () => {
    const { page } = await visit(`/stories/${ids.rtl}`);
    assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('article')!).direction), 'rtl');
    const [article, heading] = await page.evaluate(() =>
      [document.querySelector('article')!, document.querySelector('h1')!].map((el) => el.getBoundingClientRect().right),
    );
    assert.ok(article! - heading! < 60, 'the title starts at the right edge');
    await shot(page, 'story-page-rtl');
    await page.context().close();
  });

  it('shows people a 404 page for a story that is not published', async () => {
    const { page, problems } = await visit('/stories/01900000-0000-7000-8000-000000000000');
    assert.equal(await page.locator('h1').textContent(), 'Story not found');
    // Chromium reports the 404 status itself as a console error; nothing else may show.
    assert.deepEqual(
      problems.filter((problem) => !problem.includes('404')),
      [],
    );
    await page.context().close();
  });
});
