import type { AdminStory, StoryStatus } from '../schema/index.ts';
import { expectShape, fetchJson } from './http.ts';
import * as shapes from './admin-checks.ts';
import type { RequestOptions } from './types.ts';

export interface AdminClientOptions {
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export type DigestFormat = 'markdown' | 'html';

/** A date range for the newsletter digest; dates are `YYYY-MM-DD`, both ends included. */
export interface DigestQuery {
  since: string;
  until: string;
  format: DigestFormat;
}

/** What `<chorus-moderation-queue>` needs from a server; `AdminClient` is the HTTP one, tests and stories pass fakes. */
export interface AdminApi {
  listStories(query: { status: StoryStatus }, options?: RequestOptions): Promise<AdminStory[]>;
  approve(id: string, options?: RequestOptions): Promise<AdminStory>;
  reject(id: string, options?: RequestOptions): Promise<AdminStory>;
  markSpam(id: string, options?: RequestOptions): Promise<AdminStory>;
  digest(query: DigestQuery, options?: RequestOptions): Promise<string>;
}

/**
 * The admin part of the HTTP API v1, with `Authorization: Bearer <token>` on every request.
 * A refused token is a SourceError of kind `unauthorized` (401) or `forbidden` (403).
 *
 * Contract extension: `markSpam` is `POST /admin/stories/{id}/reject` with the body
 * `{"spam": true}`, so a server that predates spam marking still rejects the story.
 */
export class AdminClient implements AdminApi {
  readonly #base: string;
  readonly #token: string;
  readonly #options: AdminClientOptions;

  /** @param endpoint The API base, e.g. `https://stories.example.org/api/v1`. */
  constructor(endpoint: string, token: string, options: AdminClientOptions = {}) {
    this.#base = new URL(endpoint.replace(/\/+$/, '') + '/admin/', document.baseURI).href;
    this.#token = token;
    this.#options = options;
  }

  #request(path: string, init: { method?: string; body?: unknown; params?: Record<string, string>; signal?: AbortSignal | undefined } = {}) {
    const url = new URL(path, this.#base);
    for (const [key, value] of Object.entries(init.params ?? {})) url.searchParams.set(key, value);
    return fetchJson(url.href, {
      ...this.#options,
      method: init.method ?? 'GET',
      body: init.body,
      headers: { Authorization: `Bearer ${this.#token}` },
      signal: init.signal,
    });
  }

  async #moderate(id: string, action: 'approve' | 'reject', body: unknown, options: RequestOptions) {
    const { data } = await this.#request(`stories/${encodeURIComponent(id)}/${action}`, { method: 'POST', body, signal: options.signal });
    return expectShape(shapes.AdminStory, data, 'a story');
  }

  async listStories(query: { status: StoryStatus }, options: RequestOptions = {}) {
    const { data } = await this.#request('stories', { params: { status: query.status }, signal: options.signal });
    return expectShape(shapes.AdminStoryList, data, 'stories').stories;
  }

  approve(id: string, options: RequestOptions = {}) {
    return this.#moderate(id, 'approve', undefined, options);
  }

  reject(id: string, options: RequestOptions = {}) {
    return this.#moderate(id, 'reject', undefined, options);
  }

  markSpam(id: string, options: RequestOptions = {}) {
    return this.#moderate(id, 'reject', { spam: true }, options);
  }

  /**
   * The newsletter digest as text. The server may answer with the text itself
   * (`text/markdown`, `text/html`, `text/plain`) or JSON `{"text": "…"}`.
   */
  async digest(query: DigestQuery, options: RequestOptions = {}) {
    const plain = this.#options.fetch ?? fetch;
    // fetchJson keeps its timeout and error mapping; a text answer is wrapped as JSON on the way in.
    const textAsJson: typeof fetch = async (input, init) => {
      const response = await plain(input, init);
      const type = response.headers.get('Content-Type') ?? '';
      if (!response.ok || /json/i.test(type)) return response;
      return new Response(JSON.stringify({ text: await response.text() }), { status: response.status, headers: { 'Content-Type': 'application/json' } });
    };
    const { data } = await fetchJson(new URL('digest', this.#base).href + '?' + new URLSearchParams({ ...query }), {
      ...this.#options,
      fetch: textAsJson,
      headers: { Authorization: `Bearer ${this.#token}`, Accept: query.format === 'html' ? 'text/html, application/json' : 'text/markdown, application/json' },
      signal: options.signal,
    });
    return expectShape(shapes.DigestText, data, 'a digest').text;
  }
}
