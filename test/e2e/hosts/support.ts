// Shared by the host examples' tests (examples/*): the built widgets, the reference server as a
// separate process, host processes (Django, static file servers), and what a page's visitor sees.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { startServer, type RunningServer } from '../server-process.ts';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const ADMIN_TOKEN = 'hosts-test-admin-token-0123456789';

/** `dist/` as `npm run build` makes it; built here when missing (CI builds before testing). */
export function ensureDist(): void {
  if (!existsSync(join(ROOT, 'dist/chorus.js'))) execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'inherit' });
}

export interface Chorus {
  server: RunningServer;
  /** `http://127.0.0.1:PORT/api/v1` */
  api: string;
  stop(): Promise<void>;
}

/** The reference server in its own process (`--demo`: it also serves the built widgets at /dist/), on a throwaway database. */
export async function startChorus(env: Record<string, string> = {}): Promise<Chorus> {
  ensureDist();
  const data = mkdtempSync(join(tmpdir(), 'chorus-hosts-'));
  const server = await startServer({ CHORUS_DATA_DIR: data, CHORUS_ADMIN_TOKEN: ADMIN_TOKEN, CHORUS_RATE_LIMIT: '0', ...env }, ['--demo']);
  return {
    server,
    api: `${server.url}/api/v1`,
    async stop() {
      server.process.kill('SIGTERM');
      await server.exited;
      rmSync(data, { recursive: true, force: true });
    },
  };
}

/** Submits a story and approves it through the HTTP API, as a member and a moderator would; returns its id. */
export async function publishStory(api: string, title: string): Promise<string> {
  const submitted = await fetch(`${api}/stories`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ kind: 'story', title, body: 'Told for the host page test.', authorName: 'Ada Example', consent: true }),
  });
  if (submitted.status !== 202) throw new Error(`submit answered ${submitted.status}: ${await submitted.text()}`);
  const { id } = (await submitted.json()) as { id: string };
  const approved = await fetch(`${api}/admin/stories/${id}/approve`, { method: 'POST', headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } });
  if (approved.status !== 200) throw new Error(`approve answered ${approved.status}: ${await approved.text()}`);
  return id;
}

export interface HostProcess {
  process: ChildProcess;
  output: () => string;
  stop(): Promise<void>;
}

/** Starts a host (Django's runserver, …) and waits until `url` answers. */
export async function startHost(command: string, args: string[], options: { cwd: string; env: Record<string, string>; url: string }): Promise<HostProcess> {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  let ended = false;
  void exited.then(() => (ended = true));
  for (;;) {
    if (ended) throw new Error(`${command} ${args.join(' ')} exited before answering:\n${output}`);
    try {
      if ((await fetch(options.url)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    process: child,
    output: () => output,
    async stop() {
      if (!ended) child.kill('SIGTERM');
      await exited;
    },
  };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Serves a built static site (and `/dist/` from the repository) on 127.0.0.1, as a web host would. */
export async function serveDirectory(dir: string, headers: Record<string, string> = {}): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const base = path.startsWith('/dist/') ? ROOT : dir;
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void response.writeHead(404).end('not found');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    response.writeHead(200, { 'Content-Type': type, ...(type.startsWith('text/html') ? headers : {}) }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Records what a visitor's browser reports: CSP violations, script errors, failed requests. */
export async function watchPage(page: Page): Promise<{ problems: string[] }> {
  const problems: string[] = [];
  await page.exposeFunction('__reportViolation', (text: string) => problems.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportViolation(text: string): void }).__reportViolation(`CSP ${event.effectiveDirective} blocked ${event.blockedURI}`);
    });
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // Failed loads are reported below with their address.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    // The browser asks every host for /favicon.ico; the example sites have none, and that is theirs to add.
    if (response.status() >= 400 && new URL(response.url()).pathname !== '/favicon.ico') problems.push(`HTTP ${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  return { problems };
}

/** The text a person sees in an element's shadow root, once its `state` is one of `states`. */
export async function settledText(page: Page, selector: string, states = ['ready', 'empty', 'error']): Promise<{ state: string; text: string }> {
  await page.waitForFunction(
    ({ selector, states }) => {
      const element = document.querySelector(selector);
      return Boolean(element?.shadowRoot) && states.includes(element?.getAttribute('state') ?? '');
    },
    { selector, states },
    { timeout: 30_000 },
  );
  return page.$eval(selector, (element) => ({
    state: element.getAttribute('state') ?? '',
    text: [...(element.shadowRoot as ShadowRoot).children].map((child) => (child instanceof HTMLElement ? child.innerText : '')).join('\n'),
  }));
}
