// The built story form in Chromium, pressed with a real mouse at 1280 px and tapped with a
// touch screen at 390 px: after an error, each press must land on what was under the pointer
// when it went down (nothing may move or be replaced between pointer-down and click).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import { startHost } from './visit.ts';

const root = new URL('../../', import.meta.url).pathname;
// Without scroll anchoring (Safari has none; Chromium's does not step in near the top of a page
// or when the change is inside the anchor), so content that moves is seen to move.
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Form</title><style>html { overflow-anchor: none }</style><script type="module" src="/dist/chorus.js"></script></head>
<body><main><h1>Share your story</h1><chorus-story-form endpoint="/api/v1" kinds="story"></chorus-story-form><section style="block-size: 150vh">More of the page after the form.</section></main></body></html>`;

let browser: Browser;
let base: string;
let stop: (() => Promise<void>) | undefined;

before(async () => {
  ({ base, browser, stop } = await startHost((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/') response.writeHead(200, { 'Content-Type': 'text/html' }).end(PAGE);
    else if (path.startsWith('/dist/') && existsSync(`${root}${path.slice(1)}`))
      response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(readFileSync(`${root}${path.slice(1)}`));
    else response.writeHead(404).end();
  }));
});

after(() => stop?.());

type Press = (target: Locator) => Promise<void>;

async function open(touch: boolean): Promise<{ tab: Page; sent: unknown[]; press: Press; close: () => Promise<void> }> {
  const context = await browser.newContext(
    touch ? { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true } : { viewport: { width: 1280, height: 900 } },
  );
  const tab = await context.newPage();
  const sent: unknown[] = [];
  await tab.route('**/api/v1/stories', async (route) => {
    sent.push(route.request().postDataJSON());
    await route.fulfill({ status: 201, contentType: 'application/json', body: JSON.stringify({ id: 's1', status: 'pending' }) });
  });
  await tab.goto(base);
  await tab.waitForFunction(() => document.querySelector('chorus-story-form')?.getAttribute('state') === 'ready');
  // A real press at the middle of the element's box as it is when the pointer goes down.
  const press: Press = async (target) => {
    await target.scrollIntoViewIfNeeded();
    const box = await target.boundingBox();
    assert.ok(box, 'the target is on screen');
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    if (touch) await tab.touchscreen.tap(x, y);
    else {
      await tab.mouse.move(x, y);
      await tab.mouse.down();
      await tab.mouse.up();
    }
  };
  return { tab, sent, press, close: () => context.close() };
}

for (const touch of [false, true]) {
  describe(`the story form after an error, ${touch ? 'tapped at 390 px' : 'clicked with a mouse at 1280 px'}`, { timeout: 60_000 }, () => {
    it('ticks consent and sends with the first press', async () => {
      const { tab, sent, press, close } = await open(touch);
      const form = tab.locator('chorus-story-form');
      const send = form.locator('[part="submit-button"]');
      await press(send);
      await form.locator('[part="error-summary"]').waitFor();
      assert.equal(sent.length, 0);

      for (const [name, text] of [
        ['title', 'My first sprint'],
        ['body', 'It was great.'],
        ['authorName', 'Ada'],
      ] as const) {
        await press(form.locator(`[name="${name}"]`));
        await tab.keyboard.type(text);
      }
      // Straight from the name field, whose error is now out of date.
      await press(form.locator('#consent'));
      assert.equal(await form.locator('#consent').isChecked(), true, 'the first press ticks consent');

      await press(send);
      await tab.waitForFunction(() => document.querySelector('chorus-story-form')?.shadowRoot?.querySelector('[part="success"]'), null, { timeout: 5000 });
      assert.equal(sent.length, 1, 'the first press sends the story');
      assert.deepEqual((sent[0] as { title: string }).title, 'My first sprint');
      await close();
    });

    it('still judges a field left for another, once the press is over', async () => {
      const { tab, press, close } = await open(touch);
      const form = tab.locator('chorus-story-form');
      await press(form.locator('[name="link"]'));
      await tab.keyboard.type('not a link');
      await press(form.locator('[name="region"]'));
      await form.locator('#link-error').waitFor({ timeout: 5000 });
      assert.equal(await tab.evaluate(() => document.querySelector('chorus-story-form')?.shadowRoot?.activeElement?.id), 'region');
      await close();
    });
  });
}
