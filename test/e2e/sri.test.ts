// dist/sri.json, written by `npm run build`: every script's Subresource Integrity value is the
// hash of the file as built, and Chromium runs chorus.js under its value and refuses it under another.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { ROOT, serveDirectory } from './hosts/support.ts';

const dist = join(ROOT, 'dist');
if (!existsSync(join(dist, 'sri.json'))) execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'inherit' });
const sri = JSON.parse(readFileSync(join(dist, 'sri.json'), 'utf8')) as Record<string, string>;

const page = (integrity: string) => `<!doctype html><html lang="en"><head><title>SRI</title>
<script type="module" src="/dist/chorus.js" integrity="${integrity}" crossorigin="anonymous"></script></head>
<body><chorus-membership-card tier="supporting"></chorus-membership-card></body></html>`;

describe('dist/sri.json', () => {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof serveDirectory>>;
  const pages = mkdtempSync(join(tmpdir(), 'chorus-sri-'));
  before(async () => {
    writeFileSync(join(pages, 'right.html'), page(sri['chorus.js'] ?? ''));
    writeFileSync(join(pages, 'wrong.html'), page(`sha384-${createHash('sha384').update('not chorus.js').digest('base64')}`));
    site = await serveDirectory(pages);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
    rmSync(pages, { recursive: true, force: true });
  });

  it('lists every built script with the sha384 of its bytes', () => {
    const scripts = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.js') && !path.startsWith('types/'));
    assert.ok(scripts.includes('chorus.js') && scripts.includes('chorus.iife.js'));
    assert.deepEqual(Object.keys(sri).sort(), scripts.sort());
    for (const path of scripts) {
      assert.equal(
        sri[path],
        `sha384-${createHash('sha384')
          .update(readFileSync(join(dist, path)))
          .digest('base64')}`,
        path,
      );
    }
  });

  it('lets Chromium run chorus.js under its value, and refuses it under another', async () => {
    const tab = await browser.newPage();
    try {
      await tab.goto(`${site.url}/right.html`);
      await tab.waitForFunction(() => document.querySelector('chorus-membership-card')?.getAttribute('state') === 'ready', undefined, { timeout: 20_000 });

      const errors: string[] = [];
      tab.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await tab.goto(`${site.url}/wrong.html`);
      await tab.waitForLoadState('load');
      assert.ok(
        errors.some((text) => /integrity/i.test(text)),
        `Chromium reports the integrity failure: ${errors.join(' | ')}`,
      );
      assert.equal(await tab.evaluate(() => customElements.get('chorus-membership-card') === undefined), true, 'the element is never defined');
    } finally {
      await tab.close();
    }
  });
});
