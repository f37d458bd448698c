import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { launchChromium } from '../support/chromium.ts';
import { browserMissing, signIn, watch } from './moderate-page.ts';
import { startServer, type RunningServer } from './server-process.ts';

// The queue's owner tools on the real server (built widgets, real API, strict CSP): the
// Moderators tab, the audit log, who decided, Undo decision and the share kit.

const TOKEN = 'e2e-owner-token-tools-0123456789abcdef';

const dir = mkdtempSync(join(tmpdir(), 'chorus-e2e-moderate-tools-'));
let server: RunningServer | undefined;
after(() => {
  server?.process.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

describe('the moderation page’s owner tools on the real server', { timeout: 240_000 }, () => {
  it('adds and revokes a moderator, shows the audit log, who decided, undoes a decision and offers the share kit', async () => {
    server = await startServer({ CHORUS_DATA_DIR: join(dir, 'data'), CHORUS_ADMIN_TOKEN: TOKEN });
    const api = (path: string, init: RequestInit = {}, token = TOKEN) =>
      fetch(`${server!.url}${path}`, { ...init, headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` } });
    const submitted = await api('/api/v1/stories', {
      method: 'POST',
      body: JSON.stringify({ kind: 'story', title: 'Our second sprint', body: 'Nine people, two rooms.', authorName: 'Grace', consent: true }),
    });
    const { id } = (await submitted.json()) as { id: string };
    assert.equal((await api(`/api/v1/admin/stories/${id}/approve`, { method: 'POST' })).status, 200);

    const why = browserMissing();
    if (why) {
      console.log(`# /moderate not opened in a browser: needs ${why}`);
      return;
    }
    const browser = await launchChromium();
    try {
      const context = await browser.newContext();
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
      const tab = await context.newPage();
      const { problems } = watch(tab);
      const queue = await signIn(tab, server.url, TOKEN);

      // Moderators: only the owner has the tab. Add Ada, read her token once, check it works, revoke it.
      await queue.getByRole('tab', { name: 'Moderators' }).click();
      await queue.getByLabel('Name', { exact: true }).fill('Ada');
      await queue.getByRole('button', { name: 'Add moderator' }).click();
      const tokenField = queue.locator('#new-token');
      await tokenField.waitFor();
      const adaToken = await tokenField.inputValue();
      assert.equal((await api('/api/v1/admin/me', {}, adaToken)).status, 200);
      await queue.getByRole('button', { name: 'Copy the token' }).click();
      await queue.getByText('The token was copied to the clipboard.').first().waitFor();
      assert.equal(await tab.evaluate(() => navigator.clipboard.readText()), adaToken);
      await queue.getByRole('button', { name: 'I have copied it' }).click();
      assert.equal(await tokenField.count(), 0);
      await queue.getByRole('button', { name: 'Revoke Ada' }).click();
      await queue.getByRole('button', { name: 'Yes, revoke' }).click();
      await queue.getByText('No moderators yet').waitFor();
      assert.equal((await api('/api/v1/admin/me', {}, adaToken)).status, 401);

      // The audit log has the approval made above.
      await queue.getByRole('tab', { name: 'Audit log' }).click();
      const row = queue.locator('.audit tbody tr').filter({ hasText: 'Our second sprint' });
      await row.waitFor();
      assert.match((await row.innerText()).replace(/\s+/g, ' '), /Owner Approved Our second sprint Pending → Approved/);

      // The approved list says who decided, opens the share kit, and undoes the decision.
      await queue.getByRole('tab', { name: 'Queue' }).click();
      await queue.getByLabel('Show').selectOption('approved');
      const story = queue.getByRole('article').filter({ hasText: 'Our second sprint' });
      await story.waitFor();
      assert.match(await story.locator('[part="decided"]').innerText(), /^Approved by Owner, /);
      await story.getByText('Share kit for X and LinkedIn').click();
      const xText = story.getByLabel('Text for X');
      await xText.waitFor();
      assert.match(await xText.inputValue(), new RegExp(`/stories/${id}`));
      assert.match((await story.getByRole('link', { name: 'Open the X composer' }).getAttribute('href')) ?? '', /^https:\/\/(x|twitter)\.com\//);
      await story.getByRole('button', { name: /^Undo decision/ }).click();
      await queue.getByText('Decision undone').first().waitFor();
      const pending = (await (await api('/api/v1/admin/stories?status=pending')).json()) as { stories: { id: string }[] };
      assert.ok(pending.stories.some((each) => each.id === id));
      assert.deepEqual(problems, [], 'no script errors and no CSP violations');
    } finally {
      await browser.close();
    }
  });
});
