// examples/discourse-theme: its files follow Discourse's theme format (the rules below are
// Discourse's own, from app/models/theme_field.rb, lib/theme_settings_parser.rb,
// app/models/theme_setting.rb and lib/content_security_policy/extension.rb), and its initializer
// mounts the element in Chromium on a page built from recorded Discourse answers, under the
// Content-Security-Policy a forum sends, with a stand-in for the plugin API.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { launchChromium } from '../../support/chromium.ts';
import { publishStory, ROOT, settledText, startChorus, watchPage, type Chorus } from './support.ts';

const THEME = join(ROOT, 'examples/discourse-theme');
const STAND_IN = join(ROOT, 'test/e2e/hosts/discourse-stand-in');
const FIXTURES = join(ROOT, 'test/fixtures/discourse');

function filesIn(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesIn(path) : [relative(THEME, path)];
  });
}

// ThemeField::FILE_MATCHERS: the only files an imported theme turns into fields.
const LOCALES =
  'ar|be|bg|bs_BA|ca|cs|da|de|el|en|en_GB|es|et|fa_IR|fi|fr|gl|he|hr|hu|hy|id|it|ja|ko|lt|lv|nb_NO|nl|pl_PL|pt|pt_BR|ro|ru|sk|sl|sq|sr|sv|sw|te|th|tr_TR|ug|uk|ur|vi|zh_CN|zh_TW';
const THEME_FILES = [
  /^(mobile|desktop|common)\/(head_tag|header|after_header|body_tag|footer)\.html$/,
  /^(mobile|desktop|common)\/\1\.scss$/,
  /^common\/embedded\.scss$/,
  /^common\/color_definitions\.scss$/,
  /^(?:scss|stylesheets)\/.+\.scss$/,
  /^javascripts\/.+$/,
  /^test\/.+$/,
  /^settings\.ya?ml$/,
  new RegExp(`^locales/(?:${LOCALES})\\.yml$`),
  /^migrations\/settings\/[^/]+\.js$/,
];
/** Read by RemoteTheme itself, or ignored by the importer (documentation of the repository). */
const OTHER_FILES = ['about.json', 'README.md', 'LICENSE'];
// ThemeSetting.types
const SETTING_TYPES = ['integer', 'float', 'string', 'bool', 'list', 'enum', 'upload', 'objects'];
// ContentSecurityPolicy::Builder's extendable directives
const EXTENDABLE = ['base_uri', 'frame_ancestors', 'manifest_src', 'object_src', 'script_src', 'worker_src'];

type Setting = { default?: unknown; type?: string; choices?: unknown[]; min?: number; max?: number; list_type?: string };
type Settings = Record<string, string | number | boolean>;

function guessType(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'float';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'bool';
  return undefined;
}

const settingsYml = () => parseYaml(readFileSync(join(THEME, 'settings.yml'), 'utf8')) as Record<string, unknown>;

/** The settings as theme JavaScript sees them: each default, then what the admin changed. */
function themeSettings(overrides: Settings = {}): Settings {
  const values: Settings = {};
  for (const [name, raw] of Object.entries(settingsYml())) {
    values[name] = (raw !== null && typeof raw === 'object' ? (raw as Setting).default : raw) as string | number | boolean;
  }
  return { ...values, ...overrides };
}

/** ContentSecurityPolicy::Extension#build_theme_extension: `directive: source` entries, pipe-separated. */
function cspExtension(value: string): Record<string, string[]> {
  const extension: Record<string, string[]> = {};
  for (const entry of value.split('|').filter(Boolean)) {
    const [directive = '', source = ''] = entry.split(/:(.*)/s).map((part) => part.trim());
    (extension[directive] ??= []).push(source);
  }
  return extension;
}

describe('the Discourse theme component (examples/discourse-theme)', () => {
  describe("follows Discourse's theme format", () => {
    it('has only files Discourse imports (or ignores on purpose)', () => {
      for (const file of filesIn(THEME)) {
        assert.ok(OTHER_FILES.includes(file) || THEME_FILES.some((pattern) => pattern.test(file)), `${file} is not a file Discourse reads from a theme`);
      }
      for (const needed of ['about.json', 'settings.yml', 'locales/en.yml', 'javascripts/discourse/api-initializers/chorus.js']) {
        assert.ok(existsSync(join(THEME, needed)), `${needed} is missing`);
      }
    });

    it('has an about.json Discourse accepts for a component', () => {
      const about = JSON.parse(readFileSync(join(THEME, 'about.json'), 'utf8')) as Record<string, unknown>;
      assert.equal(typeof about.name, 'string');
      assert.ok((about.name as string).length > 0);
      assert.equal(about.component, true, 'a component, not a whole theme');
      assert.match(String(about.theme_version), /^\d+\.\d+\.\d+$/);
      for (const key of ['minimum_discourse_version', 'maximum_discourse_version']) {
        if (about[key] !== null) assert.match(String(about[key]), /^\d+\.\d+\.\d+(\.beta\d+)?$/, key);
      }
      for (const key of ['about_url', 'license_url', 'learn_more']) if (key in about) assert.match(String(about[key]), /^https:\/\//, key);
      assert.deepEqual(about.assets, {});
      assert.equal(typeof about.modifiers, 'object');
      assert.equal('color_schemes' in about, false, 'components have no colour schemes');
    });

    it('declares settings the theme settings parser takes: types, defaults in range, enum defaults among the choices', () => {
      const settings = settingsYml();
      for (const [name, raw] of Object.entries(settings)) {
        assert.match(name, /^[a-z][a-z0-9_]*$/, `${name}: setting names are snake_case`);
        assert.ok(raw !== null && (typeof raw !== 'object' || !Array.isArray(raw)), `${name} is a value or a hash`);
        const setting: Setting = typeof raw === 'object' ? (raw as Setting) : { default: raw };
        const type = setting.type ?? guessType(setting.default);
        assert.ok(type && SETTING_TYPES.includes(type), `${name} has type ${type}`);
        if (type === 'enum') assert.ok(setting.choices?.includes(setting.default), `${name}: its default is one of its choices`);
        if (type === 'integer') {
          assert.ok(Number.isInteger(setting.default), `${name}: an integer default`);
          assert.ok(
            (setting.min ?? -Infinity) <= (setting.default as number) && (setting.default as number) <= (setting.max ?? Infinity),
            `${name}: default in range`,
          );
        }
        if (type === 'list') assert.equal(typeof setting.default, 'string', `${name}: a list is a pipe-separated string`);
      }
      const extension = cspExtension(String((settings.extend_content_security_policy as Setting).default));
      assert.deepEqual(Object.keys(extension), ['script_src']);
      for (const directive of Object.keys(extension)) assert.ok(EXTENDABLE.includes(directive), directive);
      // The script's folder is allowed, so the chunks it loads beside it are too.
      const script = new URL(String((settings.script_url as Setting).default));
      assert.deepEqual(extension.script_src, [script.href.slice(0, script.href.lastIndexOf('/') + 1)]);
    });

    it('describes itself and every setting in locales/en.yml', () => {
      const locale = parseYaml(readFileSync(join(THEME, 'locales/en.yml'), 'utf8')) as {
        en: { theme_metadata: { description: string; settings: Record<string, string> } };
      };
      assert.ok(locale.en.theme_metadata.description.length > 20);
      assert.deepEqual(Object.keys(locale.en.theme_metadata.settings).sort(), Object.keys(settingsYml()).sort());
    });

    it('imports only what a theme can: discourse/lib/api, virtual:theme and its own modules', () => {
      const sources = filesIn(THEME).filter((file) => file.startsWith('javascripts/'));
      for (const file of sources) {
        const code = readFileSync(join(THEME, file), 'utf8');
        for (const [, specifier = ''] of code.matchAll(/^import\s[^'"]*["']([^'"]+)["']/gm)) {
          if (specifier.startsWith('.')) {
            const target = normalize(join(THEME, file, '..', specifier));
            assert.ok(existsSync(target) || existsSync(`${target}.js`), `${file} imports ${specifier}, which is not in the theme`);
          } else {
            assert.ok(['discourse/lib/api', 'virtual:theme'].includes(specifier), `${file} imports ${specifier}`);
          }
        }
      }
      const initializer = readFileSync(join(THEME, 'javascripts/discourse/api-initializers/chorus.js'), 'utf8');
      assert.match(initializer, /^export default apiInitializer\(/m);
    });
  });

  describe('in Chromium, on a forum page built from recorded Discourse answers', () => {
    let chorus: Chorus;
    let browser: Browser;
    let storyTitle: string;

    before(async () => {
      chorus = await startChorus();
      storyTitle = `PyLadies Lagos turns five ${Date.now()}`;
      await publishStory(chorus.api, storyTitle);
      browser = await launchChromium();
    });

    after(async () => {
      await browser?.close();
      await chorus?.stop();
    });

    /** A forum on 127.0.0.1: its page shell, its JSON, the theme's files, and the CSP Discourse would send. */
    async function startForum(settingsFor: (forum: string) => Settings, csp: 'strict-dynamic' | 'allowlist') {
      let settings: Settings = {};
      const nonce = randomBytes(12).toString('base64');
      const policy = () =>
        csp === 'strict-dynamic'
          ? `script-src 'nonce-${nonce}' 'strict-dynamic'; object-src 'none'; base-uri 'none'`
          : `script-src 'self' 'nonce-${nonce}' ${(cspExtension(String(settings.extend_content_security_policy)).script_src ?? []).join(' ')}; object-src 'none'; base-uri 'self'`;
      const latest = JSON.parse(readFileSync(join(FIXTURES, 'latest.json'), 'utf8')) as { topic_list: { topics: { category_id: number }[] } };
      const shell = () => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Forum</title>
<script type="importmap" nonce="${nonce}">{"imports": {"discourse/lib/api": "/stand-in/discourse-api.js", "virtual:theme": "/stand-in/virtual-theme.js"}}</script>
<script type="application/json" id="theme-settings">${JSON.stringify(settings).replace(/</g, '\\u003c')}</script>
<script type="module" nonce="${nonce}" src="/stand-in/app.js"></script>
</head><body><div id="main">
<section id="d-sidebar" class="sidebar-wrapper"><div class="sidebar-sections"></div></section>
<div id="main-outlet" class="wrap"></div>
</div></body></html>`;
      const server: Server = createServer((request, response) => {
        const path = new URL(request.url ?? '/', 'http://localhost').pathname;
        const send = (type: string, body: string | Buffer) => response.writeHead(200, { 'Content-Type': type }).end(body);
        const category = /^\/c\/[^/]+\/(\d+)\.json$/.exec(path);
        if (path.startsWith('/stand-in/')) send('text/javascript', readFileSync(join(STAND_IN, path.slice('/stand-in/'.length))));
        else if (path.startsWith('/theme/')) {
          // Discourse resolves a theme's extensionless imports; so does this server.
          const file = normalize(join(THEME, path.slice('/theme/'.length)));
          const found = [file, `${file}.js`].find((candidate) => candidate.startsWith(THEME) && existsSync(candidate) && statSync(candidate).isFile());
          if (found) send('text/javascript', readFileSync(found));
          else response.writeHead(404).end();
        } else if (path === '/latest.json') send('application/json', JSON.stringify(latest));
        else if (path === '/categories.json') send('application/json', readFileSync(join(FIXTURES, 'categories.json')));
        else if (path === '/t/11.json') send('application/json', readFileSync(join(FIXTURES, 'topic.json')));
        else if (category) {
          const id = Number(category[1]);
          send(
            'application/json',
            JSON.stringify({ ...latest, topic_list: { ...latest.topic_list, topics: latest.topic_list.topics.filter((topic) => topic.category_id === id) } }),
          );
        } else if (path.startsWith('/user_avatar/')) {
          const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>';
          response.writeHead(200, { 'Content-Type': 'image/svg+xml' }).end(svg);
        } else if (path.endsWith('.json')) response.writeHead(404, { 'Content-Type': 'application/json' }).end('{"errors":["not found"]}');
        else response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': policy() }).end(shell());
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      settings = settingsFor(`http://127.0.0.1:${port}`);
      return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
    }

    /** A new tab that counts the forum's page changes (after the theme's own handlers ran). */
    async function openPage() {
      const page = await browser.newPage();
      const { problems } = await watchPage(page);
      await page.addInitScript(() => {
        const changes: string[] = [];
        Object.assign(window, { pageChanges: changes });
        document.addEventListener('stand-in:page-changed', (event) => changes.push((event as CustomEvent<{ url: string }>).detail.url));
      });
      let seen = 0;
      /** Resolves once the next route has rendered and every onPageChange handler has run. */
      const pageChanged = async () => {
        seen += 1;
        await page.waitForFunction((count) => (window as unknown as { pageChanges: string[] }).pageChanges.length >= count, seen);
      };
      return { page, problems, pageChanged };
    }
    const embeds = (page: Page) =>
      page.$$eval('[data-chorus-embed]', (nodes) =>
        nodes.map((node) => ({ placement: node.getAttribute('data-chorus-embed'), parent: node.parentElement?.className ?? node.parentElement?.id })),
      );

    it('mounts the story feed above the topic list on the chosen routes only, under a strict-dynamic CSP', async () => {
      const site = await startForum(
        (forum) => themeSettings({ script_url: `${chorus.server.url}/dist/chorus.js`, feed_source: `discourse:${forum}/c/filler/5`, show_on: '/latest|/c/*' }),
        'strict-dynamic',
      );
      const source = `discourse:${site.url}/c/filler/5`;
      const { page, problems, pageChanged } = await openPage();
      try {
        await page.goto(`${site.url}/latest`);
        await pageChanged();
        const feed = await settledText(page, '#main-outlet chorus-story-feed');
        assert.equal(feed.state, 'ready');
        assert.match(feed.text, /Filler Topic #31/);
        assert.deepEqual(await embeds(page), [{ placement: 'above_topic_list', parent: 'wrap' }]);
        assert.equal(await page.$eval('[data-chorus-embed] + #list-area', () => true), true, 'right before the topic list');
        assert.equal(await page.$eval('[data-chorus-embed] h2', (heading) => heading.textContent), 'Community stories');
        assert.deepEqual(
          await page.$eval('chorus-story-feed', (feed) => [feed.getAttribute('source'), feed.getAttribute('limit'), feed.getAttribute('layout')]),
          [source, '5', 'compact'],
        );

        // A topic page is not in show_on: the element goes; back on a listing, it comes back once.
        await page.click('#list-area a.title[href="/t/filler-topic-31/57"]');
        await pageChanged();
        assert.equal(await page.$eval('#topic-title h1', (h1) => h1.textContent), 'Filler Topic #31');
        assert.deepEqual(await embeds(page), []);
        await page.click('a.sidebar-section-link[href="/c/filler/5"]');
        await pageChanged();
        assert.deepEqual(await embeds(page), [{ placement: 'above_topic_list', parent: 'wrap' }]);
        assert.equal((await settledText(page, '#main-outlet chorus-story-feed')).state, 'ready');
        assert.equal(await page.$$eval('script[src$="/dist/chorus.js"]', (scripts) => scripts.length), 1, 'the script is added once');
        assert.deepEqual(problems, []);
      } finally {
        await page.close();
        await site.close();
      }
    });

    it("mounts the feed in the sidebar on every page, reading the Chorus server, under an allow-list CSP built from the theme's setting", async () => {
      const dist = `${chorus.server.url}/dist/`;
      const site = await startForum(
        () =>
          themeSettings({
            script_url: `${dist}chorus.js`,
            extend_content_security_policy: `script_src: ${dist}`,
            chorus_endpoint: chorus.api,
            placement: 'sidebar',
            show_on: '*',
            heading: 'Stories from our members',
          }),
        'allowlist',
      );
      const { page, problems, pageChanged } = await openPage();
      try {
        await page.goto(`${site.url}/categories`);
        await pageChanged();
        const feed = await settledText(page, '.sidebar-sections chorus-story-feed');
        assert.equal(feed.state, 'ready');
        assert.ok(feed.text.includes(storyTitle), `the sidebar shows "${storyTitle}"`);
        assert.deepEqual(await embeds(page), [{ placement: 'sidebar', parent: 'sidebar-sections' }]);
        assert.equal(await page.$eval('[data-chorus-embed]', (section) => section.getAttribute('aria-labelledby')), 'chorus-embed-heading-sidebar');
        await page.click('.category-box a[href="/c/filler/5"]');
        await pageChanged();
        assert.deepEqual(await embeds(page), [{ placement: 'sidebar', parent: 'sidebar-sections' }], 'still there, once');
        assert.deepEqual(problems, []);
      } finally {
        await page.close();
        await site.close();
      }
    });

    it('shows the chosen element (membership tiers), and settings become text and attributes, never HTML', async () => {
      const dist = `${chorus.server.url}/dist/`;
      const site = await startForum(
        () =>
          themeSettings({
            script_url: `${dist}chorus.js`,
            extend_content_security_policy: `script_src: ${dist}`,
            chorus_endpoint: chorus.api,
            element: 'chorus-membership-card',
            show_on: '/categories',
            heading: '<img src=x onerror="window.pwned=1">Join the PSF',
          }),
        'allowlist',
      );
      const { page, problems, pageChanged } = await openPage();
      try {
        await page.goto(`${site.url}/categories`);
        await pageChanged();
        const card = await settledText(page, '#main-outlet chorus-membership-card');
        assert.equal(card.state, 'ready');
        for (const tier of ['Basic', 'Supporting', 'Contributing', 'Fellow']) assert.match(card.text, new RegExp(tier));
        assert.equal(await page.$eval('[data-chorus-embed] h2', (heading) => heading.textContent), '<img src=x onerror="window.pwned=1">Join the PSF');
        assert.equal(await page.$$eval('[data-chorus-embed] img', (images) => images.length), 0);
        assert.equal(await page.evaluate(() => 'pwned' in window), false);
        assert.deepEqual(problems, []);
      } finally {
        await page.close();
        await site.close();
      }
    });
  });
});
