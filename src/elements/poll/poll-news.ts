/**
 * What `<chorus-poll>` needs before it follows live results: who leads, what was last
 * said about the results, and whether the poll is near the viewport. The stream itself
 * and the rules for speaking of a change are in poll-live.ts, fetched once the poll shows.
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Poll, PollOption } from '../../schema/poll.ts';

/** The answer ahead of every other, or undefined while nobody voted or the top is shared. */
export function leaderOf(poll: Poll): PollOption | undefined {
  const [first, second] = [...poll.options].sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0));
  if (!first?.votes || (second && second.votes === first.votes)) return undefined;
  return first;
}

/** What was last said aloud (or first seen) about the results. */
export interface Heard {
  leader: string | undefined;
  total: number;
  /** When it was said; `-Infinity` for what was only seen, so the first real change is said at once. */
  at: number;
}

/** What a poll's results say now, for `worthSaying`. */
export const hearing = (poll: Poll, at: number): Heard => ({ leader: leaderOf(poll)?.id, total: poll.total ?? 0, at });

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
