import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { connect } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { postgresAvailability, type PgServer } from '../server/pg-server.ts';
import { failedStart, startServer, type RunningServer } from './server-process.ts';

const dirs: string[] = [];
const running: RunningServer[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'chorus-e2e-'));
  dirs.push(dir);
  return dir;
}
let postgres: PgServer | undefined;
after(async () => {
  for (const server of running) server.process.kill('SIGKILL');
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  await postgres?.stop();
});

async function start(env: Record<string, string>, args: string[] = []) {
  const server = await startServer(env, args);
  running.push(server);
  return server;
}

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const DIST = fileURLToPath(new URL('../../dist/chorus.js', import.meta.url));

/**
 * The demo page in Chromium under its real CSP: the built widgets load, the
 * feed and the membership card show the server's data, and nothing is blocked.
 * Needs `npm run build` first; skipped (with a note) without dist/ or Chromium.
 */
async function checkInBrowser(url: string) {
  if (!existsSync(DIST) || !existsSync(CHROMIUM)) {
    console.log(`# demo page not opened in a browser: needs ${existsSync(DIST) ? CHROMIUM : 'npm run build'}`);
    return;
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${url}/`, { waitUntil: 'networkidle' });
    await page.locator('chorus-story-feed[state="ready"]').waitFor({ timeout: 15_000 });
    await page.locator('chorus-membership-card[state="ready"]').waitFor({ timeout: 15_000 });
    // Locators pierce shadow roots: these are the words a reader sees.
    await page.locator('chorus-story-feed').getByText('How a Python study group changed our town library').first().waitFor({ timeout: 5000 });
    await page.locator('chorus-membership-card').getByText('Supporting').first().waitFor({ timeout: 5000 });
    assert.deepEqual(problems, [], 'no script errors and no CSP violations');
  } finally {
    await browser.close();
  }
}

const submission = {
  kind: 'story',
  title: 'Survives a crash',
  body: 'Written just before the power went out.',
  authorName: 'Grace',
  authorEmail: 'grace.private@example.org',
  consent: true,
  startedAt: Date.now() - 60_000,
};

describe('the server process', { timeout: 600_000 }, () => {
  it('keeps a story it answered 202 for through kill -9, prints a generated admin token once, and finishes a request in flight on SIGTERM', async () => {
    const dataDir = join(tempDir(), 'data');
    const first = await start({ CHORUS_DATA_DIR: dataDir, CHORUS_RATE_LIMIT: '0' });
    const token = /^ {4}(\S{40,})$/m.exec(first.stderr())?.[1];
    assert.ok(token, `no admin token printed:\n${first.stderr()}`);
    assert.equal(first.stdout().includes(token), false, 'the token must not be in the JSON log');

    const response = await fetch(`${first.url}/api/v1/stories`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'crash-test' },
      body: JSON.stringify(submission),
    });
    assert.equal(response.status, 202);
    const { id } = (await response.json()) as { id: string };
    // More writes right before the kill: stories without a key, and an approval.
    const others: string[] = [];
    for (let i = 0; i < 4; i++) {
      const sent = await fetch(`${first.url}/api/v1/stories`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ...submission, title: `Also kept ${i}` }),
      });
      assert.equal(sent.status, 202);
      others.push(((await sent.json()) as { id: string }).id);
    }
    const approved = await fetch(`${first.url}/api/v1/admin/stories/${others[3]}/approve`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
    assert.equal(approved.status, 200);
    first.process.kill('SIGKILL');
    assert.equal(await first.exited, 'SIGKILL');
    assert.equal(first.stdout().includes('grace.private@example.org'), false, 'no e-mail in the logs');

    const second = await start({ CHORUS_DATA_DIR: dataDir });
    assert.equal(second.stderr().includes(token), false, 'the token is printed only once');
    const queue = await fetch(`${second.url}/api/v1/admin/stories?status=pending`, { headers: { Authorization: `Bearer ${token}` } });
    assert.equal(queue.status, 200);
    const { stories } = (await queue.json()) as { stories: { id: string; title: string }[] };
    assert.deepEqual(
      stories.map((story) => [story.id, story.title]).sort(),
      [
        [id, 'Survives a crash'],
        [others[0], 'Also kept 0'],
        [others[1], 'Also kept 1'],
        [others[2], 'Also kept 2'],
      ].sort(),
    );
    assert.equal((await fetch(`${second.url}/api/v1/stories/${others[3]}`)).status, 200, 'the approval survived too');
    // The replay after the crash still finds the first answer.
    const replay = await fetch(`${second.url}/api/v1/stories`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'crash-test' },
      body: JSON.stringify(submission),
    });
    assert.deepEqual(await replay.json(), { id, status: 'pending' });

    // A submission whose body is still arriving when SIGTERM comes is finished, then the server exits.
    const port = Number(new URL(second.url).port);
    const socket = connect(port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    const body = JSON.stringify({ ...submission, title: 'Sent during shutdown' });
    socket.write(
      `POST /api/v1/stories HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n`,
    );
    socket.write(body.slice(0, 20));
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    const closed = new Promise((resolve) => socket.once('close', resolve));
    await new Promise((resolve) => setTimeout(resolve, 300));
    second.process.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    socket.end(body.slice(20));
    await closed;
    assert.match(answer, /^HTTP\/1.1 202/);
    assert.equal(await second.exited, 0);
    assert.match(second.stdout(), /"msg":"stopped"/);
  });

  it('serves the demo page, whose widgets work in Chromium under a strict CSP, and seeds sample stories on the first start only', async () => {
    const env = { CHORUS_DATA_DIR: join(tempDir(), 'data'), CHORUS_ADMIN_TOKEN: 'e2e-admin-token-0123456789abcdef' };
    const count = async (url: string) => ((await (await fetch(`${url}/api/v1/stories?limit=100`)).json()) as { stories: unknown[] }).stories.length;
    const first = await start(env, ['--demo']);
    const approved = await count(first.url);
    assert.ok(approved >= 20, `only ${approved} approved sample stories`);
    const pending = (await (await fetch(`${first.url}/api/v1/admin/stories`, { headers: { Authorization: `Bearer ${env.CHORUS_ADMIN_TOKEN}` } })).json()) as {
      stories: unknown[];
    };
    assert.ok(pending.stories.length >= 2, 'a few pending stories for the moderation page');
    const page = await fetch(`${first.url}/`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('Content-Security-Policy') ?? '', /script-src 'self'/);
    const html = await page.text();
    for (const tag of ['<chorus-story-form', '<chorus-story-feed', '<chorus-membership-card', '/dist/chorus.js', 'href="/moderate"'])
      assert.ok(html.includes(tag), tag);
    const moderate = await fetch(`${first.url}/moderate.html`);
    assert.equal(moderate.url, `${first.url}/moderate`);
    assert.equal(moderate.status, existsSync(DIST) ? 200 : 503);
    await checkInBrowser(first.url);
    first.process.kill('SIGTERM');
    assert.equal(await first.exited, 0);

    const second = await start(env, ['--demo']);
    assert.equal(await count(second.url), approved);
    second.process.kill('SIGTERM');
    assert.equal(await second.exited, 0);
  });

  it('serves the built widgets at /dist/ in every mode, compressed, hashed chunks cached for a year', async () => {
    if (!existsSync(DIST)) execFileSync(process.execPath, [fileURLToPath(new URL('../../scripts/build.mjs', import.meta.url))], { stdio: 'inherit' });
    const server = await start({ CHORUS_DATA_DIR: join(tempDir(), 'data') });
    const entry = await fetch(`${server.url}/dist/chorus.js`, { headers: { 'Accept-Encoding': 'br' } });
    assert.equal(entry.status, 200);
    assert.equal(entry.headers.get('Content-Encoding'), 'br');
    assert.equal(entry.headers.get('Cache-Control'), 'public, max-age=300, must-revalidate');
    // fetch() decodes brotli itself: the text is the module, importing its chunks by relative, hashed names.
    const chunk = /import\(`\.\/([\w.-]+-[\w-]{8}\.js)`\)/.exec(await entry.text())?.[1];
    assert.ok(chunk, 'chorus.js imports a hashed chunk');
    const loaded = await fetch(`${server.url}/dist/${chunk}`, { headers: { 'Accept-Encoding': 'gzip' } });
    assert.equal(loaded.status, 200);
    assert.equal(loaded.headers.get('Content-Encoding'), 'gzip');
    assert.equal(loaded.headers.get('Cache-Control'), 'public, max-age=31536000, immutable');
    assert.equal((await fetch(`${server.url}/dist/nothing-here.js`)).status, 404);
    server.process.kill('SIGTERM');
    assert.equal(await server.exited, 0);
  });

  it('refuses to start with a bad setting, naming it', async () => {
    const { code, stderr } = await failedStart({ CHORUS_RATE_LIMIT: 'lots' });
    assert.equal(code, 1);
    assert.match(stderr, /CHORUS_RATE_LIMIT/);
  });

  it('refuses to start amplifying on Mastodon without CHORUS_PUBLIC_URL, and never prints the token', async () => {
    const token = 'e2e-mastodon-token-0123456789abcdef';
    const { code, stderr } = await failedStart({ CHORUS_MASTODON_URL: 'https://mastodon.example', CHORUS_MASTODON_TOKEN: token });
    assert.equal(code, 1);
    assert.match(stderr, /CHORUS_PUBLIC_URL: must be set when Mastodon amplification is on/);
    assert.equal(stderr.includes(token), false);
  });

  it('refuses to start with a bad membership file, naming the file and field', async () => {
    const file = join(tempDir(), 'tiers.json');
    writeFileSync(file, JSON.stringify({ tiers: [{ id: 'Bad Id', name: 'x' }] }));
    const { code, stderr } = await failedStart({ CHORUS_MEMBERSHIP_FILE: file });
    assert.equal(code, 1);
    assert.ok(stderr.includes(file), stderr);
    assert.match(stderr, /field tiers\.0\.id/);
  });

  const pg = postgresAvailability();
  it('runs on PostgreSQL when DATABASE_URL is set, with nothing else changed', { skip: pg.ok ? false : pg.reason }, async () => {
    if (!pg.ok) return;
    postgres = await pg.start();
    const env = { DATABASE_URL: postgres.url, CHORUS_ADMIN_TOKEN: 'e2e-admin-token-0123456789abcdef', CHORUS_DATA_DIR: join(tempDir(), 'unused') };
    const first = await start(env);
    assert.match(first.stdout(), /"store":"postgres"/);
    const response = await fetch(`${first.url}/api/v1/stories`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(submission),
    });
    assert.equal(response.status, 202);
    const { id } = (await response.json()) as { id: string };
    first.process.kill('SIGKILL');
    await first.exited;

    const second = await start(env);
    const approved = await fetch(`${second.url}/api/v1/admin/stories/${id}/approve`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${env.CHORUS_ADMIN_TOKEN}` },
    });
    assert.equal(approved.status, 200);
    const story = (await (await fetch(`${second.url}/api/v1/stories/${id}`)).json()) as { title: string };
    assert.equal(story.title, 'Survives a crash');
    second.process.kill('SIGTERM');
    assert.equal(await second.exited, 0);
  });
});
