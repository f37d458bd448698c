import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';

const root = new URL('../../', import.meta.url).pathname;

/** A page opened for a test of the built scripts, with what it fetched and what went wrong. */
export interface Visit {
  tab: Page;
  /** The script files requested so far, by name. */
  scripts: () => string[];
  problems: string[];
  close(): Promise<void>;
}

export interface VisitOptions {
  /** Console errors the test causes on purpose (a chunk answered with a 404), not problems. Default: 404s. */
  expected?: RegExp;
  /** Whether a /dist/ file answered with an error is a problem. Default: yes. */
  failedScripts?: boolean;
  /** A script run in the page before its own (what it records, the test reads later). A string: tsx's helpers do not exist in the page. */
  init?: string;
}

/**
 * Opens `url` in a browser context of its own and records every /dist/ script it requests,
 * every page error, console error and CSP violation.
 */
export async function visit(browser: Browser, url: string, options: VisitOptions = {}): Promise<Visit> {
  const { expected = /404/, failedScripts = true, init } = options;
  const context = await browser.newContext();
  const tab = await context.newPage();
  const scripts: string[] = [];
  const problems: string[] = [];
  tab.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/dist/')) scripts.push(path.slice('/dist/'.length));
  });
  tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  tab.on('console', (message) => {
    if (message.type() === 'error' && !expected.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  if (failedScripts)
    tab.on('response', (response) => {
      if (response.status() >= 400 && new URL(response.url()).pathname.startsWith('/dist/')) problems.push(`${response.status()} ${response.url()}`);
    });
  await tab.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
  if (init) await tab.addInitScript({ content: init });
  await tab.goto(url);
  return { tab, scripts: () => [...scripts], problems, close: () => context.close() };
}

/** Whether a chunk of this name (`story-feed` for `story-feed-<hash>.js`) was fetched. */
export const has = (scripts: string[], name: string) => scripts.some((file) => file.startsWith(`${name}-`));

/** A host page that loads the built autoloader (from `script`), with the elements' markup in its `main`. */
export function hostPage(body: string, lang = 'en', script = '/dist/chorus.js'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Host</title>
<meta name="chorus-endpoint" content="/api/v1"><script type="module" src="${script}"></script></head>
<body><main>${body}</main></body></html>`;
}

/** A test's host for the built scripts: the server, its address, and Chromium. */
export interface Host {
  base: string;
  browser: Browser;
  stop(): Promise<void>;
}

/** Builds dist/ if it is missing, serves `handler` on 127.0.0.1 (a free port) and launches Chromium. */
export async function startHost(handler: RequestListener): Promise<Host> {
  if (!['chorus.js', 'chorus.iife.js'].every((file) => existsSync(`${root}dist/${file}`)))
    execFileSync(process.execPath, [`${root}scripts/build.mjs`], { cwd: root, stdio: 'inherit' });
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await launchChromium();
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    browser,
    async stop() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
