import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ElementState } from '../../shared/chorus-element.ts';

type FloorHost = ReactiveControllerHost & HTMLElement & { state: ElementState; renderRoot: HTMLElement | DocumentFragment };

/**
 * Keeps what follows the feed where it was while the first page loads. Skeleton rows are
 * as tall as a collapsed story can be; stories are as tall as their content, so they often
 * take less. When the first page settles, the feed keeps its loading block size as a floor
 * (`--_feed-floor`, read by `:host { min-block-size }`) if the end of its stories is in
 * the viewport, where a reader would see the page below jump up. When the stories reach
 * past the viewport, nothing in sight can move, so there is no floor; nor for an error or
 * an empty feed. A later load (a filter chip, a new source) follows its content: the floor
 * is dropped then.
 */
export class FeedFloorController implements ReactiveController {
  readonly #host: FloorHost;
  /** The feed's block size while it showed skeleton rows, in CSS pixels. */
  #loadingSize = 0;
  #settled = false;

  constructor(host: FloorHost) {
    this.#host = host;
  }

  // Runs after the stories are in the DOM and before the frame is painted, so the floor and
  // the stories appear together, and a floor that is not needed is never seen.
  hostUpdated(): void {
    const host = this.#host;
    if (host.state === 'loading') {
      // A second load comes from the reader, or from the page changing the feed: it follows the content.
      if (this.#settled) host.style.removeProperty('--_feed-floor');
      else this.#loadingSize = Math.max(this.#loadingSize, host.getBoundingClientRect().height);
      return;
    }
    if (this.#settled) return;
    this.#settled = true;
    // Saved stories showed at once: there was nothing to hold. An error or an empty feed is
    // not worth a screenful of blank space: it takes only the room it needs.
    if (!this.#loadingSize || host.state !== 'ready') return;
    host.style.setProperty('--_feed-floor', `${this.#loadingSize}px`);
    // Where the content already ends below the viewport, whatever the floor would hold is out of sight.
    if (this.#contentEnd() >= window.innerHeight) host.style.removeProperty('--_feed-floor');
  }

  hostDisconnected(): void {
    this.#host.style.removeProperty('--_feed-floor');
  }

  /** Where the feed's visible content ends, in viewport coordinates. */
  #contentEnd(): number {
    let end = this.#host.getBoundingClientRect().top;
    for (const child of this.#host.renderRoot.children) {
      if (child.classList.contains('visually-hidden')) continue;
      end = Math.max(end, child.getBoundingClientRect().bottom);
    }
    return end;
  }
}
