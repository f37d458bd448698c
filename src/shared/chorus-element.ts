import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { SourceConfig, resolveSource } from '../client/resolve.ts';
import type { StorySource } from '../client/types.ts';
import { loadLocale, loadMatcher, localeDirection, localeNow, localeReady, onTranslationsAdded } from './locale.ts';
import { themeStyles } from './theme.ts';
import { nextTask } from './idle.ts';

/** What an element is showing: reflected as the `state` attribute so pages and tests can style or wait on it. */
export type ElementState = 'loading' | 'error' | 'empty' | 'ready';

const live = new Set<ChorusElement>();
/** The `lang="en"` marks elements put on their English content: not a language the page asked for. */
const englishMarks = new WeakSet<Element>();
/** Set when the language matcher could not be fetched (offline): elements then show English rather than wait again. */
let matcherFailed = false;
let langObserver: MutationObserver | undefined;

// One observer for the whole page: a `lang` change anywhere re-resolves every element's locale.
function watchLanguage(): void {
  if (langObserver) return;
  langObserver = new MutationObserver(() => live.forEach((element) => element.refreshLocale()));
  langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  onTranslationsAdded(() =>
    live.forEach((element) => {
      element.refreshLocale();
      element.requestUpdate();
    }),
  );
}

/**
 * The base of every Chorus element: state reflection, locale, theme and source resolution.
 * @cssprop --chorus-color-surface - Background of cards and fields.
 * @cssprop --chorus-color-text - Body text.
 * @cssprop --chorus-color-muted - Secondary text (hints, dates).
 * @cssprop --chorus-color-accent - Links, buttons and highlights.
 * @cssprop --chorus-color-on-accent - Text on accent backgrounds.
 * @cssprop --chorus-color-border - Borders of fields and cards.
 * @cssprop --chorus-color-subtle - Quiet backgrounds (badges, skeletons).
 * @cssprop --chorus-color-danger - Errors.
 * @cssprop --chorus-color-success - Confirmations.
 * @cssprop --chorus-color-focus - The focus ring (defaults to the accent).
 * @cssprop --chorus-radius - Corner radius.
 * @cssprop --chorus-space - Base spacing unit.
 * @cssprop --chorus-font-family - Font stack.
 * @cssprop --chorus-font-size - Base font size.
 * @cssprop --chorus-dark-color-surface - Dark-scheme surface (and likewise `--chorus-dark-color-*` for every colour above).
 */
export class ChorusElement extends LitElement {
  static override styles = [themeStyles];

  /** What the element shows now: `loading`, `error`, `empty` or `ready`. Set by the element; read it, style it. */
  @property({ reflect: true }) state: ElementState = 'loading';

  /** `light` or `dark` forces a colour scheme; unset follows the reader's `prefers-color-scheme`. */
  @property({ reflect: true }) theme: 'light' | 'dark' | undefined;

  /** Base URL of a Chorus API (`https://…/api/v1`). Defaults to the page's `<meta name="chorus-endpoint">`. */
  @property() endpoint: string | undefined;

  /** A StorySource object to use instead of `endpoint` (for tests, Storybook and custom backends). */
  @property({ attribute: false }) dataSource: StorySource | undefined;

  /**
   * The language the element shows: its `lang`, else the nearest ancestor's, else the document's,
   * matched to the locales Chorus has (`pt` → `pt-BR`, `zh-HK` → `zh-TW`, `no` → `nb`), else `en`.
   * Words, dates, numbers, prices and plurals all use it.
   */
  @state() protected locale = 'en';

  /** The `dir` this element set itself, to tell it from one the host page set (which wins). */
  #ownDir: string | undefined;

  /** Whether the page asked for a language Chorus lacks, so the element shows English in it. */
  #fallback = false;
  /** The rendered nodes this element marked `lang="en"`. */
  #marked = new Set<Element>();

  constructor() {
    super();
    // A controller, so every element marks its content after each render, whatever its own `updated()` does.
    this.addController({ hostUpdated: () => this.#markEnglish() });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    live.add(this);
    watchLanguage();
    this.refreshLocale();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    live.delete(this);
  }

  /** Re-reads the language that applies to this element (and the writing direction that follows from it). */
  refreshLocale(): void {
    const asked = resolveLang(this);
    const next = localeNow(asked) ?? (matcherFailed ? 'en' : undefined);
    // A language that needs the matcher: scheduleUpdate loads it before the next render.
    if (next === undefined) return void this.requestUpdate();
    if (next !== this.locale) this.locale = next;
    const fallback = baseLanguage(next) === 'en' && baseLanguage(asked) !== 'en';
    if (fallback !== this.#fallback) {
      this.#fallback = fallback;
      this.requestUpdate();
    }
    this.#followDirection();
  }

  // English shown on a page in a language Chorus lacks (`lang="ka"`) is marked `lang="en"`, so a
  // screen reader pronounces it as English, not with the page's language's rules. The mark goes
  // on each element the render put in the shadow root (the host's own `lang` stays the page's).
  #markEnglish(): void {
    const root = this.renderRoot;
    const wanted = new Set<Element>();
    if (this.#fallback && root instanceof ShadowRoot)
      for (const element of root.children)
        if (!(element instanceof HTMLStyleElement) && (this.#marked.has(element) || !element.hasAttribute('lang'))) wanted.add(element);
    for (const element of this.#marked) {
      if (wanted.has(element)) continue;
      element.removeAttribute('lang');
      englishMarks.delete(element);
    }
    for (const element of wanted) {
      element.setAttribute('lang', 'en');
      englishMarks.add(element);
    }
    this.#marked = wanted;
  }

  // `dir` follows the resolved language: an Arabic element on an English page is right to left,
  // an element on an Arabic page that has no Arabic words (so shows English) is left to right.
  // A `dir` the host set is left alone.
  #followDirection(): void {
    const current = this.getAttribute('dir');
    if (current !== null && current !== this.#ownDir) return;
    const wanted = localeDirection(this.locale);
    if (current !== wanted) this.setAttribute('dir', wanted);
    this.#ownDir = wanted;
  }

  /** Which attributes decide the source; the feed adds `source` and `via`. */
  protected sourceConfig(): SourceConfig {
    return { endpoint: this.endpoint };
  }

  /**
   * The source to read from: `dataSource`, else what `resolve` (client/resolve.ts) makes of the
   * attributes; null when none is configured. Throws a SourceError for an unreadable `source`.
   * Elements pass `resolve` themselves, so one that needs a source only after a person acts
   * (the form, on sending) loads the client code then.
   */
  protected resolveSourceWith(resolve: typeof resolveSource): StorySource | null {
    const source = this.dataSource ?? resolve(this.sourceConfig(), this.ownerDocument);
    return source && this.#speaking(source);
  }

  readonly #spoken = new WeakMap<StorySource, StorySource>();

  // The same source, with this element's language in every request's options (sent as
  // Accept-Language), so the server answers in the language the element shows. One wrapper per
  // source, so an element comparing sources still sees the same one.
  #speaking(source: StorySource): StorySource {
    let spoken = this.#spoken.get(source);
    if (!spoken) {
      const language = () => this.locale;
      spoken = new Proxy(source, {
        get(target, property) {
          const value: unknown = Reflect.get(target, property, target);
          if (typeof value !== 'function') return value;
          const method = value as (...args: unknown[]) => unknown;
          // Each method of a StorySource takes its request options last: listStories(query, options), membership(options), …
          const at = { listStories: 1, getStory: 1, submit: 1, membership: 0 }[property as string];
          if (at === undefined) return method.bind(target);
          return (...args: unknown[]) => {
            const options = args[at];
            const next = [...args];
            next[at] = { ...(typeof options === 'object' && options !== null ? options : {}), language: language() };
            return method.apply(target, next);
          };
        },
      });
      this.#spoken.set(source, spoken);
    }
    return spoken;
  }

  /** Whether the reader asked for less motion. */
  protected get reducedMotion(): boolean {
    return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  }

  /** The text direction that applies here, for layouts that cannot rely on logical CSS properties alone. */
  protected get direction(): 'ltr' | 'rtl' {
    return getComputedStyle(this).direction === 'rtl' ? 'rtl' : 'ltr';
  }

  #work: Promise<unknown> = Promise.resolve();
  #working = 0;

  /**
   * Makes `updateComplete` wait for `job`: a person's action whose result needs code
   * that loads on demand (validation, the Markdown renderer). Pages and tests that
   * await `updateComplete` then see the result rendered, not the moment in between.
   */
  protected track<T>(job: Promise<T>): Promise<T> {
    this.#working++;
    const done = () => void this.#working--;
    job.then(done, done);
    this.#work = Promise.allSettled([this.#work, job]);
    return job;
  }

  /** The next render alone: what a tracked job waits for (awaiting `updateComplete` there would wait for the job itself). */
  protected rendered(): Promise<boolean> {
    return super.getUpdateComplete();
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.#working) {
      await this.#work;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  // A page in a lazily loaded language waits for its strings before rendering: no flash of English.
  // A language other than English waits for the matcher first (English pages never fetch it).
  protected override async scheduleUpdate(): Promise<unknown> {
    if (!matcherFailed && localeNow(resolveLang(this)) === undefined) {
      await loadMatcher().catch((error: unknown) => {
        matcherFailed = true;
        console.warn('Chorus: could not load the language matcher; showing English.', error);
      });
      this.refreshLocale();
    }
    if (!localeReady(this.locale)) await loadLocale(this.locale);
    return super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated) this.refreshLocale();
  }
}

/**
 * The language asked for where an element is: its own `lang`, the nearest ancestor's
 * (crossing shadow roots, skipping the marks Chorus puts on English it shows), the document's, else `en`. `localeNow` (or, for a language other than English, the matcher) turns it into one Chorus has.
 */
export function resolveLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang') && !englishMarks.has(node)) {
      const lang = node.getAttribute('lang')?.trim();
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'en';
}

/** The language of a tag: `ka-GE` → `ka`. */
function baseLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/**
 * Defines a custom element once: a page may load Chorus twice (CDN and npm) without an error.
 *
 * A tag whose code the autoloader fetched is defined in a task of its own. The code of a page's
 * elements often arrives together (once the shared base is in), and each element upgrades and
 * makes its first render when its tag is defined: in one task, that was the longest of the page's
 * load. Until then the tag stays `:not(:defined)`, so space a page reserves for it holds. Once
 * they have rendered, the same task lays the page out.
 * Imported directly (`chorus-widgets/story-feed`), an element is defined at once, as a module
 * that defines an element is expected to.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const once = () => void (customElements.get(tag) || customElements.define(tag, element));
  // The autoloader's list (AUTOLOADED in lazy.ts); not imported, so this chunk stays apart from chorus.js.
  const autoloaded = (globalThis as { [key: symbol]: Set<string> | undefined })[Symbol.for('chorus-widgets.autoloaded')];
  if (autoloaded?.has(tag))
    void nextTask().then(() => {
      once();
      // Lays the page out at the end of the task that rendered these elements (a deliberate
      // forced layout). Left to the browser, the layouts of every element defined since the
      // last frame add up in one long rendering task, which `npm run bench -- main-thread`
      // counts as blocking time on the demo page.
      const rendered = [...document.querySelectorAll(tag)].map((el) => (el as LitElement).updateComplete);
      if (rendered.length) void Promise.all(rendered).then(() => document.documentElement.getBoundingClientRect());
    });
  else once();
}
