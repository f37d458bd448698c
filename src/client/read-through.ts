import type { Story, StoryPage } from '../schema/index.ts';
import { expectShape, fetchJson } from './http.ts';
import * as shapes from './schema-checks.ts';
import { SourceError, type RequestOptions, type StoryQuery, type StorySource } from './types.ts';

/**
 * `GET {via}/sources/github?repo=&labels=` or `GET {via}/sources/discourse?url=`:
 * the Chorus server fetches (and caches) the upstream for every reader, so the
 * browser needs neither GitHub's rate limit nor the forum's CORS setting.
 */
export class ReadThroughSource implements StorySource {
  readonly label: string;
  readonly #url: URL;

  /** @param params The upstream's identity (`repo` + `labels`, or `url`). */
  constructor(via: string, kind: 'github' | 'discourse', params: Record<string, string | null>) {
    this.#url = new URL(`sources/${kind}`, new URL(via.trim().replace(/\/+$/, '') + '/', document.baseURI));
    for (const [key, value] of Object.entries(params)) if (value) this.#url.searchParams.set(key, value);
    this.label = `${kind} via ${this.#url.origin}`;
  }

  async listStories(query: StoryQuery, options: RequestOptions = {}): Promise<StoryPage> {
    const url = new URL(this.#url);
    for (const [key, value] of Object.entries({ limit: query.limit, cursor: query.cursor, tag: query.tag, kind: query.kind })) {
      if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, String(value));
    }
    const { data } = await fetchJson(url.href, { signal: options.signal });
    return expectShape(shapes.StoryPage, data, 'stories');
  }

  async getStory(id: string, options: RequestOptions = {}): Promise<Story> {
    // The read-through has no per-story route: look for it in the first pages.
    let cursor: string | null = null;
    for (let page = 0; page < 5; page++) {
      const result: StoryPage = await this.listStories({ cursor, limit: 100 }, options);
      const story = result.stories.find((candidate) => candidate.id === id);
      if (story) return story;
      cursor = result.nextCursor;
      if (!cursor) break;
    }
    throw new SourceError('not-found', `No story ${id} in ${this.label}`);
  }

  async submit(): Promise<never> {
    throw new SourceError('unsupported', 'This source is read-only: send stories to a Chorus endpoint');
  }

  async membership(): Promise<never> {
    throw new SourceError('unsupported', 'This source has no membership tiers');
  }
}
