// Lighthouse (mobile preset: simulated slow 4G and a 4× slower CPU) on the demo page, served
// by the real reference server (`--demo`, as `npm start` runs it), in Debian's Chromium.
// Printed, never asserted. Expects dist/ to be built.
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startServer } from '../../test/e2e/server-process.ts';
import { chromiumPath } from '../../test/support/chromium.ts';
import type { BenchTable } from './types.ts';

const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
/** DESIGN.md's goals for the demo page. */
const GOAL = { performance: 0.95, tbt: 100, cls: 0.02 };

interface Audit {
  numericValue?: number;
  score?: number | null;
  details?: { items?: { url?: string; duration?: number; wastedBytes?: number; cacheLifetimeMs?: number }[] };
}
interface Result {
  categories: { performance: { score: number | null } };
  audits: Record<string, Audit | undefined>;
}

/** A script's path, or Lighthouse's own label for work it cannot attribute. */
const where = (url: string | undefined) => (url && URL.canParse(url) ? new URL(url).pathname : (url ?? ''));
const ms = (value: number | undefined) => (value === undefined ? '' : `${Math.round(value)} ms`);

export async function run(): Promise<BenchTable[]> {
  const load = loadavg()[0] ?? 0;
  const dataDir = mkdtempSync(join(tmpdir(), 'chorus-lighthouse-'));
  const server = await startServer({ CHORUS_DATA_DIR: join(dataDir, 'data'), CHORUS_ADMIN_TOKEN: 'lighthouse-bench-token-0123456789abcdef' }, ['--demo']);
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const results: Result[] = [];
    for (let i = 0; i < RUNS; i++) {
      const report = await lighthouse(`${server.url}/`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
      if (report) results.push(report.lhr as unknown as Result);
    }
    const score = (result: Result) => result.categories.performance.score ?? 0;
    results.sort((a, b) => score(a) - score(b));
    const middle = results[Math.floor(results.length / 2)];
    const rows = results.map((result, index) => {
      const audit = (id: string) => result.audits[id];
      const tbt = audit('total-blocking-time')?.numericValue;
      const cls = audit('cumulative-layout-shift')?.numericValue;
      return {
        run: result === middle ? `${index + 1} (median)` : index + 1,
        performance: score(result).toFixed(2),
        'first contentful paint': ms(audit('first-contentful-paint')?.numericValue),
        'largest contentful paint': ms(audit('largest-contentful-paint')?.numericValue),
        'total blocking time': ms(tbt),
        'cumulative layout shift': cls === undefined ? '' : cls.toFixed(3),
        'speed index': ms(audit('speed-index')?.numericValue),
        'long tasks': (audit('long-tasks')?.details?.items ?? []).map((task) => `${Math.round(task.duration ?? 0)} ms ${where(task.url)}`).join(', '),
        'text compression':
          audit('uses-text-compression')?.score === 1
            ? 'all compressed'
            : `${(audit('uses-text-compression')?.details?.items ?? []).map((item) => item.url).join(' ')}`,
      };
    });
    const m = middle?.audits;
    const met = (ok: boolean) => (ok ? 'met' : 'not met');
    return [
      {
        title: `Lighthouse ${RUNS}× on the demo page (mobile preset: simulated slow 4G, CPU 4× slower; Debian's Chromium)`,
        rows,
        note: middle
          ? `Goals on the median run: performance ≥ ${GOAL.performance} → ${met(score(middle) >= GOAL.performance)}; TBT ≤ ${GOAL.tbt} ms → ${met((m?.['total-blocking-time']?.numericValue ?? Infinity) <= GOAL.tbt)}; CLS ≤ ${GOAL.cls} → ${met((m?.['cumulative-layout-shift']?.numericValue ?? Infinity) <= GOAL.cls)}. Simulated throttling scales with the machine: the load average was ${load.toFixed(1)} on ${availableParallelism()} cores when this began, and above about one per core these figures say little.`
          : 'Lighthouse produced no report.',
      },
    ];
  } finally {
    chrome.kill();
    server.process.kill('SIGTERM');
    await server.exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}
