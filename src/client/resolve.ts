import { ChorusSource } from './chorus.ts';
import { pageEndpoint } from './endpoint.ts';

export { pageEndpoint };
import { builtInSourceKinds } from './source-kinds.ts';
import { SourceError, type RequestOptions, type StoryQuery, type StorySource, type SubmitOptions } from './types.ts';
import type { StorySubmissionInput } from '../schema/index.ts';

/** The attributes an element offers for finding its data. */
export interface SourceConfig {
  /** A Chorus API base URL. */
  endpoint?: string | null | undefined;
  /** A read-only source string: `github:…`, `discourse:…` or a JSON file URL. */
  source?: string | null | undefined;
  /** A Chorus server whose read-through (`/sources/…`) fetches `source` for the browser. */
  via?: string | null | undefined;
}

/** A factory for one `source` form, registered with `registerSourceKind`. */
export interface SourceKind {
  matches(source: string): boolean;
  create(source: string, config: SourceConfig): StorySource;
}

const kinds: SourceKind[] = [];

/** Adds a `source` form; registered forms are tried before the built-in ones (see source-kinds.ts). */
export function registerSourceKind(kind: SourceKind): void {
  kinds.push(kind);
}

/** A source whose code is fetched on its first request; a failed fetch is tried again on the next. */
class DeferredSource implements StorySource {
  readonly label: string;
  readonly #load: () => Promise<StorySource>;
  #loading: Promise<StorySource> | undefined;

  constructor(label: string, load: () => Promise<StorySource>) {
    this.label = label;
    this.#load = load;
  }

  #source(): Promise<StorySource> {
    const loading = (this.#loading ??= this.#load());
    loading.catch(() => {
      if (this.#loading === loading) this.#loading = undefined;
    });
    return loading;
  }

  async listStories(query: StoryQuery, options?: RequestOptions) {
    return (await this.#source()).listStories(query, options);
  }
  async getStory(id: string, options?: RequestOptions) {
    return (await this.#source()).getStory(id, options);
  }
  async submit(submission: StorySubmissionInput, options: SubmitOptions) {
    return (await this.#source()).submit(submission, options);
  }
  async membership(options?: RequestOptions) {
    return (await this.#source()).membership(options);
  }
}

const cache = new Map<string, StorySource>();

/**
 * Turns an element's attributes into a source: `source` first (read-only
 * forms), then `endpoint`, then the page's `<meta name="chorus-endpoint">`.
 * Returns null when nothing is configured; throws a SourceError for a
 * `source` it cannot read, naming it. A built-in `source` form's code is
 * fetched on the source's first request.
 */
export function resolveSource(config: SourceConfig, doc: Document = document): StorySource | null {
  const source = config.source?.trim();
  if (source) {
    const key = `source ${source}${config.via ? ` via ${config.via}` : ''}`;
    const known = cache.get(key);
    if (known) return known;
    const registered = kinds.find((candidate) => candidate.matches(source));
    const builtIn = builtInSourceKinds.find((candidate) => candidate.matches(source));
    let created: StorySource;
    if (registered) created = registered.create(source, config);
    else if (builtIn) created = new DeferredSource(key, () => builtIn.load(source, config));
    else throw new SourceError('unsupported', `Chorus cannot read the source "${source}"`);
    cache.set(key, created);
    return created;
  }
  const endpoint = config.endpoint?.trim() || pageEndpoint(doc);
  if (!endpoint) return null;
  const key = `endpoint ${endpoint}`;
  const known = cache.get(key);
  if (known) return known;
  const created = new ChorusSource(endpoint);
  cache.set(key, created);
  return created;
}
