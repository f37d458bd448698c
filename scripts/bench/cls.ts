// Layout shift on the real demo page (`server/main.ts --demo`), as Chromium's `layout-shift` entries
// count it: at 1280 px and 390 px, from navigation until every element has rendered its content.
// The budget is CLS 0.02 (goal 0); figures are printed, never asserted. `--sources` (or
// CHORUS_BENCH_CLS_SOURCES=1) also prints each shift's nodes and rectangles.
import type { Page } from 'playwright-core';
import { launchChromium } from '../../test/support/chromium.ts';
import { startDemo } from '../demo-page.ts';
import type { BenchTable } from './types.ts';

const WIDTHS = [1280, 390] as const;
const RUNS = 3;
const BUDGET = 0.02;

interface Shift {
  value: number;
  startTime: number;
  sources: string[];
}

/** Installed before the page's own scripts: records every layout shift with where it happened. */
function observeShifts(): void {
  const describe = (node: Node | null): string => {
    if (!node) return '(gone)';
    const path: string[] = [];
    let current: Node | null = node;
    while (current) {
      if (current instanceof Element) {
        const id = current.id ? `#${current.id}` : '';
        const part = current.getAttribute('part') ? `[part=${current.getAttribute('part')}]` : '';
        const cls = !id && current.classList.length ? `.${[...current.classList].join('.')}` : '';
        path.unshift(`${current.localName}${id}${part}${cls}`);
        if (id || current.localName.includes('-')) break;
      } else if (current instanceof Text) path.unshift('#text');
      current = current.parentNode instanceof ShadowRoot ? current.parentNode.host : current.parentNode;
    }
    return path.join(' > ');
  };
  const rect = (r: DOMRectReadOnly) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
  const shifts: Shift[] = [];
  (window as unknown as { __shifts: Shift[] }).__shifts = shifts;
  type Entry = PerformanceEntry & {
    value: number;
    hadRecentInput: boolean;
    sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as Entry[]) {
      if (entry.hadRecentInput) continue;
      shifts.push({
        value: entry.value,
        startTime: entry.startTime,
        sources: entry.sources.map((source) => `${describe(source.node)}: ${rect(source.previousRect)} → ${rect(source.currentRect)}`),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** CLS as Chromium reports it: the largest session window (gaps under 1 s, at most 5 s long). */
function largestWindow(shifts: Shift[]): number {
  let best = 0;
  let sum = 0;
  let first = -Infinity;
  let last = -Infinity;
  for (const shift of shifts) {
    if (shift.startTime - last < 1000 && shift.startTime - first < 5000) sum += shift.value;
    else {
      sum = shift.value;
      first = shift.startTime;
    }
    last = shift.startTime;
    best = Math.max(best, sum);
  }
  return best;
}

async function measure(page: Page, url: string): Promise<Shift[]> {
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForFunction(
    () =>
      ['chorus-story-feed', 'chorus-story-form', 'chorus-membership-card'].every((tag) => customElements.get(tag)) &&
      Boolean(document.querySelector('chorus-story-feed')?.shadowRoot?.querySelector('article')),
    undefined,
    { timeout: 30_000 },
  );
  // Let late renders (fonts, images, the card's content) land, then read what was recorded.
  await page.waitForTimeout(1500);
  return page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
}

export async function run(): Promise<BenchTable[]> {
  const showSources = process.argv.includes('--sources') || process.env.CHORUS_BENCH_CLS_SOURCES === '1';
  const demo = await startDemo();
  const browser = await launchChromium();
  const rows: BenchTable['rows'] = [];
  try {
    for (const width of WIDTHS) {
      const values: number[] = [];
      const totals: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        // A fresh context each run: nothing cached, as a first visit.
        const context = await browser.newContext({ viewport: { width, height: width > 600 ? 800 : 844 } });
        // tsx names the functions it compiles with `__name`; the page has none.
        await context.addInitScript({ content: 'window.__name = (fn) => fn;' });
        await context.addInitScript(observeShifts);
        const page = await context.newPage();
        const shifts = await measure(page, `${demo.url}/`);
        await context.close();
        values.push(largestWindow(shifts));
        totals.push(shifts.reduce((sum, shift) => sum + shift.value, 0));
        if (showSources)
          for (const shift of shifts)
            console.log(`cls ${width}px run ${run + 1}: ${shift.value.toFixed(4)} at ${shift.startTime.toFixed(0)} ms\n  ${shift.sources.join('\n  ')}`);
      }
      const worst = Math.max(...values);
      rows.push({
        viewport: `${width} px`,
        runs: RUNS,
        'CLS (worst run)': worst.toFixed(4),
        'CLS per run': values.map((value) => value.toFixed(4)).join(', '),
        'sum of all shifts (worst)': Math.max(...totals).toFixed(4),
        'of budget 0.02': `${((worst / BUDGET) * 100).toFixed(0)} %`,
      });
    }
  } finally {
    await browser.close();
    await demo.stop();
  }
  return [
    {
      title: 'Layout shift on the demo page (/, `--demo` server, fresh context per run, headless Chromium)',
      rows,
      note: `Budget: CLS at most ${BUDGET} (goal 0): the largest session window of layout-shift entries without recent input, from navigation until the feed shows stories plus 1.5 s. \`npm run bench -- cls --sources\` lists what moved.`,
    },
  ];
}
