// The feed's numbers for `npm run bench`: the time from data arriving to the first 20 stories
// in the DOM, and the frames dropped while scrolling through 10,000 stories in headless
// Chromium (its download size is a row of size.ts). Measured and printed, never asserted.
// Expects dist/ to be built.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';
import { chromium } from 'playwright-core';
import type { BenchTable } from './types.ts';

const dist = new URL('../../dist/', import.meta.url).pathname;
const RENDER_RUNS = 15;
const SCROLL_MS = 4_000;
// A steady read-along scroll and a fling.
const SCROLL_SPEEDS = [120, 1_200];

const ms = (value: number) => `${value.toFixed(1)} ms`;
const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>feed bench</title>
<script>window.__name = (fn) => fn; /* tsx names the functions page.evaluate sends */</script>
<script type="module" src="/chorus.js"></script></head>
<body style="margin:0"><main id="host" style="inline-size: 760px; margin-inline: auto"></main>
<p id="below" style="inline-size: 760px; margin-inline: auto">Content below the feed, which must not move.</p>
<script>
  window.makeStories = (count) => Array.from({ length: count }, (_, i) => ({
    id: 'b' + i, kind: ['story', 'news', 'boost', 'event'][i % 4], title: 'Story ' + (i + 1) + ': how Python helped our community grow',
    body: 'A member writes about what **Python** and its people made possible. '.repeat(1 + (i % 5)), bodyFormat: 'markdown',
    url: 'https://example.org/s/' + i, tags: ['community', 'psf'].slice(0, 1 + (i % 2)), authorName: 'Author ' + i,
    publishedAt: new Date(Date.now() - i * 3600000).toISOString(), links: [],
  }));
  // A feed whose source answers when told to: returns the function that delivers the data.
  window.mountFeed = async (limit) => {
    let deliver;
    const answer = new Promise((resolve) => (deliver = resolve));
    const el = document.createElement('chorus-story-feed');
    el.setAttribute('loading', 'eager');
    el.limit = limit;
    el.dataSource = { label: 'bench ' + Math.random(), listStories: () => answer, getStory() {}, submit() {}, membership() {} };
    // The autoloader fetches the feed's code once the tag is in the page; it upgrades with these properties.
    document.getElementById('host').replaceChildren(el);
    await customElements.whenDefined('chorus-story-feed');
    await el.updateComplete;
    return { el, deliver };
  };
</script></body></html>`;

function serve(): Promise<Server> {
  const types: Record<string, string> = { '.js': 'text/javascript', '.map': 'application/json', '.html': 'text/html' };
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/') {
      response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
      return;
    }
    try {
      const body = readFileSync(dist + path.replace(/^\/+/, '').replace(/\.\.+/g, ''));
      response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export async function run(): Promise<BenchTable[]> {
  const server = await serve();
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`http://127.0.0.1:${port}/`);

    // 1. Data arrives → the first 20 stories are in the DOM; and how many frames painted in between.
    const renders: { ms: number; frames: number }[] = [];
    for (let i = 0; i < RENDER_RUNS; i++) {
      renders.push(
        await page.evaluate(async () => {
          const w = window as unknown as {
            mountFeed(limit: number): Promise<{ el: HTMLElement; deliver(page: unknown): void }>;
            makeStories(count: number): unknown[];
          };
          const { el, deliver } = await w.mountFeed(20);
          await new Promise(requestAnimationFrame);
          const stories = w.makeStories(20);
          let frames = 0;
          let counting = true;
          const tick = () => {
            if (!counting) return;
            frames++;
            requestAnimationFrame(tick);
          };
          const root = el.shadowRoot as ShadowRoot;
          const shown = new Promise<number>((resolve) => {
            const observer = new MutationObserver(() => {
              if (root.querySelectorAll('article').length >= 20) {
                observer.disconnect();
                resolve(performance.now());
              }
            });
            observer.observe(root, { childList: true, subtree: true });
          });
          requestAnimationFrame(tick);
          const start = performance.now();
          deliver({ stories, nextCursor: null });
          const end = await shown;
          counting = false;
          return { ms: end - start, frames };
        }),
      );
    }
    const renderMs = renders.map((r) => r.ms);

    // Cumulative layout shift from skeletons to stories (layout-shift entries, as Chromium's CLS counts them).
    const cls = await page.evaluate(async () => {
      const w = window as unknown as {
        mountFeed(limit: number): Promise<{ el: HTMLElement; deliver(page: unknown): void }>;
        makeStories(count: number): unknown[];
      };
      let total = 0;
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
          if (!entry.hadRecentInput) total += entry.value;
      });
      const { el, deliver } = await w.mountFeed(5);
      await new Promise(requestAnimationFrame);
      await new Promise(requestAnimationFrame);
      observer.observe({ type: 'layout-shift' });
      deliver({ stories: w.makeStories(5), nextCursor: null });
      while (!el.shadowRoot?.querySelector('article')) await new Promise((resolve) => setTimeout(resolve, 5));
      await new Promise(requestAnimationFrame);
      await new Promise(requestAnimationFrame);
      await new Promise((resolve) => setTimeout(resolve, 100));
      for (const entry of observer.takeRecords() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!entry.hadRecentInput) total += entry.value;
      observer.disconnect();
      return total;
    });
    const render: BenchTable = {
      title: 'Feed: data arrives → first 20 stories rendered (headless Chromium)',
      rows: [
        {
          runs: RENDER_RUNS,
          median: ms(quantile(renderMs, 0.5)),
          p95: ms(quantile(renderMs, 0.95)),
          'frames painted in between (max)': Math.max(...renders.map((r) => r.frames)),
          'layout shift, skeleton → stories (CLS)': cls.toFixed(4),
        },
      ],
      note: 'Budget: first rows in the same frame the data arrives (0 frames in between), and CLS 0.',
    };

    // 2. 10,000 stories: mount, wait for the virtualizer, then scroll at a steady speed, one step per frame.
    const rows: BenchTable['rows'] = [];
    // The first run warms up the JIT and is not reported.
    for (const [run, step] of [SCROLL_SPEEDS[0] ?? 120, ...SCROLL_SPEEDS].entries()) {
      const scroll = await page.evaluate(
        async ({ duration, step }) => {
          const w = window as unknown as {
            mountFeed(limit: number): Promise<{ el: HTMLElement; deliver(page: unknown): void }>;
            makeStories(count: number): unknown[];
          };
          window.scrollTo(0, 0);
          const { el, deliver } = await w.mountFeed(10_000);
          const start = performance.now();
          deliver({ stories: w.makeStories(10_000), nextCursor: null });
          const root = el.shadowRoot as ShadowRoot;
          while (!root.querySelector('.feed.virtual article')) await new Promise((resolve) => setTimeout(resolve, 5));
          const ready = performance.now() - start;
          await new Promise((resolve) => setTimeout(resolve, 500));
          const deltas: number[] = [];
          await new Promise<void>((done) => {
            let last = performance.now();
            const end = last + duration;
            const frame = (now: number) => {
              deltas.push(now - last);
              last = now;
              window.scrollBy(0, step);
              if (now < end && window.scrollY + innerHeight < document.documentElement.scrollHeight) requestAnimationFrame(frame);
              else done();
            };
            requestAnimationFrame(frame);
          });
          const articles = root.querySelectorAll('article');
          const lastShown = Number(articles[articles.length - 1]?.getAttribute('aria-posinset') ?? 0);
          return { ready, deltas: deltas.slice(1), lastShown, inDom: articles.length };
        },
        { duration: SCROLL_MS, step },
      );
      const interval = quantile(scroll.deltas, 0.5);
      const dropped = scroll.deltas.reduce((sum, delta) => sum + Math.max(0, Math.round(delta / interval) - 1), 0);
      if (run === 0) continue;
      rows.push({
        scroll: `${step} px/frame`,
        'data → rows shown': ms(scroll.ready),
        frames: scroll.deltas.length,
        'frame (median)': ms(interval),
        'p95 frame': ms(quantile(scroll.deltas, 0.95)),
        'worst frame': ms(Math.max(...scroll.deltas)),
        'frames dropped': dropped,
        'dropped %': `${((100 * dropped) / (scroll.deltas.length + dropped)).toFixed(1)}%`,
        'stories passed': scroll.lastShown,
        'articles in DOM': scroll.inDom,
      });
    }
    const scrolling: BenchTable = {
      title: 'Feed: scrolling through 10,000 stories (virtualized, headless Chromium, software rendering)',
      rows,
      note: `Each run scrolls for up to ${SCROLL_MS / 1000}s, after one unreported warm-up run. A frame counts as dropped for each interval it spans beyond the median. Shared, loaded machines drop frames of their own: compare runs, not absolutes.`,
    };
    return [render, scrolling];
  } finally {
    await browser.close();
    server.close();
  }
}
