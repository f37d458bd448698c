import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { launchChromium } from '../support/chromium.ts';
import { browserMissing, built, signIn, watch } from './moderate-page.ts';
import { startServer, type RunningServer } from './server-process.ts';

const TOKEN = 'e2e-owner-token-0123456789abcdef';
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const dir = mkdtempSync(join(tmpdir(), 'chorus-e2e-moderate-'));
let server: RunningServer | undefined;
after(() => {
  server?.process.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

describe('the moderation page of a server started without --demo', { timeout: 240_000 }, () => {
  it('lets a moderator sign in with their own token and approve a story, under the page’s strict policy', async () => {
    server = await startServer({ CHORUS_DATA_DIR: join(dir, 'data'), CHORUS_ADMIN_TOKEN: TOKEN });
    const api = (path: string, init: RequestInit = {}) =>
      fetch(`${server!.url}${path}`, { ...init, headers: { 'Content-Type': 'application/json', ...(init.headers as Record<string, string>) } });
    const created = await api('/api/v1/admin/moderators', {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ name: 'Ada' }),
    });
    assert.equal(created.status, 201);
    const ada = (await created.json()) as { id: string; token: string };
    const submitted = await api('/api/v1/stories', {
      method: 'POST',
      body: JSON.stringify({ kind: 'story', title: 'Our first sprint', body: 'Twelve people, one room.', authorName: 'Grace', consent: true }),
    });
    const { id } = (await submitted.json()) as { id: string };

    const page = await fetch(`${server.url}/moderate`);
    assert.equal(page.status, built() ? 200 : 503);
    assert.equal(page.headers.get('Cache-Control'), 'no-store');
    assert.match(page.headers.get('Content-Security-Policy') ?? '', /frame-ancestors 'none'/);

    const why = browserMissing();
    if (why) {
      console.log(`# /moderate not opened in a browser: needs ${why}`);
      return;
    }
    const browser = await launchChromium();
    try {
      const tab = await browser.newPage();
      const { problems, requests } = watch(tab);
      const queue = await signIn(tab, server.url, ada.token);
      const story = queue.getByRole('article').filter({ hasText: 'Our first sprint' });
      await story.waitFor({ timeout: 15_000 });
      await story.getByRole('button', { name: /^Approve/ }).click();
      // The queue sends the decision once its undo window has passed.
      let decided: { status: string; decidedBy: { id: string; name: string } | null } | undefined;
      for (let tries = 0; tries < 300 && decided?.status !== 'approved'; tries++) {
        await new Promise((done) => setTimeout(done, 100));
        const listed = (await (await api('/api/v1/admin/stories?status=approved', { headers: { Authorization: `Bearer ${TOKEN}` } })).json()) as {
          stories: { id: string; status: string; decidedBy: { id: string; name: string } | null }[];
        };
        decided = listed.stories.find((candidate) => candidate.id === id);
      }
      assert.equal(decided?.status, 'approved');
      assert.deepEqual(decided?.decidedBy, { id: ada.id, name: 'Ada' });
      assert.deepEqual(problems, [], 'no script errors and no CSP violations');
      assert.deepEqual(
        requests.filter((url) => !url.startsWith(`${server!.url}/`)),
        [],
        'nothing from another origin',
      );

      // axe needs to inject its own script, which the page's policy rightly refuses: a second tab without it.
      const audit = await (await browser.newContext({ bypassCSP: true })).newPage();
      await audit.goto(`${server.url}/moderate`, { waitUntil: 'networkidle' });
      await audit.locator('chorus-moderation-queue').getByLabel('Admin token').waitFor();
      await audit.addScriptTag({ content: readFileSync(AXE, 'utf8') });
      const violations = await audit.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
        return (await axe.run(document)).violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
      });
      assert.deepEqual(violations, []);
    } finally {
      await browser.close();
    }
  });
});
