// How the rich-text code's time grows with the length of crafted bodies (unclosed brackets,
// runs of emphasis markers and spaces, endless tag openers): each body at n and at 4n
// characters, through the DOM-free core the server and the elements share (Markdown to a
// tree, Markdown and HTML to plain text). Linear code takes about 4× as long at 4n; a
// quadratic path would take about 16×. Printed, never asserted.
import { markdownTree, plainText } from '../../src/upstream/rich-text-tree.ts';
import { adversarialBodies } from '../../test/fixtures/adversarial-bodies.ts';
import type { BenchTable } from './types.ts';

const N = 25_000;
const RUNS = 5;

function time(body: string): number {
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    markdownTree(body);
    plainText(body, 'markdown', 200);
    plainText(body, 'html', 200);
    runs.push(performance.now() - started);
  }
  return runs.sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? NaN;
}

export async function run(): Promise<BenchTable[]> {
  const small = adversarialBodies(N);
  const large = adversarialBodies(4 * N);
  // Warm up the JIT on every path first, or the first bodies pay for compiling it.
  for (const body of [...small, ...large]) time(body);
  const rows = small.map((body, index) => {
    const at = time(body);
    const at4 = time(large[index] ?? '');
    return {
      body: JSON.stringify(body.slice(0, 24)),
      [`${N / 1000}k chars`]: `${at.toFixed(2)} ms`,
      [`${(4 * N) / 1000}k chars`]: `${at4.toFixed(2)} ms`,
      growth: `${(at4 / Math.max(at, 0.01)).toFixed(1)}×`,
    };
  });
  const worst = Math.max(...rows.map((row) => Number.parseFloat(row.growth)));
  return [
    {
      title: 'Rich text on crafted bodies (Markdown tree, Markdown and HTML to plain text; median of 5)',
      rows,
      note: `At 4× the length, linear code takes about 4× as long; quadratic, 16×. The largest growth here: ${worst.toFixed(1)}× (short timings are noisy).`,
    },
  ];
}
