/**
 * Resolves once the page is idle (at most `timeout` ms later): when an element that has
 * shown fetches the code it needs only later, so the download never competes with the
 * page's first paint.
 */
export function whenIdle(timeout = 500): Promise<void> {
  return new Promise((resolve) => ('requestIdleCallback' in window ? requestIdleCallback(() => resolve(), { timeout }) : setTimeout(resolve, 1)));
}

/**
 * Resolves in a task of its own (`scheduler.yield()` where the browser has it, so the work
 * goes on ahead of other queued tasks). Work split at these points never blocks input or a
 * frame for long.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
