// `npm run screenshots`: starts the demo server and writes a PNG of each element as the demo shows it
// (the feed, the form and the membership card from /, the moderation queue from /moderate signed in
// with the demo's owner token) at 1280 px and 390 px, light and dark, and the form and the card in
// Arabic, Japanese and German at 390 px (only those: `npm run screenshots -- languages`), to docs/screenshots/.
// Expects dist/ to be built (`npm run build`), and a Japanese font (Debian: fonts-ipafont-gothic or fonts-noto-cjk).
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../test/support/chromium.ts';
import { DEMO_ADMIN_TOKEN, startDemo } from './demo-page.ts';

const OUT = new URL('../docs/screenshots/', import.meta.url).pathname;
const WIDTHS = [1280, 390] as const;
const SCHEMES = ['light', 'dark'] as const;

/** Waits until a custom element is defined and its shadow root holds `selector`. */
async function ready(page: Page, tag: string, selector: string): Promise<void> {
  await page.waitForFunction(
    ({ tag, selector }) => Boolean(customElements.get(tag) && document.querySelector(tag)?.shadowRoot?.querySelector(selector)),
    { tag, selector },
    { timeout: 30_000 },
  );
}

async function shoot(browser: Browser, base: string, width: number, scheme: 'light' | 'dark'): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, reducedMotion: 'reduce', deviceScaleFactor: 1 });
  const written: string[] = [];
  try {
    const page = await context.newPage();
    await page.goto(`${base}/`, { waitUntil: 'networkidle' });
    await ready(page, 'chorus-story-feed', 'article');
    await ready(page, 'chorus-story-form', 'form');
    await ready(page, 'chorus-membership-card', '[part~="tier"], article, li');
    // An element that loads near the viewport (the poll) starts once scrolled to.
    for (const element of await page.locator('chorus-poll').all()) await element.scrollIntoViewIfNeeded();
    // Every other element (a poll, when the page has one) has settled: its `state` is no longer `loading`.
    await page.waitForFunction(() => [...document.querySelectorAll('[state]')].every((element) => element.getAttribute('state') !== 'loading'), undefined, {
      timeout: 30_000,
    });
    await page.evaluate(() => document.fonts.ready);
    for (const [tag, name] of [
      ['chorus-story-feed', 'story-feed'],
      ['chorus-story-form', 'story-form'],
      ['chorus-membership-card', 'membership-card'],
      ['chorus-poll', 'poll'],
    ] as const) {
      const element = page.locator(tag).first();
      if ((await element.count()) === 0) continue;
      const file = `${name}-${width}-${scheme}.png`;
      await element.screenshot({ path: OUT + file, animations: 'disabled' });
      written.push(file);
    }

    await page.goto(`${base}/moderate`, { waitUntil: 'networkidle' });
    const queue = page.locator('chorus-moderation-queue');
    await queue.getByLabel('Admin token').fill(DEMO_ADMIN_TOKEN);
    await queue.getByRole('button', { name: 'Sign in' }).click();
    await queue.getByRole('article').first().waitFor({ timeout: 30_000 });
    const file = `moderation-queue-${width}-${scheme}.png`;
    await queue.screenshot({ path: OUT + file, animations: 'disabled' });
    written.push(file);
  } finally {
    await context.close();
  }
  return written;
}

/** Languages the form and the card are shown in: one right to left, one without spaces, one long-worded. */
const LANGUAGES = ['ar', 'ja', 'de'] as const;

/** The form and the card with the demo page switched to `lang`, once both show that language's words. */
async function shootLanguage(browser: Browser, base: string, lang: (typeof LANGUAGES)[number]): Promise<string[]> {
  const form = ((await import(`../src/elements/story-form/story-form.strings.${lang}.ts`)) as { default: { submit: string } }).default;
  const psf = ((await import(`../src/data/psf-membership.${lang}.ts`)) as { default: Record<string, string> }).default;
  const context = await browser.newContext({ viewport: { width: 390, height: 900 }, colorScheme: 'light', reducedMotion: 'reduce', deviceScaleFactor: 1 });
  const written: string[] = [];
  try {
    const page = await context.newPage();
    // The demo page as a site in that language serves it: `<html lang="…">` from the start.
    await page.route(`${base}/`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace('<html lang="en">', `<html lang="${lang}">`) });
    });
    await page.goto(`${base}/`, { waitUntil: 'networkidle' });
    await ready(page, 'chorus-story-form', 'form');
    await ready(page, 'chorus-membership-card', '[part~="tier"], article, li');
    await page.waitForFunction(
      ({ submit, tier }) =>
        document.querySelector('chorus-story-form')?.shadowRoot?.querySelector('[part="submit-button"]')?.textContent?.trim() === submit &&
        [...(document.querySelector('chorus-membership-card')?.shadowRoot?.querySelectorAll('[part~="name"]') ?? [])].some(
          (name) => name.textContent?.trim() === tier,
        ),
      { submit: form.submit, tier: psf['supporting.name'] },
      { timeout: 30_000 },
    );
    // The demo page's own intro above the form is the site's English, not Chorus's words: left out.
    await page.evaluate(() => document.querySelectorAll('chorus-story-form > [slot="intro"]').forEach((intro) => intro.remove()));
    await page.evaluate(() => document.fonts.ready);
    for (const [tag, name] of [
      ['chorus-story-form', 'story-form'],
      ['chorus-membership-card', 'membership-card'],
    ] as const) {
      const file = `${name}-${lang}.png`;
      await page
        .locator(tag)
        .first()
        .screenshot({ path: OUT + file, animations: 'disabled' });
      written.push(file);
    }
  } finally {
    await context.close();
  }
  return written;
}

// `npm run screenshots -- languages` shoots only the form and the card in each language.
const onlyLanguages = process.argv[2] === 'languages';
mkdirSync(OUT, { recursive: true });
const demo = await startDemo();
const browser = await launchChromium();
try {
  if (!onlyLanguages)
    for (const width of WIDTHS)
      for (const scheme of SCHEMES) for (const file of await shoot(browser, demo.url, width, scheme)) console.log(`docs/screenshots/${file}`);
  for (const lang of LANGUAGES) for (const file of await shootLanguage(browser, demo.url, lang)) console.log(`docs/screenshots/${file}`);
} finally {
  await browser.close();
  await demo.stop();
}
