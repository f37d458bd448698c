/**
 * Resolves once the page is idle (at most `timeout` ms later): when an element that has
 * shown fetches the code it needs only later, so the download never competes with the
 * page's first paint.
 */
export function whenIdle(timeout = 500): Promise<void> {
  return new Promise((resolve) => ('requestIdleCallback' in window ? requestIdleCallback(() => resolve(), { timeout }) : setTimeout(resolve, 1)));
}
