import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How far outside the viewport the feed starts fetching, and the next page starts loading. */
const MARGIN = '600px';

/**
 * Where the feed is relative to the viewport: `near` turns true once the feed is within
 * 600px of it (the first fetch waits for that unless `loading="eager"`), and `watchEnd`
 * calls back when an element (the "Load more" button, for `infinite`) comes that close.
 */
export class FeedViewportController implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  readonly #onEnd: () => void;
  #near = false;
  #nearObserver: IntersectionObserver | undefined;
  #endObserver: IntersectionObserver | undefined;
  #end: Element | null = null;

  constructor(host: ReactiveControllerHost & Element, onEnd: () => void) {
    this.#host = host;
    this.#onEnd = onEnd;
    host.addController(this);
  }

  /** Whether the feed has come within reach of the viewport. */
  get near(): boolean {
    return this.#near;
  }

  hostConnected(): void {
    if (this.#near) return;
    if (!('IntersectionObserver' in window)) {
      this.#near = true;
      return;
    }
    this.#nearObserver = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.#near = true;
        this.#nearObserver?.disconnect();
        this.#host.requestUpdate();
      },
      { rootMargin: MARGIN },
    );
    this.#nearObserver.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#nearObserver?.disconnect();
    this.#endObserver?.disconnect();
    this.#end = null;
  }

  /** Watches `end` (null stops watching). Watching the same element again re-arms it: an observer only reports changes. */
  watchEnd(end: Element | null, again = false): void {
    if (end === this.#end && !again) return;
    this.#endObserver?.disconnect();
    this.#end = end;
    if (!end) return;
    this.#endObserver ??= new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && this.#onEnd(), { rootMargin: MARGIN });
    this.#endObserver.observe(end);
  }
}

interface VirtualizerModule {
  virtualizerRef: symbol;
}
type VirtualizerHost = HTMLElement & { [key: symbol]: { element(index: number): { scrollIntoView(options?: ScrollIntoViewOptions): void } | undefined } };

/**
 * Focuses the story at `index` (the feed pattern's Page Up / Page Down). A virtualized
 * story may not be in the DOM: it is scrolled in first, and focused once its range renders.
 */
export async function focusStory(root: ParentNode, index: number, count: number, virtualizer: VirtualizerModule | undefined): Promise<void> {
  if (index < 0 || index >= count) return;
  const find = () => root.querySelector<HTMLElement>(`article[aria-posinset="${index + 1}"]`);
  let target = find();
  const host = root.querySelector<VirtualizerHost>('.virtual-host');
  if (!target && host && virtualizer) {
    const rendered = new Promise((resolve) => {
      host.addEventListener('rangeChanged', resolve, { once: true });
      setTimeout(resolve, 1000);
    });
    try {
      host[virtualizer.virtualizerRef]?.element(index)?.scrollIntoView({ block: 'start' });
    } catch {
      return; // Its layout is still loading: the key press does nothing rather than fail.
    }
    await rendered;
    target = find();
  }
  target?.focus();
}
