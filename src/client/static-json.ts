import type { Story, StoryPage } from '../schema/index.ts';
import { expectShape, fetchJson } from './http.ts';
import * as shapes from './schema-checks.ts';
import { SourceError, type RequestOptions, type StoryQuery, type StorySource } from './types.ts';

export interface StaticJsonSourceOptions {
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/**
 * A static file of stories, for sites with no backend. The file is read once;
 * paging, `tag` and `kind` happen in the browser, and the cursor is an offset.
 */
export class StaticJsonSource implements StorySource {
  readonly label: string;
  readonly #url: string;
  readonly #options: StaticJsonSourceOptions;
  #stories: Promise<Story[]> | undefined;

  constructor(url: string, options: StaticJsonSourceOptions = {}) {
    this.#url = new URL(url.trim(), document.baseURI).href;
    this.#options = options;
    this.label = `json ${this.#url}`;
  }

  /**
   * The file, read once for every caller (sources are shared page-wide): the read belongs to
   * none of them, and each caller's signal ends only its own wait. A read every caller gave
   * up on still finishes (bounded by the timeout) and serves the next call.
   */
  #load(signal: AbortSignal | undefined): Promise<Story[]> {
    signal?.throwIfAborted();
    const loading = (this.#stories ??= fetchJson(this.#url, { timeoutMs: this.#options.timeoutMs, fetch: this.#options.fetch }).then(({ data }) =>
      expectShape(shapes.StoryFile, data, 'the stories file').stories.sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt)),
    ));
    // A failed or aborted read is not remembered: the next call tries again.
    loading.catch(() => {
      if (this.#stories === loading) this.#stories = undefined;
    });
    return signal ? untilAborted(loading, signal) : loading;
  }

  async listStories(query: StoryQuery, options: RequestOptions = {}): Promise<StoryPage> {
    const all = (await this.#load(options.signal)).filter(
      (story) => (!query.tag || story.tags.includes(query.tag)) && (!query.kind || story.kind === query.kind),
    );
    const start = Math.max(0, Number(query.cursor) || 0);
    const end = query.limit ? start + query.limit : all.length;
    return { stories: all.slice(start, end), nextCursor: end < all.length ? String(end) : null };
  }

  async getStory(id: string, options: RequestOptions = {}): Promise<Story> {
    const story = (await this.#load(options.signal)).find((candidate) => candidate.id === id);
    if (!story) throw new SourceError('not-found', `No story ${id} in ${this.#url}`);
    return story;
  }

  async submit(): Promise<never> {
    throw new SourceError('unsupported', 'A stories file is read-only: send stories to a Chorus endpoint');
  }

  async membership(): Promise<never> {
    throw new SourceError('unsupported', 'A stories file has no membership tiers');
  }
}

/** `promise`, or a rejection with the signal's reason as soon as it aborts (the work itself goes on). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason);
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}
