// examples/hugo, examples/jekyll, examples/eleventy: each site builds with its own generator
// (Debian's hugo and jekyll, Eleventy from the example's own package.json), its pages carry the
// script and the elements with their attributes escaped, and the built site works in Chromium
// against the reference server with dist/ served beside it (self-hosting).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../support/chromium.ts';
import { ensureDist, publishStory, ROOT, serveDirectory, settledText, startChorus, watchPage, type Chorus } from './support.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const CDN = 'https://cdn.jsdelivr.net/npm/chorus-widgets@0.1.0/dist/chorus.js';
const ENDPOINT = 'https://stories.example.org/api/v1';
const HOSTILE_TAG = 'workshops" onmouseover="alert(1)';

function run(command: string, args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<string> {
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LANG: 'C.UTF-8', ...options.env };
  return new Promise((resolve, reject) =>
    execFile(command, args, { cwd: options.cwd, env, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) =>
      error ? reject(new Error(`${command} ${args.join(' ')} failed:\n${stdout}${stderr}`)) : resolve(stdout + stderr),
    ),
  );
}

interface Site {
  name: string;
  /** Builds the example into `out` with these Chorus settings. */
  build(out: string, chorus: { endpoint: string; scriptUrl: string }): Promise<void>;
  /** Pages without any Chorus element, which must not load the script. */
  plainPages: string[];
}

const SITES: Site[] = [
  {
    name: 'Hugo',
    plainPages: ['about/index.html'],
    async build(out, chorus) {
      const scratch = mkdtempSync(join(tmpdir(), 'chorus-hugo-cache-'));
      try {
        await run('hugo', ['--source', '.', '--destination', out, '--quiet', '--noBuildLock', '--cacheDir', scratch], {
          cwd: join(ROOT, 'examples/hugo'),
          env: { HUGO_PARAMS_CHORUS_ENDPOINT: chorus.endpoint, HUGO_PARAMS_CHORUS_SCRIPTURL: chorus.scriptUrl, HUGO_RESOURCEDIR: scratch },
        });
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    },
  },
  {
    name: 'Jekyll',
    plainPages: ['about/index.html'],
    async build(out, chorus) {
      // Jekyll merges config files left to right: the site's own, then these settings.
      const scratch = mkdtempSync(join(tmpdir(), 'chorus-jekyll-'));
      const overrides = join(scratch, '_override.yml');
      writeFileSync(overrides, `chorus:\n  endpoint: ${JSON.stringify(chorus.endpoint)}\n  script_url: ${JSON.stringify(chorus.scriptUrl)}\n  integrity: ""\n`);
      try {
        await run('jekyll', ['build', '--source', '.', '--destination', out, '--config', `_config.yml,${overrides}`, '--disable-disk-cache', '--quiet'], {
          cwd: join(ROOT, 'examples/jekyll'),
          env: { JEKYLL_ENV: 'production' },
        });
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    },
  },
  {
    name: 'Eleventy',
    plainPages: [],
    async build(out, chorus) {
      const cwd = join(ROOT, 'examples/eleventy');
      // Its own dependencies, from its own lock (CI installs them; a fresh checkout gets them here).
      if (!existsSync(join(cwd, 'node_modules/.bin/eleventy'))) await run('npm', ['ci', '--no-audit', '--no-fund'], { cwd });
      await run(process.execPath, [join(cwd, 'node_modules/@11ty/eleventy/cmd.cjs'), '--quiet', `--output=${out}`], {
        cwd,
        env: { CHORUS_ENDPOINT: chorus.endpoint, CHORUS_SCRIPT_URL: chorus.scriptUrl },
      });
    },
  },
];

function elements(node: Node, found: Element[] = []): Element[] {
  if ('tagName' in node) found.push(node);
  const children = 'content' in node && node.nodeName === 'template' ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
  for (const child of children) elements(child, found);
  return found;
}

/** A built page as a browser parses it: its elements and their attributes. */
function page(file: string) {
  const all = elements(parse(readFileSync(file, 'utf8')));
  const attrs = (element: Element) => Object.fromEntries(element.attrs.map((attr) => [attr.name, attr.value]));
  const head = all.find((element) => element.tagName === 'head');
  const inHead = head ? elements(head) : [];
  return {
    tags: (name: string) => all.filter((element) => element.tagName === name).map(attrs),
    headScripts: inHead.filter((element) => element.tagName === 'script').map(attrs),
    headMeta: inHead
      .filter((element) => element.tagName === 'meta' && element.attrs.some((attr) => attr.name === 'name' && attr.value === 'chorus-endpoint'))
      .map(attrs),
    chorusTags: all.filter((element) => element.tagName.startsWith('chorus-')).map((element) => element.tagName),
  };
}

describe('the static-site examples (Hugo, Jekyll, Eleventy)', () => {
  for (const site of SITES) {
    describe(site.name, () => {
      let out: string;
      before(async () => {
        out = mkdtempSync(join(tmpdir(), `chorus-${site.name.toLowerCase()}-`));
        await site.build(out, { endpoint: ENDPOINT, scriptUrl: CDN });
      });
      after(() => rmSync(out, { recursive: true, force: true }));

      it('puts the meta endpoint and the module script in the head of pages with an element', () => {
        for (const file of ['index.html', 'workshops/index.html']) {
          const built = page(join(out, file));
          assert.deepEqual(built.headMeta, [{ name: 'chorus-endpoint', content: ENDPOINT }], file);
          assert.deepEqual(built.headScripts, [{ type: 'module', src: CDN, crossorigin: 'anonymous' }], file);
        }
      });

      it('writes each element with the attributes it was given', () => {
        const home = page(join(out, 'index.html'));
        assert.deepEqual(home.chorusTags, ['chorus-story-feed', 'chorus-story-form']);
        const [feed] = home.tags('chorus-story-feed');
        assert.deepEqual({ ...feed, filters: feed?.filters === undefined ? 'missing' : 'present' }, { limit: '5', layout: 'grid', filters: 'present' });
        assert.deepEqual(home.tags('chorus-story-form'), [{ kinds: 'story,event', 'privacy-url': '/privacy/' }]);
        const workshops = page(join(out, 'workshops/index.html'));
        assert.deepEqual(workshops.tags('chorus-membership-card'), [{ layout: 'table', 'join-url': 'https://www.python.org/psf/membership/' }]);
      });

      it('escapes attribute values: a quote in a value stays text, adding no attribute', () => {
        const workshops = page(join(out, 'workshops/index.html'));
        assert.deepEqual(workshops.tags('chorus-story-feed'), [{ tag: HOSTILE_TAG, kind: 'event' }]);
        assert.doesNotMatch(readFileSync(join(out, 'workshops/index.html'), 'utf8'), /tag="workshops" onmouseover/);
      });

      if (site.plainPages.length > 0) {
        it('loads no Chorus script on pages without an element', () => {
          for (const file of site.plainPages) assert.deepEqual(page(join(out, file)).headScripts, [], file);
        });
      }
    });
  }

  describe('in Chromium, self-hosting dist/ beside the built site, against the reference server', () => {
    let chorus: Chorus;
    let browser: Browser;
    let title: string;

    before(async () => {
      ensureDist();
      chorus = await startChorus();
      title = `Static sites, live stories ${Date.now()}`;
      await publishStory(chorus.api, title);
      browser = await launchChromium();
    });

    after(async () => {
      await browser?.close();
      await chorus?.stop();
    });

    for (const site of SITES) {
      it(`${site.name}: the built page shows the server's stories and its form`, async () => {
        const out = mkdtempSync(join(tmpdir(), `chorus-${site.name.toLowerCase()}-live-`));
        const served = await serveDirectory(out, {
          'Content-Security-Policy': `default-src 'self'; connect-src 'self' ${chorus.server.url}; img-src 'self' https: data:`,
        });
        const tab = await browser.newPage();
        try {
          await site.build(out, { endpoint: chorus.api, scriptUrl: '/dist/chorus.js' });
          const { problems } = await watchPage(tab);
          await tab.goto(`${served.url}/`);
          const feed = await settledText(tab, 'chorus-story-feed');
          assert.equal(feed.state, 'ready');
          assert.ok(feed.text.includes(title), `the feed shows "${title}"`);
          assert.equal((await settledText(tab, 'chorus-story-form')).state, 'ready');
          assert.deepEqual(problems, []);
        } finally {
          await tab.close();
          await served.close();
          rmSync(out, { recursive: true, force: true });
        }
      });
    }
  });
});
