// What the /moderate browser tests share: whether they can run here, a tab that records
// every script error, CSP violation and failed request, and signing in to the queue.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { chromiumPath } from '../support/chromium.ts';

const DIST = fileURLToPath(new URL('../../dist/chorus.js', import.meta.url));

/** Why the browser part cannot run here (the built widgets or Chromium missing); in CI nothing may be missing. */
export function browserMissing(): string | null {
  let reason: string | null = null;
  if (!existsSync(DIST)) reason = 'the built widgets (run npm run build)';
  else {
    try {
      chromiumPath();
    } catch (error) {
      reason = (error as Error).message;
    }
  }
  if (reason && process.env.CI) throw new Error(`CI must open /moderate in Chromium, but ${reason} is missing`);
  return reason;
}

/** Whether the widgets are built (the server answers /moderate with 503 until they are). */
export const built = () => existsSync(DIST);

/** Records, from now on, what should never happen on the page: script errors, CSP violations, failed requests; and every request made. */
export function watch(tab: Page): { problems: string[]; requests: string[] } {
  const problems: string[] = [];
  const requests: string[] = [];
  tab.on('console', (message) => {
    // A failed request is reported below with its address.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(message.text());
  });
  tab.on('pageerror', (error) => problems.push(error.message));
  tab.on('request', (request) => requests.push(request.url()));
  tab.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  return { problems, requests };
}

/** Opens `{base}/moderate` and signs in with `token`; returns the queue. */
export async function signIn(tab: Page, base: string, token: string): Promise<Locator> {
  await tab.goto(`${base}/moderate`, { waitUntil: 'networkidle' });
  const queue = tab.locator('chorus-moderation-queue');
  await queue.getByLabel('Admin token').fill(token);
  await queue.getByRole('button', { name: 'Sign in' }).click();
  return queue;
}
