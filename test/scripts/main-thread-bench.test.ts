// The arithmetic of `npm run bench -- main-thread` on a trace written by hand: which thread
// counts, which tasks, and what of each.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { measureTrace } from '../../scripts/bench/main-thread.ts';

const PAGE = { pid: 7, tid: 1 };
const ms = (value: number) => value * 1000;
const task = (at: number, cpu: number, where = PAGE, wall = cpu * 3) => ({
  name: 'ThreadControllerImpl::RunTask',
  ph: 'X',
  ...where,
  ts: ms(at),
  dur: ms(wall),
  tdur: ms(cpu),
});
const threads = [
  { name: 'thread_name', ph: 'M', ...PAGE, ts: 0, args: { name: 'CrRendererMain' } },
  // Another renderer (an iframe's, or the previous page's) has a main thread too.
  { name: 'thread_name', ph: 'M', pid: 9, tid: 1, ts: 0, args: { name: 'CrRendererMain' } },
];
const paint = (at: number) => ({ name: 'firstContentfulPaint', ph: 'R', ...PAGE, ts: ms(at) });

describe('the main-thread bench', () => {
  it('multiplies each task’s CPU time by 4 and sums what exceeds 50 ms from first paint on, whatever the wall-clock time', () => {
    const measured = measureTrace([
      ...threads,
      task(10, 30), // before first paint: listed, not summed
      paint(100),
      task(200, 20), // 80 ms at 4×: 30 over
      task(400, 10), // 40 ms: under 50
      task(600, 40, PAGE, 400), // 160 ms, although it waited 400 ms for a core: 110 over
      task(800, 50, { pid: 9, tid: 1 }), // another renderer's
      task(900, 50, { pid: 7, tid: 2 }), // another thread of the page's
    ]);
    assert.equal(measured.blocking, 140);
    // Wall-clock time, as Lighthouse counts it, includes the 400 ms the third task waited: 190 + 70 + 1550.
    assert.equal(measured.wallBlocking, 1810);
    assert.deepEqual(measured.long, [
      { ms: 120, early: true },
      { ms: 80, early: false },
      { ms: 160, early: false },
    ]);
    assert.equal(measured.cpu, 100);
  });

  it('counts a task nested in another (a nested run loop) once, by the outer one', () => {
    const outer = task(200, 40, PAGE, 100);
    const inner = { ...task(220, 30), dur: ms(30) };
    const measured = measureTrace([...threads, paint(100), outer, inner]);
    assert.equal(measured.blocking, 110);
    assert.equal(measured.wallBlocking, 350);
    assert.equal(measured.long.length, 1);
  });

  it('says so when the trace has no first paint, rather than a figure', () => {
    assert.throws(() => measureTrace([...threads, task(10, 30)]), /no first contentful paint/);
  });
});
