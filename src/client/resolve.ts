import { ChorusSource } from './chorus.ts';
import { SourceError, type StorySource } from './types.ts';

/** The attributes an element offers for finding its data. */
export interface SourceConfig {
  /** A Chorus API base URL. */
  endpoint?: string | null | undefined;
  /** A read-only source string: `github:…`, `discourse:…` or a JSON file URL. */
  source?: string | null | undefined;
  /** A Chorus server whose read-through (`/sources/…`) fetches `source` for the browser. */
  via?: string | null | undefined;
}

/** A factory for one `source` form. Later modules register theirs (github:, discourse:, JSON files). */
export interface SourceKind {
  matches(source: string): boolean;
  create(source: string, config: SourceConfig): StorySource;
}

const kinds: SourceKind[] = [];

/** Adds a `source` form. The feed registers `github:`, `discourse:` and JSON files. */
export function registerSourceKind(kind: SourceKind): void {
  kinds.push(kind);
}

/** `<meta name="chorus-endpoint" content="…">`: one setting for every element on the page. */
export function pageEndpoint(doc: Document = document): string | null {
  return doc.querySelector<HTMLMetaElement>('meta[name="chorus-endpoint"]')?.content.trim() || null;
}

const cache = new Map<string, StorySource>();

/**
 * Turns an element's attributes into a source: `source` first (read-only
 * forms), then `endpoint`, then the page's `<meta name="chorus-endpoint">`.
 * Returns null when nothing is configured; throws a SourceError for a
 * `source` it cannot read, naming it.
 */
export function resolveSource(config: SourceConfig, doc: Document = document): StorySource | null {
  const source = config.source?.trim();
  if (source) {
    const key = `source ${source} via ${config.via ?? ''}`;
    const known = cache.get(key);
    if (known) return known;
    const kind = kinds.find((candidate) => candidate.matches(source));
    if (!kind) throw new SourceError('unsupported', `Chorus cannot read the source "${source}"`);
    const created = kind.create(source, config);
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
