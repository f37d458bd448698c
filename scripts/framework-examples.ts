/**
 * `npm run examples`: the React, Vue and Svelte apps in examples/, as a user would get them.
 * Packs the library (`npm pack`, after `npm run build`), installs the tarball into each app
 * beside the app's own locked dependencies, type-checks it strictly (tsc, vue-tsc with
 * strictTemplates, svelte-check: each app also holds code the typings must reject), builds it
 * with Vite, serves the build on 127.0.0.1 and opens it in Chromium: the feed must upgrade,
 * show `limit` stories in its `layout`, and the app must have handled its `chorus-load` event.
 * Exits non-zero on the first failure. `npm run examples -- react` runs one app.
 */
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { launchChromium } from '../test/support/chromium.ts';

const root = join(import.meta.dirname, '..');
const APPS = ['react', 'vue', 'svelte'] as const;
const only = process.argv.slice(2);
const apps = only.length ? APPS.filter((app) => only.includes(app)) : APPS;
if (apps.length === 0) throw new Error(`Unknown app ${only.join(' ')}: choose from ${APPS.join(', ')}`);

const run = (command: string, args: string[], cwd: string) => {
  console.log(`$ (${cwd.replace(`${root}/`, '')}) ${command} ${args.join(' ')}`);
  execFileSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, NPM_CONFIG_FUND: 'false', NPM_CONFIG_AUDIT: 'false' } });
};

/** Like run(), without waiting: the installs wait on the network, so the three run at once. Output is shown on failure. */
const start = (command: string, args: string[], cwd: string) =>
  new Promise<void>((resolve, reject) => {
    console.log(`$ (${cwd.replace(`${root}/`, '')}) ${command} ${args.join(' ')}`);
    execFile(
      command,
      args,
      { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NPM_CONFIG_FUND: 'false', NPM_CONFIG_AUDIT: 'false' } },
      (error, stdout, stderr) => (error ? reject(new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${stdout}${stderr}`)) : resolve()),
    );
  });

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

/** Serves a built app (its dist/) on a free port; unknown paths get index.html, as a single-page app's host would. */
async function serve(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) file = join(dir, 'index.html');
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const packDir = mkdtempSync(join(tmpdir(), 'chorus-pack-'));
try {
  assert.ok(existsSync(join(root, 'dist/chorus.js')) && existsSync(join(root, 'dist/types/react.d.ts')), 'Run `npm run build` first.');
  run('npm', ['pack', '--pack-destination', packDir, '--silent'], root);
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const tarball = join(packDir, `chorus-widgets-${version}.tgz`);

  // Each app's locked dependencies and the tarball, in one install. The tarball is not in the app's package.json:
  // its lock would pin this build's checksum. A user's app lists `chorus-widgets` there.
  await Promise.all(apps.map((app) => start('npm', ['install', '--no-save', '--no-audit', '--no-fund', tarball], join(root, 'examples', app))));
  for (const app of apps) {
    const cwd = join(root, 'examples', app);
    run('npm', ['run', 'check'], cwd);
    run('npm', ['run', 'build'], cwd);
  }

  const browser = await launchChromium();
  try {
    for (const app of apps) {
      const site = await serve(join(root, 'examples', app, 'dist'));
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      try {
        await page.goto(site.url);
        // The app's own text, set by its typed `chorus-load` handler from the event's detail.
        await page.getByRole('status').filter({ hasText: '2 stories shown' }).waitFor({ timeout: 20_000 });
        const feed = await page.locator('chorus-story-feed').evaluate((element) => ({
          upgraded: element.constructor === customElements.get('chorus-story-feed') && element.shadowRoot !== null,
          limit: (element as HTMLElement & { limit: unknown }).limit,
          layout: element.getAttribute('layout'),
          state: element.getAttribute('state'),
          titles: [...(element.shadowRoot?.querySelectorAll('article h3, article h2') ?? [])].map((heading) => heading.textContent?.trim()),
        }));
        assert.equal(feed.upgraded, true, `${app}: <chorus-story-feed> upgraded`);
        assert.equal(feed.limit, 2, `${app}: limit is set as a number property`);
        assert.equal(feed.layout, 'grid', `${app}: layout is set as an attribute`);
        assert.equal(feed.state, 'ready', `${app}: the feed is ready`);
        assert.deepEqual(feed.titles, ['Our first community sprint', 'How mentoring got me my first contribution'], `${app}: the two newest stories`);
        assert.deepEqual(problems, [], `${app}: no errors in the page`);
        console.log(`ok ${app}: the feed upgraded, showed 2 stories, and the app handled chorus-load`);
      } finally {
        await page.close();
        await site.close();
      }
    }
  } finally {
    await browser.close();
  }
} finally {
  rmSync(packDir, { recursive: true, force: true });
}
