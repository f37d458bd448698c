import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the element has come within about 600px of the viewport: a poll with
 * `loading="lazy"` (the default) reads its poll only then, like the feed.
 */
export class NearViewportController implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  #observer: IntersectionObserver | undefined;
  near = false;

  constructor(host: ReactiveControllerHost & Element) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.near) return;
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.near = true;
        this.#observer?.disconnect();
        this.#host.requestUpdate();
      },
      { rootMargin: '600px' },
    );
    this.#observer.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }
}
