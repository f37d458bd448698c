/**
 * The read-only `source` forms of the feed: `github:OWNER/REPO?labels=…`,
 * `discourse:https://…/c/SLUG/ID` and JSON files. With `via` (a Chorus API base),
 * GitHub and Discourse are read through that server's cached read-through
 * instead of from the browser.
 *
 * Each form's code (its client and its upstream parser) is its own chunk, fetched
 * the first time a feed on the page reads from that form (resolve.ts wraps it in
 * a source that loads on its first request).
 * @module
 */
import type { SourceConfig } from './resolve.ts';
import type { StorySource } from './types.ts';

/** A `source` form whose code is fetched when a feed first reads from it. */
export interface LazySourceKind {
  matches(source: string): boolean;
  load(source: string, config: SourceConfig): Promise<StorySource>;
}

export const isGitHub = (source: string) => source.startsWith('github:');
export const isDiscourse = (source: string) => source.startsWith('discourse:');
/** Anything else without a scheme of its own is a file: `https://…/stories.json`, `/stories.json`, `./stories.json`. */
export const isFile = (source: string) => /^https?:\/\//i.test(source) || !/^[a-z][a-z0-9+.-]*:/i.test(source);

export const builtInSourceKinds: LazySourceKind[] = [
  { matches: isGitHub, load: async (source, { via }) => (await import('./github.ts')).githubSource(source, via) },
  { matches: isDiscourse, load: async (source, { via }) => (await import('./discourse.ts')).discourseSource(source, via) },
  { matches: isFile, load: async (source) => new (await import('./static-json.ts')).StaticJsonSource(source) },
];
