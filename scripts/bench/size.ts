// What a page downloads, measured the way a reader's browser sees it: Chromium's network
// log (compressed bytes on the wire, every script request) on a page with only the card,
// only the feed, only the form, all three, and the moderation page, served by the
// reference server's own /dist/ route (brotli). Also the time from navigation to every
// element's state="ready" with the CPU slowed 4× (Chrome DevTools Protocol
// Emulation.setCPUThrottlingRate), on a local network and on Lighthouse's "slow 4G", so
// the cost of each extra request shows. Printed, never asserted. Expects dist/ to be built.
import { serve } from '@hono/node-server';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { Hono } from 'hono';
import { chromium, type Browser, type CDPSession } from 'playwright-core';
import type { AppEnv } from '../../server/http.ts';
import { serveDist } from '../../server/static-assets.ts';
import { PSF_TIERS } from '../../src/data/psf-membership.ts';
import { excerptOf } from '../../src/upstream/rich-text-tree.ts';
import type { BenchTable } from './types.ts';

const root = new URL('../../', import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const KB = 1024;
/** DESIGN.md's budgets, in compressed bytes a page downloads before its elements are usable. */
const BUDGET = { autoloader: 3 * KB, one: 16 * KB, all: 20 * KB };
/** Lighthouse's mobile network ("slow 4G"): 150 ms round trips, 1.6 Mbit/s down. */
export const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1638.4 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

const POLL_ID = '01900000-0000-7000-8000-000000000017';
const CLOSED_POLL_ID = '01900000-0000-7000-8000-000000000018';
/** What the poll may weigh beyond lit and the shared code (chorus.js and the formatting worker it starts, base-*.js and the bundler's runtime, which base imports), compressed. */
const POLL_BUDGET = 6 * KB;
const SHARED = (file: string) =>
  file === 'chorus.js' || file.startsWith('intl-warm.worker-') || file.startsWith('base-') || file.startsWith('rolldown-runtime-');
const PAGES = {
  'card only': '<chorus-membership-card></chorus-membership-card>',
  'feed only': '<chorus-story-feed loading="eager"></chorus-story-feed>',
  'form only': '<chorus-story-form privacy-url="/privacy"></chorus-story-form>',
  'all three':
    '<chorus-story-feed loading="eager"></chorus-story-feed><chorus-story-form></chorus-story-form><chorus-membership-card></chorus-membership-card>',
  'moderation page': '<chorus-moderation-queue></chorus-moderation-queue>',
  'poll only': `<chorus-poll poll="${POLL_ID}" loading="eager"></chorus-poll>`,
  // A closed poll shows its results at once, so their code (poll-results) arrives before it is ready.
  'closed poll': `<chorus-poll poll="${CLOSED_POLL_ID}" loading="eager"></chorus-poll>`,
} as const;
type Kind = keyof typeof PAGES | 'lit alone';

/** A translation's chunk: `<table>.<locale>-<hash>.js`. */
const LOCALE_CHUNK = /\.[a-z]{2,3}(?:-[A-Z]{2}|-[A-Z][a-z]{3})?-[\w-]{8}\.js$/;

/** A chunk's name without its hash. */
const short = (file: string) => file.replace(/-[\w-]{8}\.js$/, '').replace(/\.js$/, '');
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

function html(body: string, script: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>bench</title><meta name="chorus-endpoint" content="/api/v1"><script type="module" src="${script}"></script></head>
<body><h1>A host page</h1><p>Some of the host's own content before the element.</p>${body}<p>And after it.</p></body></html>`;
}

const story = (n: number) => ({
  id: `s${n}`,
  kind: ['story', 'news', 'boost', 'event'][n % 4],
  title: `Story ${n + 1}: how Python helped our community grow`,
  body: `A member writes about what **Python** and its people made possible. `.repeat(1 + (n % 4)),
  bodyFormat: 'markdown',
  url: `https://example.org/s/${n}`,
  tags: ['community', 'psf'].slice(0, 1 + (n % 2)),
  authorName: `Author ${n}`,
  publishedAt: new Date(Date.UTC(2026, 0, 1) - n * 3_600_000).toISOString(),
  links: [],
});

/** lit alone, bundled and minified as the build bundles it: the floor every row is compared with. */
async function litBundle(dir: string): Promise<void> {
  const result = await build({
    stdin: { contents: `export { LitElement, html, css, nothing } from 'lit'; export * from 'lit/decorators.js';`, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/lit.js`, code);
  writeFileSync(`${dir}/lit.js.br`, brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  writeFileSync(`${dir}/lit.js.gz`, gzipSync(code, { level: 9 }));
}

/** The reference server's /dist/ route, the pages, and stub answers of the HTTP API. */
async function startServer(benchRoot: string) {
  const app = new Hono<AppEnv>();
  serveDist(app, root);
  serveDist(app, benchRoot); // /dist/lit.js, from the bench's own folder, with the same headers
  app.get('/page/:kind', (c) => {
    const kind = decodeURIComponent(c.req.param('kind')) as Kind;
    return c.html(kind === 'lit alone' ? html('', '/dist/lit.js') : html(PAGES[kind], '/dist/chorus.js'));
  });
  // Each story with its plain-text excerpt, as the Chorus server sends it (server/permalink.ts).
  app.get('/api/v1/stories', (c) =>
    c.json({
      stories: Array.from({ length: Number(c.req.query('limit') ?? 10) }, (_, i) => ({
        ...story(i),
        excerpt: excerptOf({ body: story(i).body, bodyFormat: 'markdown' }),
      })),
      nextCursor: 'next',
    }),
  );
  app.get('/api/v1/membership', (c) => c.json({ tiers: PSF_TIERS }));
  app.get('/api/v1/polls/:id', (c) =>
    c.json({
      id: c.req.param('id'),
      question: 'Where are you using WebAssembly?',
      options: ['At work in production', 'At work but not in production', 'Not yet, when it matures', 'No plans'].map((text, i) => ({
        id: `o${i}`,
        text,
        votes: 10 - i,
      })),
      multiple: false,
      resultsBeforeVote: true,
      closesAt: null,
      closed: c.req.param('id') === CLOSED_POLL_ID,
      total: 34,
    }),
  );
  // No live results in the bench: 204 tells EventSource not to reconnect.
  app.get('/api/v1/polls/:id/events', (c) => c.body(null, 204));
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const READY_PROBE = `(() => {
  const check = () => {
    const elements = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('chorus-'));
    if (!elements.length || !elements.every((el) => ['ready', 'empty'].includes(el.getAttribute('state'))) || window.__chorusReady) return;
    window.__chorusReady = performance.now();
    // The scripts that had arrived by then (a resource entry is added once its response has ended).
    window.__chorusBeforeReady = performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => new URL(name).pathname.endsWith('.js'));
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['state'] });
})();`;

interface Load {
  bytes: number;
  /** What the page fetched once its elements were ready (prefetched code, live results), not counted in `bytes`. */
  after: { bytes: number; files: string[] };
  /** Bytes per file, as in `files`. */
  sizes: Record<string, number>;
  requests: number;
  files: string[];
  readyMs: number;
}

/** One visit: the scripts downloaded until every Chorus element on the page is ready, and when that was. */
async function measure(browser: Browser, url: string, network: 'local' | 'slow 4G'): Promise<Load> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp: CDPSession = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (network === 'slow 4G') await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const scripts = new Map<string, { url: string; headers: number; total?: number }>();
  cdp.on('Network.responseReceived', (event) => {
    if (event.type === 'Script') scripts.set(event.requestId, { url: event.response.url, headers: event.response.encodedDataLength });
  });
  cdp.on('Network.loadingFinished', (event) => {
    const script = scripts.get(event.requestId);
    if (script) script.total = event.encodedDataLength;
  });
  // Records, in the page, when every Chorus element first shows state="ready". A string, not a function:
  // tsx would wrap a function's inner functions in a helper the page does not have.
  await page.addInitScript(READY_PROBE);
  await page.goto(url);
  const lit = url.endsWith(encodeURIComponent('lit alone'));
  if (lit) await page.waitForLoadState('load');
  const ready = lit
    ? NaN
    : ((await (
        await page
          .waitForFunction(() => (window as unknown as { __chorusReady?: number }).__chorusReady, undefined, { timeout: 60_000 })
          .catch(async (error: unknown) => {
            const states = await page.evaluate(() =>
              [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('chorus-')).map((el) => `${el.localName} ${el.getAttribute('state')}`),
            );
            throw new Error(`${url} never became ready (${states.join(', ')})`, { cause: error });
          })
      ).jsonValue()) as number);
  // Every script that had arrived by then is what the page needed to become usable; what it
  // fetches afterwards (code prefetched at idle, live results) is listed apart, once the network is quiet.
  const before = new Set(
    lit
      ? [...scripts.values()].map((script) => script.url)
      : await page.evaluate(() => (window as unknown as { __chorusBeforeReady: string[] }).__chorusBeforeReady),
  );
  let seen = -1;
  for (let waited = 0; waited < 10_000 && (seen !== scripts.size || [...scripts.values()].some((script) => script.total === undefined)); waited += 500) {
    seen = scripts.size;
    await page.waitForTimeout(500);
  }
  const done = [...scripts.values()].filter((script) => script.total !== undefined);
  // A worker's script (the formatting worker, intl-warmup.ts) is fetched outside the page's DevTools
  // session; the page's resource entry has its body's bytes on the wire.
  const seenUrls = new Set(done.map((script) => script.url));
  const entries = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => ({ url: entry.name, size: (entry as PerformanceResourceTiming).encodedBodySize })),
  );
  for (const entry of entries)
    if (new URL(entry.url).pathname.endsWith('.js') && !seenUrls.has(entry.url)) done.push({ url: entry.url, headers: 0, total: entry.size });
  await context.close();
  const name = (script: { url: string }) => new URL(script.url).pathname.replace('/dist/', '');
  const body = (script: { headers: number; total?: number }) => (script.total ?? 0) - script.headers;
  const first = done.filter((script) => before.has(script.url));
  const later = done.filter((script) => !before.has(script.url));
  return {
    bytes: first.reduce((sum, script) => sum + body(script), 0),
    after: { bytes: later.reduce((sum, script) => sum + body(script), 0), files: later.map(name) },
    requests: first.length,
    files: first.map(name),
    sizes: Object.fromEntries(first.map((script) => [name(script), body(script)])),
    readyMs: ready,
  };
}

/** The script files the build wrote, with their sizes on the wire (brotli, as served) and gzip -9. */
function files(): BenchTable {
  // Only what vite wrote (each beside its .br and .gz); the framework re-exports (react.js, …) are for bundlers.
  const names = readdirSync(`${root}dist`).filter((name) => name.endsWith('.js') && existsSync(`${root}dist/${name}.br`));
  const size = (name: string, ext: 'br' | 'gz') => readFileSync(`${root}dist/${name}.${ext}`).length;
  const label = (name: string) => name.replace(/-[\w-]{8}\.js$/, '').replace(/\.js$/, '');
  const rows = names
    .sort((a, b) => size(b, 'br') - size(a, 'br'))
    .map((name) => ({ file: label(name), brotli: kb(size(name, 'br')), gzip: kb(size(name, 'gz')), bytes: size(name, 'br') }));
  const entry = size('chorus.js', 'br');
  // A translation is a chunk of its own (`story-form.strings.de-<hash>.js`), fetched only by pages in that language.
  const locales = names.filter((name) => LOCALE_CHUNK.test(name)).sort((a, b) => size(b, 'br') - size(a, 'br'));
  const largest = locales[0];
  return {
    title: 'Files in dist/ (what the server sends: brotli; gzip -9 for comparison)',
    rows,
    note:
      `chorus.js, the autoloader every page loads: ${kb(entry)} ≤ ${kb(BUDGET.autoloader)} → ${entry <= BUDGET.autoloader ? 'met' : 'over'}. Every other file is a chunk a page fetches only when it shows that element or someone acts.\n` +
      `Translations: ${locales.length} locale chunks; the largest is ${largest ? `${label(largest)}, ${kb(size(largest, 'br'))}` : 'none'} (what one element adds to a page in that language).`,
  };
}

export async function run(): Promise<BenchTable[]> {
  const benchRoot = `${root}.bench/size-${process.pid}`;
  await litBundle(`${benchRoot}/dist`);
  const { server, base } = await startServer(benchRoot);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const results = new Map<Kind, { load: Load; local: number[]; slow: number[] }>();
    for (const kind of ['lit alone', ...Object.keys(PAGES)] as Kind[]) {
      const url = `${base}/page/${encodeURIComponent(kind)}`;
      const local: Load[] = [];
      const slow: Load[] = [];
      for (let i = 0; i < RUNS; i++) local.push(await measure(browser, url, 'local'));
      for (let i = 0; i < Math.max(1, RUNS - 2); i++) slow.push(await measure(browser, url, 'slow 4G'));
      results.set(kind, { load: local[0] as Load, local: local.map((l) => l.readyMs), slow: slow.map((l) => l.readyMs) });
    }
    const lit = results.get('lit alone')?.load.bytes ?? NaN;
    const budgetOf = (kind: Kind) =>
      kind === 'all three' ? BUDGET.all : kind === 'lit alone' || kind === 'moderation page' || kind === 'closed poll' ? undefined : BUDGET.one;
    const rows = [...results].map(([kind, { load, local, slow }]) => {
      const budget = budgetOf(kind);
      return {
        page: kind,
        'downloaded (scripts, compressed)': kb(load.bytes),
        requests: load.requests,
        'ratio to lit': `${(load.bytes / lit).toFixed(2)}×`,
        budget: budget ? `${kb(budget)} ${load.bytes <= budget ? 'met' : `over by ${kb(load.bytes - budget)}`}` : '',
        'ready, 4× CPU': kind === 'lit alone' ? '' : `${median(local).toFixed(0)} ms`,
        'ready, 4× CPU + slow 4G': kind === 'lit alone' ? '' : `${median(slow).toFixed(0)} ms`,
        files: load.files.map(short).join(' '),
        'after ready (not counted)': load.after.files.length ? `${kb(load.after.bytes)}: ${load.after.files.map(short).join(' ')}` : '',
      };
    });
    // The poll beyond lit and the shared code: what it fetched before it was ready, on the wire (brotli, as the
    // server sends it) and as the build's gzip -9 copies beside each chunk.
    const beyond = (kind: Kind) => {
      const sizes = results.get(kind)?.load.sizes ?? {};
      const files = Object.keys(sizes).filter((file) => !SHARED(file));
      return {
        files: files.map(short),
        brotli: files.reduce((sum, file) => sum + (sizes[file] ?? 0), 0),
        gzip: files.reduce((sum, file) => sum + readFileSync(`${root}dist/${file}.gz`).length, 0),
      };
    };
    const against = (bytes: number, encoding: string) =>
      `${bytes} B ${encoding} → ${bytes <= POLL_BUDGET ? `met (${POLL_BUDGET - bytes} B to spare)` : `over by ${bytes - POLL_BUDGET} B`}`;
    const pollNote = (label: string, kind: Kind) => {
      const { files, brotli, gzip } = beyond(kind);
      return `${label} (${files.join(' ')}): ${against(brotli, 'brotli')}, ${against(gzip, 'gzip')}`;
    };
    return [
      {
        title: 'What a page downloads before its elements are usable (Chromium network log, brotli from the server’s /dist/ route)',
        rows,
        note: `Bytes are response bodies on the wire (headers excluded) of every script that had arrived when all elements showed state="ready"; requests counts them. Scripts a page fetches after that (code prefetched once the element shows, live results) are listed apart, with their bytes, and not counted against the budget. Ready times are medians of ${RUNS} visits (${Math.max(1, RUNS - 2)} on slow 4G: 150 ms RTT, 1.6 Mbit/s) with the CPU slowed 4×, cache disabled. Budgets (DESIGN.md): one element ≤ 16 KB, all three ≤ 20 KB; lit alone is the floor. The poll beyond lit and the shared code (every file but chorus.js, the formatting worker it starts, base and rolldown-runtime, which base imports), what it fetched before it was ready, against its goal of ${POLL_BUDGET} B (6 KB) on the wire and with gzip -9: ${pollNote('an open poll', 'poll only')}; ${pollNote('a closed poll, which shows its results at once', 'closed poll')}.`,
      },
      files(),
    ];
  } finally {
    await browser.close();
    server.close();
    rmSync(benchRoot, { recursive: true, force: true });
  }
}
