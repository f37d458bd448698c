import type { RequestOptions, StoryQuery, StorySource } from '../../src/client/types.ts';
import { SourceError } from '../../src/client/types.ts';
import type { Story, StoryPage } from '../../src/schema/index.ts';

/** A story as a Chorus server would send it. */
export function makeStory(n: number, extra: Partial<Story> = {}): Story {
  return {
    id: `s${n}`,
    kind: 'story',
    title: `Story number ${n}`,
    body: `A short body for story ${n}.`,
    bodyFormat: 'markdown',
    url: `https://example.org/stories/${n}`,
    tags: ['community'],
    authorName: `Author ${n}`,
    publishedAt: new Date(Date.now() - n * 3_600_000).toISOString(),
    links: [],
    ...extra,
  };
}

export interface Call {
  query: StoryQuery;
  signal: AbortSignal | undefined;
  resolve(page: StoryPage): void;
  reject(error: unknown): void;
}

/**
 * A StorySource the test drives by hand: every `listStories` call waits until the
 * test resolves or rejects it, so tests see each state for as long as they like.
 */
export class ManualSource implements StorySource {
  readonly label = `manual ${Math.random().toString(36).slice(2)}`;
  readonly calls: Call[] = [];
  #waiters: (() => void)[] = [];

  listStories(query: StoryQuery, options: RequestOptions = {}): Promise<StoryPage> {
    return new Promise((resolve, reject) => {
      const { signal } = options;
      signal?.addEventListener('abort', () => reject(signal.reason));
      this.calls.push({ query, signal: options.signal, resolve, reject });
      this.#waiters.splice(0).forEach((wake) => wake());
    });
  }

  /** The nth call (0-based), waiting for it to be made. */
  async call(n: number): Promise<Call> {
    for (;;) {
      const call = this.calls[n];
      if (call) return call;
      await new Promise<void>((wake) => this.#waiters.push(wake));
    }
  }

  async getStory(): Promise<Story> {
    throw new SourceError('unsupported', 'manual');
  }
  async submit(): Promise<never> {
    throw new SourceError('unsupported', 'manual');
  }
  async membership(): Promise<never> {
    throw new SourceError('unsupported', 'manual');
  }
}

/** A StorySource that answers at once from a fixed list, paging with an offset cursor. */
export class ListSource implements StorySource {
  readonly label = `list ${Math.random().toString(36).slice(2)}`;
  readonly queries: StoryQuery[] = [];
  constructor(readonly stories: Story[]) {}
  async listStories(query: StoryQuery): Promise<StoryPage> {
    this.queries.push(query);
    const start = Number(query.cursor ?? 0);
    const end = start + (query.limit ?? 10);
    return { stories: this.stories.slice(start, end), nextCursor: end < this.stories.length ? String(end) : null };
  }
  async getStory(): Promise<Story> {
    throw new SourceError('unsupported', 'list');
  }
  async submit(): Promise<never> {
    throw new SourceError('unsupported', 'list');
  }
  async membership(): Promise<never> {
    throw new SourceError('unsupported', 'list');
  }
}

/**
 * Stands in for IntersectionObserver, whose callbacks never come in a background tab (the
 * test runner runs two pages at once). The test says when an element comes near the viewport.
 */
export class FakeIntersectionObserver {
  static instances: FakeIntersectionObserver[] = [];
  readonly targets = new Set<Element>();
  constructor(
    readonly callback: IntersectionObserverCallback,
    readonly options: IntersectionObserverInit = {},
  ) {
    FakeIntersectionObserver.instances.push(this);
  }
  observe(target: Element): void {
    this.targets.add(target);
  }
  unobserve(target: Element): void {
    this.targets.delete(target);
  }
  disconnect(): void {
    this.targets.clear();
  }
  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }

  /** Reports `target` as within the observer's margin, to every observer watching it. */
  static near(target: Element): void {
    for (const observer of FakeIntersectionObserver.instances) {
      if (!observer.targets.has(target)) continue;
      const entry = { target, isIntersecting: true, intersectionRatio: 1 } as IntersectionObserverEntry;
      observer.callback([entry], observer as unknown as IntersectionObserver);
    }
  }

  /** Replaces the page's IntersectionObserver until the returned function is called. */
  static install(): () => void {
    const real = window.IntersectionObserver;
    FakeIntersectionObserver.instances = [];
    window.IntersectionObserver = FakeIntersectionObserver as unknown as typeof IntersectionObserver;
    return () => (window.IntersectionObserver = real);
  }
}
