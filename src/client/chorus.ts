import type { StorySubmissionInput } from '../schema/index.ts';
import { expectShape, fetchJson } from './http.ts';
import * as shapes from './schema-checks.ts';
import type { RequestOptions, StoryQuery, StorySource, SubmitOptions } from './types.ts';

export interface ChorusSourceOptions {
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/** The HTTP API v1 of a Chorus server (the reference server or any compatible backend). */
export class ChorusSource implements StorySource {
  readonly label: string;
  readonly #base: string;
  readonly #options: ChorusSourceOptions;

  /** @param endpoint The API base, e.g. `https://stories.example.org/api/v1`. */
  constructor(endpoint: string, options: ChorusSourceOptions = {}) {
    this.#base = new URL(endpoint.replace(/\/+$/, '') + '/', document.baseURI).href;
    this.#options = options;
    this.label = `chorus ${this.#base}`;
  }

  #url(path: string, params: Record<string, string | number | null | undefined> = {}): string {
    const url = new URL(path, this.#base);
    for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, String(value));
    return url.href;
  }

  async listStories(query: StoryQuery, options: RequestOptions = {}) {
    const { data } = await fetchJson(this.#url('stories', { limit: query.limit, cursor: query.cursor, tag: query.tag, kind: query.kind }), {
      ...this.#options,
      signal: options.signal,
      language: options.language,
    });
    return expectShape(shapes.StoryPage, data, 'stories');
  }

  async getStory(id: string, options: RequestOptions = {}) {
    const { data } = await fetchJson(this.#url(`stories/${encodeURIComponent(id)}`), { ...this.#options, signal: options.signal, language: options.language });
    return expectShape(shapes.Story, data, 'a story');
  }

  async submit(submission: StorySubmissionInput, options: SubmitOptions) {
    const { data } = await fetchJson(this.#url('stories'), {
      ...this.#options,
      method: 'POST',
      body: submission,
      headers: { 'Idempotency-Key': options.idempotencyKey },
      signal: options.signal,
      language: options.language,
    });
    return expectShape(shapes.SubmissionReceipt, data, 'a receipt');
  }

  async membership(options: RequestOptions = {}) {
    const { data } = await fetchJson(this.#url('membership'), { ...this.#options, signal: options.signal, language: options.language });
    return expectShape(shapes.MembershipTiers, data, 'membership tiers').tiers;
  }
}
