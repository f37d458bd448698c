/**
 * The two ways Chorus defers code, so a page downloads only what it shows and what
 * its readers do:
 *
 * - `autoload(tag, load)`: an element's module is imported the first time its tag is
 *   in the document, at load or added later (by a framework, or from a template).
 *   The element then upgrades in place, keeping any properties already set on it.
 *   src/index.ts (the script-tag entry, `chorus.js`) registers every element this way.
 * - `lazy(load)`: a code path inside an element (validation, the Markdown preview, the
 *   virtualizer, a source's parser) imported the first time someone needs it.
 *
 * Both are plain dynamic `import()`s, so the bundler makes each one its own chunk,
 * and a strict Content-Security-Policy (`script-src 'self'`) allows them.
 * @module
 */

const loaders = new Map<string, () => Promise<unknown>>();
const requested = new Set<string>();
/**
 * The tags whose code the autoloader fetched, where `define` (shared/chorus-element.ts) finds
 * them: on the page's global object rather than by import, which would bring this module into
 * the shared chunk, and the shared chunk into `chorus.js`.
 */
const AUTOLOADED = Symbol.for('chorus-widgets.autoloaded');
const autoloaded = ((globalThis as { [AUTOLOADED]?: Set<string> })[AUTOLOADED] ??= new Set<string>());
let observer: MutationObserver | undefined;
let common: (() => Promise<unknown>) | undefined;

function request(tag: string): void {
  const load = loaders.get(tag);
  if (!load || requested.has(tag)) return;
  requested.add(tag);
  autoloaded.add(tag);
  // The code every element shares starts downloading with the element's own, not once the element's has arrived.
  void common?.().catch(() => undefined);
  // Every registered element is on its way: nothing left to watch for.
  if (requested.size === loaders.size) {
    observer?.disconnect();
    observer = undefined;
  }
  load().catch((error: unknown) => {
    // A failed chunk (offline, a deploy that removed it) is tried again when the tag appears again.
    requested.delete(tag);
    watch();
    console.error(`Chorus could not load <${tag}>:`, error);
  });
}

/** Imports the code of every registered tag present under `root`: the document, or a shadow root Chorus cannot see into. */
export function discover(root: ParentNode = document): void {
  for (const tag of loaders.keys()) if (!requested.has(tag) && root.querySelector(tag)) request(tag);
}

function watch(): void {
  if (observer) return;
  observer = new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        const tag = node.localName;
        if (loaders.has(tag)) request(tag);
        if (node.firstElementChild) discover(node);
      }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}

/**
 * Registers an element for autoloading: `autoload('chorus-poll', () => import('./elements/poll/poll.ts'))`.
 * Its module is imported once, when the tag first appears in the document; the module defines the element.
 */
export function autoload(tag: string, load: () => Promise<unknown>): void {
  loaders.set(tag, load);
  watch();
  discover();
}

/** Code every element imports: fetched at the same time as the first element found on the page. */
export function preload(load: () => Promise<unknown>): void {
  common = load;
}

/** A deferred code path: `value` once loaded, `load()` to start it (once; again after a failure). */
export interface Lazy<T> {
  /** The module, once it has arrived. */
  readonly value: T | undefined;
  /** Whether the last attempt failed (offline since the page opened, for example). */
  readonly failed: boolean;
  /** Starts loading (if not loaded or loading) and resolves with the module, or undefined when it could not load. */
  load(): Promise<T | undefined>;
}

/**
 * Declares a code path that is fetched on first use:
 * `const preview = lazy(() => import('../../shared/rich-text.ts'));` then
 * `preview.value?.renderMarkdown(text)` in a template and `void preview.load()` in the handler that needs it.
 */
export function lazy<T>(load: () => Promise<T>): Lazy<T> {
  let value: T | undefined;
  let failed = false;
  let loading: Promise<T | undefined> | undefined;
  return {
    get value() {
      return value;
    },
    get failed() {
      return failed;
    },
    load() {
      loading ??= load().then(
        (module) => {
          failed = false;
          return (value = module);
        },
        () => {
          failed = true;
          loading = undefined;
          return undefined;
        },
      );
      return loading;
    },
  };
}
