// examples/django: the template include renders (Django's own tests), and the page works in
// Chromium against the reference server, under the page's own Content-Security-Policy.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../support/chromium.ts';
import { freePort } from '../../server/pg-server.ts';
import { publishStory, ROOT, settledText, startChorus, startHost, watchPage, type Chorus, type HostProcess } from './support.ts';

const PYTHON = '/usr/bin/python3';
const SITE = join(ROOT, 'examples/django');
const pythonEnv = { PYTHONDONTWRITEBYTECODE: '1', PYTHONUNBUFFERED: '1', LANG: 'C.UTF-8' };

describe('the Django example (examples/django)', () => {
  it('passes its own tests: the include, the script tag, the meta endpoint, the CSP, escaping', async () => {
    const output = await new Promise<string>((resolve, reject) =>
      execFile(
        PYTHON,
        ['manage.py', 'test', 'chorus_embed', '-v', '2'],
        { cwd: SITE, env: { PATH: process.env.PATH ?? '', ...pythonEnv } },
        (error, stdout, stderr) => (error ? reject(new Error(`manage.py test failed:\n${stdout}${stderr}`)) : resolve(stdout + stderr)),
      ),
    );
    assert.match(output, /Ran (\d+) tests/);
    assert.ok(Number(/Ran (\d+) tests/.exec(output)?.[1]) >= 8, output);
    assert.match(output, /\nOK\n/);
  });

  describe('in Chromium, against the reference server', () => {
    let chorus: Chorus;
    let django: HostProcess;
    let browser: Browser;
    let site: string;

    before(async () => {
      chorus = await startChorus();
      const port = await freePort();
      site = `http://127.0.0.1:${port}`;
      django = await startHost(PYTHON, ['manage.py', 'runserver', `127.0.0.1:${port}`, '--noreload'], {
        cwd: SITE,
        env: { ...pythonEnv, CHORUS_ENDPOINT: chorus.api, CHORUS_SCRIPT_URL: `${chorus.server.url}/dist/chorus.js` },
        url: `${site}/`,
      });
      browser = await launchChromium();
    });

    after(async () => {
      await browser?.close();
      await django?.stop();
      await chorus?.stop();
    });

    it("shows the server's approved stories in the page's feed, with no CSP violation or error", async () => {
      const title = `Django meetup in Lagos ${Date.now()}`;
      await publishStory(chorus.api, title);
      const page = await browser.newPage();
      const { problems } = await watchPage(page);
      const response = await page.goto(`${site}/`);
      assert.match(response?.headers()['content-security-policy'] ?? '', /script-src 'self' http:\/\/127\.0\.0\.1:\d+/);
      const feed = await settledText(page, 'chorus-story-feed');
      assert.equal(feed.state, 'ready');
      assert.ok(feed.text.includes(title), `the feed shows "${title}":\n${feed.text}`);
      assert.equal(await page.$eval('chorus-story-feed', (element) => element.shadowRoot?.querySelectorAll('[part~="item"]').length ?? 0), 5);
      assert.deepEqual(problems, []);
      await page.close();
    });
  });
});
