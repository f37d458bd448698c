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

  #load(signal: AbortSignal | undefined): Promise<Story[]> {
    const loading = (this.#stories ??= fetchJson(this.#url, { signal, timeoutMs: this.#options.timeoutMs, fetch: this.#options.fetch }).then(({ data }) =>
      expectShape(shapes.StoryFile, data, 'the stories file').stories.sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt)),
    ));
    // A failed or aborted read is not remembered: the next call tries again.
    loading.catch(() => {
      if (this.#stories === loading) this.#stories = undefined;
    });
    return loading;
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
