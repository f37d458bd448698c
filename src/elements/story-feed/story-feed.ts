import { Task, TaskStatus, initialState } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
// Types only: the module itself is imported on demand, for long feeds.
import type * as Virtualize from '@lit-labs/virtualizer/virtualize.js';
import { DiscourseCorsError } from '../../client/discourse.ts';
import type { CachedStoryPage } from '../../client/github.ts';
import type { SourceConfig } from '../../client/resolve.ts';
import '../../client/sources.ts';
import { SourceError, isAbortError, type StorySource } from '../../client/types.ts';
import { STORY_KINDS, type Story, type StoryKind, type StoryPage } from '../../schema/index.ts';
import { ChorusElement, define } from '../../shared/chorus-element.ts';
import { ChorusErrorEvent, ChorusLoadEvent } from '../../shared/events.ts';
import { pluralKey } from '../../shared/locale.ts';
import { relativeTime } from '../../shared/relative-time.ts';
import { plainText, renderHtml, renderMarkdown, safeUrl } from '../../shared/rich-text.ts';
import { storyFeedStyles } from './story-feed.styles.ts';
import { storyFeedStrings } from './story-feed.strings.ts';

type VirtualizerModule = typeof Virtualize;

/** Beyond this many stories only the visible ones are rendered (the virtualizer loads then, not before). */
export const VIRTUALIZE_AT = 300;
const PREVIEW_ROWS = 50;
const EXCERPT_CHARS = 240;
const SESSION_PREFIX = 'chorus-feed:';
const SESSION_MAX = 100;
const UGC = 'ugc nofollow noopener';
const ERROR_KEYS = ['network', 'timeout', 'rate-limited', 'not-found', 'forbidden', 'unauthorized', 'unsupported', 'invalid-response', 'server'] as const;

interface Excerpt {
  text: string;
  long: boolean;
}
const excerpts = new WeakMap<Story, Excerpt>();
// Which story (and form) a body element currently shows, so re-renders leave it alone.
const filled = new WeakMap<Element, string>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function excerptOf(story: Story): Excerpt {
  let excerpt = excerpts.get(story);
  if (!excerpt) {
    const text = plainText(story.body, story.bodyFormat, EXCERPT_CHARS);
    excerpt = { text, long: text.endsWith('…') && plainText(story.body, story.bodyFormat) !== text };
    excerpts.set(story, excerpt);
  }
  return excerpt;
}

function readSession(key: string): StoryPage | null {
  try {
    const raw = sessionStorage.getItem(SESSION_PREFIX + key);
    return raw ? (JSON.parse(raw) as StoryPage) : null;
  } catch {
    return null;
  }
}

function writeSession(key: string, page: StoryPage): void {
  try {
    sessionStorage.setItem(SESSION_PREFIX + key, JSON.stringify({ stories: page.stories, nextCursor: page.nextCursor }));
  } catch {
    // Storage full or blocked: the next visit shows skeletons instead of saved stories.
  }
}

/**
 * A feed of approved community stories, light enough for any page: it fetches
 * only near the viewport, reserves its space, and renders bodies only through the sanitizer.
 * @tag chorus-story-feed
 * @summary Lists stories from a Chorus server, GitHub Issues, Discourse or a JSON file.
 * @fires chorus-load - A page of stories was shown. detail: {count}
 * @fires chorus-error - Stories could not be loaded and the reader was told. detail: {code, message}
 * @slot empty - Shown when there are no stories (default: "No stories yet.").
 * @csspart feed - The `role="feed"` list of stories.
 * @csspart item - One story (`article`).
 * @csspart badge - The story's kind.
 * @csspart title - The story's title link.
 * @csspart author - The author's name.
 * @csspart time - The `time` element with the relative date.
 * @csspart body - The excerpt, or the full body when expanded.
 * @csspart tags - The list of tags.
 * @csspart read-more - The "Read more" / "Show less" button.
 * @csspart skeleton - A placeholder row while stories load.
 * @csspart filters - The filter chips (with `filters`).
 * @csspart filter - One filter chip.
 * @csspart load-more - The "Load more stories" button.
 * @csspart notice - The note above saved (stale) stories.
 * @csspart empty - The wrapper of the empty message.
 * @csspart error - The error message with "Try again".
 * @csspart retry - The "Try again" button.
 * @cssprop --chorus-feed-gap - Space between stories.
 * @cssprop --chorus-feed-card-min - Narrowest card in the grid layout (default 16rem).
 */
export class ChorusStoryFeed extends ChorusElement {
  static override styles = [...ChorusElement.styles, storyFeedStyles];

  #task = new Task(this, {
    task: async ([near], { signal }) => this.#loadFirstPage(near, signal),
    args: () => [this.near || this.loading === 'eager', this.source, this.endpoint, this.via, this.dataSource, this.tag, this.kind, this.limit] as const,
  });

  /** A read-only source instead of `endpoint`: `github:OWNER/REPO?labels=story`, `discourse:https://forum/c/SLUG/ID`, or a JSON file URL. */
  @property() source: string | undefined;

  /** A Chorus API base whose read-through fetches `github:` and `discourse:` sources for the browser. */
  @property() via: string | undefined;

  /** Stories per page. */
  @property({ type: Number }) limit = 10;

  /** Only stories with this tag. */
  @property() tag: string | undefined;

  /** Only stories of this kind: `boost`, `news`, `story` or `event`. */
  @property() kind: StoryKind | undefined;

  /** `list`, `grid` or `compact` (one line per story). */
  @property({ reflect: true }) layout: 'list' | 'grid' | 'compact' = 'list';

  /** Show filter chips for kinds and tags. */
  @property({ type: Boolean }) filters = false;

  /** Load the next page when the reader nears the end (the button stays as a fallback). */
  @property({ type: Boolean }) infinite = false;

  /** Load images in story bodies and authors' avatars (off by default: no third-party requests, no surprises). */
  @property({ type: Boolean }) images = false;

  /** `lazy` (default) fetches once the feed is within about 600px of the viewport; `eager` fetches at once. */
  @property() loading: 'lazy' | 'eager' = 'lazy';

  /** Set while the feed shows saved stories because a fresh copy could not be fetched. */
  @property({ type: Boolean, reflect: true }) stale = false;

  @state() private near = false;
  @state() private stories: Story[] = [];
  @state() private nextCursor: string | null = null;
  @state() private notice: SourceError | null = null;
  @state() private loadingMore = false;
  @state() private moreError: SourceError | null = null;
  @state() private announcement = '';
  @state() private expanded = new Set<string>();
  @state() private virtualizer: VirtualizerModule | undefined;

  @query('.feed') private feedElement!: HTMLElement | null;
  @query('.load-more') private moreButton!: HTMLButtonElement | null;

  #more: AbortController | undefined;
  #nearObserver: IntersectionObserver | undefined;
  #endObserver: IntersectionObserver | undefined;
  #observedEnd: Element | null = null;
  #abortedByDisconnect = false;
  #virtualizerLoading: Promise<void> | undefined;
  #tagsSeen = new Set<string>();
  #lastSource: StorySource | undefined;

  protected override sourceConfig(): SourceConfig {
    return { endpoint: this.endpoint, source: this.source, via: this.via };
  }

  #cacheKey(source: StorySource): string {
    return [source.label, this.tag ?? '', this.kind ?? '', this.limit].join('|');
  }

  async #loadFirstPage(go: boolean, signal: AbortSignal): Promise<number | typeof initialState> {
    this.#more?.abort();
    this.loadingMore = false;
    this.moreError = null;
    this.notice = null;
    this.announcement = '';
    this.expanded = new Set();
    const source = this.resolveSource();
    if (!source) throw new SourceError('unsupported', 'No source or endpoint is set');
    // Tag chips belong to one source; a filter on the same source keeps them.
    if (source !== this.#lastSource) this.#tagsSeen.clear();
    this.#lastSource = source;
    const key = this.#cacheKey(source);
    // Stale-while-revalidate: the last stories show at once (even before the feed nears the viewport).
    const cached = readSession(key);
    this.stories = cached?.stories ?? [];
    this.nextCursor = cached?.nextCursor ?? null;
    if (!go) return initialState;
    if (this.limit > VIRTUALIZE_AT) this.#loadVirtualizer();
    try {
      const page: CachedStoryPage = await source.listStories({ limit: this.limit, tag: this.tag, kind: this.kind }, { signal });
      signal.throwIfAborted();
      this.stories = page.stories;
      this.nextCursor = page.nextCursor;
      this.notice = page.stale ?? null;
      // Long pages are not saved: serializing thousands of stories would cost the frame they arrive in.
      if (!page.stale && page.stories.length <= SESSION_MAX) writeSession(key, page);
      this.#loaded(page.stories.length);
      return page.stories.length;
    } catch (error) {
      if (signal.aborted || isAbortError(error) || !cached) throw error;
      this.notice = error instanceof SourceError ? error : new SourceError('network', String(error));
      return this.stories.length;
    }
  }

  #loaded(count: number): void {
    this.updateComplete.then(() => this.dispatchEvent(new ChorusLoadEvent(count)));
  }

  #onNear = (entries: IntersectionObserverEntry[]): void => {
    if (entries.some((entry) => entry.isIntersecting)) {
      this.near = true;
      this.#nearObserver?.disconnect();
    }
  };

  #onEnd = (entries: IntersectionObserverEntry[]): void => {
    if (entries.some((entry) => entry.isIntersecting) && !this.moreError) void this.loadMore();
  };

  #onKeydown = (event: KeyboardEvent): void => {
    const article = (event.target as Element).closest?.('article');
    if (!article) return;
    const index = Number(article.getAttribute('aria-posinset')) - 1;
    if (event.key === 'PageDown' || event.key === 'PageUp') {
      event.preventDefault();
      void this.#focusStory(index + (event.key === 'PageDown' ? 1 : -1));
    } else if (event.key === 'End' && event.ctrlKey) {
      // The feed pattern: Ctrl+End leaves the feed forwards.
      event.preventDefault();
      this.moreButton?.focus();
    }
  };

  #toggle(story: Story): void {
    const expanded = new Set(this.expanded);
    if (!expanded.delete(story.id)) expanded.add(story.id);
    this.expanded = expanded;
  }

  #chooseKind(kind: StoryKind | undefined): void {
    this.kind = kind;
  }

  #chooseTag(tag: string): void {
    this.tag = this.tag === tag ? undefined : tag;
  }

  #retry = (): void => {
    void this.#task.run();
    this.updateComplete.then(() => this.feedElement?.focus());
  };

  async #focusStory(index: number): Promise<void> {
    if (index < 0 || index >= this.stories.length) return;
    const find = () => this.renderRoot.querySelector<HTMLElement>(`article[aria-posinset="${index + 1}"]`);
    let target = find();
    const feed = this.renderRoot.querySelector<HTMLElement>('.virtual-host');
    if (!target && feed && this.virtualizer) {
      // A virtualized story may not be in the DOM: scroll it in, then focus it once its range renders.
      const virtualizer = (feed as HTMLElement & { [key: symbol]: { element(i: number): { scrollIntoView(o?: ScrollIntoViewOptions): void } | undefined } })[
        this.virtualizer.virtualizerRef
      ];
      const rendered = new Promise((resolve) => {
        feed.addEventListener('rangeChanged', resolve, { once: true });
        setTimeout(resolve, 1000);
      });
      try {
        virtualizer?.element(index)?.scrollIntoView({ block: 'start' });
      } catch {
        return; // Its layout is still loading: the key press does nothing rather than fail.
      }
      await rendered;
      target = find();
    }
    target?.focus();
  }

  /** Loads and shows the next page, if there is one. */
  async loadMore(): Promise<void> {
    const source = this.resolveSource();
    if (!source || !this.nextCursor || this.loadingMore) return;
    const controller = new AbortController();
    this.#more = controller;
    this.loadingMore = true;
    this.moreError = null;
    const before = this.stories.length;
    if (before + this.limit > VIRTUALIZE_AT) this.#loadVirtualizer();
    try {
      const page = await source.listStories({ limit: this.limit, tag: this.tag, kind: this.kind, cursor: this.nextCursor }, { signal: controller.signal });
      controller.signal.throwIfAborted();
      const known = new Set(this.stories.map((story) => story.id));
      const added = page.stories.filter((story) => !known.has(story.id));
      this.stories = [...this.stories, ...added];
      this.nextCursor = page.nextCursor;
      const t = storyFeedStrings(this.locale);
      this.announcement = t(pluralKey('added', added.length, this.locale), { count: added.length }) + (page.nextCursor ? '' : ` ${t('allShown')}`);
      this.#loaded(added.length);
      await this.updateComplete;
      // The button is gone on the last page: keep the reader's place on the first new story.
      if (!this.nextCursor && !this.infinite && this.shadowRoot?.activeElement === null) void this.#focusStory(before);
    } catch (error) {
      if (controller.signal.aborted || isAbortError(error)) return;
      this.moreError = error instanceof SourceError ? error : new SourceError('network', String(error));
      this.announcement = this.#errorMessage(this.moreError);
    } finally {
      if (this.#more === controller) this.loadingMore = false;
      // Observe the button afresh: it may still be in view, and an observer only reports changes.
      this.#observedEnd = null;
      this.#endObserver?.disconnect();
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.near && 'IntersectionObserver' in window) {
      this.#nearObserver = new IntersectionObserver(this.#onNear, { rootMargin: '600px' });
      this.#nearObserver.observe(this);
    } else this.near = true;
    if (this.#abortedByDisconnect) {
      this.#abortedByDisconnect = false;
      void this.#task.run();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A single-page app removes the feed when it navigates: stop what is in flight.
    if (this.#task.status === TaskStatus.PENDING) {
      this.#abortedByDisconnect = true;
      this.#task.abort();
    }
    this.#more?.abort();
    this.#nearObserver?.disconnect();
    this.#endObserver?.disconnect();
    this.#observedEnd = null;
  }

  // Loaded only for long feeds, so the base bundle stays small.
  #loadVirtualizer(): void {
    if (this.#virtualizerLoading) return;
    this.#virtualizerLoading = import('@lit-labs/virtualizer/virtualize.js').then((module) => {
      this.virtualizer = module;
    });
  }

  // After the controllers' hostUpdate, so the state reflects what the task just set (saved stories show in the same frame).
  protected override update(changed: PropertyValues<this>): void {
    if ((changed as Map<PropertyKey, unknown>).has('stories')) {
      for (const story of this.stories) for (const tag of story.tags) if (this.#tagsSeen.size < 12) this.#tagsSeen.add(tag);
      if (this.stories.length > VIRTUALIZE_AT) this.#loadVirtualizer();
    }
    const status = this.#task.status;
    const error = this.#task.error;
    const failed = status === TaskStatus.ERROR && !isAbortError(error);
    this.state = this.stories.length ? 'ready' : failed ? 'error' : status === TaskStatus.COMPLETE ? 'empty' : 'loading';
    this.stale = this.notice !== null && this.stories.length > 0;
    super.update(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('state') && this.state === 'error') {
      const error = this.#task.error;
      const sourceError = error instanceof SourceError ? error : new SourceError('network', String(error));
      this.dispatchEvent(new ChorusErrorEvent({ code: sourceError.kind, message: this.#errorMessage(sourceError) }));
    }
    const end = this.infinite ? this.moreButton : null;
    if (end !== this.#observedEnd) {
      this.#endObserver?.disconnect();
      this.#observedEnd = end;
      if (end) {
        this.#endObserver ??= new IntersectionObserver(this.#onEnd, { rootMargin: '600px' });
        this.#endObserver.observe(end);
      }
    }
  }

  #time(iso: string): string {
    return dateFormats.get(this.locale)?.format(new Date(iso)) ?? '';
  }

  #errorMessage(error: SourceError): string {
    const t = storyFeedStrings(this.locale);
    if (error instanceof DiscourseCorsError) return t('error.cors', { forum: error.forum, origin: error.origin });
    if (error.kind === 'rate-limited' && error.resetAt) return t('error.rateLimitedUntil', { time: this.#clock(error.resetAt) });
    return t((ERROR_KEYS as readonly string[]).includes(error.kind) ? (`error.${error.kind}` as `error.${(typeof ERROR_KEYS)[number]}`) : 'error.other');
  }

  #clock(date: Date): string {
    return new Intl.DateTimeFormat(this.locale, { hour: 'numeric', minute: '2-digit' }).format(date);
  }

  #relative(iso: string): string {
    if (!dateFormats.has(this.locale)) dateFormats.set(this.locale, new Intl.DateTimeFormat(this.locale, { dateStyle: 'long', timeStyle: 'short' }));
    return relativeTime(iso, this.locale);
  }

  // The body element's content is ours, not Lit's: a sanitized fragment or a plain-text excerpt.
  #fillBody(story: Story, expanded: boolean) {
    return ref((element) => {
      if (!element) return;
      const key = `${story.id}\n${expanded}\n${this.images}\n${story.body.length}`;
      if (filled.get(element) === key) return;
      filled.set(element, key);
      const options = { images: this.images, baseUrl: story.url ?? undefined };
      element.replaceChildren(
        expanded ? (story.bodyFormat === 'html' ? renderHtml(story.body, options) : renderMarkdown(story.body, options)) : excerptOf(story).text,
      );
    });
  }

  #renderStory = (story: Story, index: number): TemplateResult => {
    const t = storyFeedStrings(this.locale);
    const id = `s${index}`;
    const expanded = this.expanded.has(story.id);
    const href = safeUrl(story.url || story.link || '');
    const authorHref = story.authorUrl ? safeUrl(story.authorUrl) : null;
    const avatar = this.images && story.authorAvatar ? safeUrl(story.authorAvatar) : null;
    const relative = this.#relative(story.publishedAt);
    return html`<article
      part="item"
      class="story ${expanded ? 'expanded' : ''}"
      tabindex="0"
      aria-posinset=${index + 1}
      aria-setsize=${this.nextCursor ? -1 : this.stories.length}
      aria-labelledby="${id}-title"
      aria-describedby="${id}-meta"
    >
      <p class="meta" id="${id}-meta">
        <span class="badge" part="badge">${t(`kind.${story.kind}`)}</span>
        ${avatar ? html`<img class="avatar" src=${avatar} alt="" width="24" height="24" loading="lazy" referrerpolicy="no-referrer" />` : nothing}
        <span class="author" part="author"
          >${authorHref ? html`<a href=${authorHref} rel=${UGC}>${t('by', { author: story.authorName })}</a>` : t('by', { author: story.authorName })}</span
        >
        <time part="time" datetime=${story.publishedAt} title=${this.#time(story.publishedAt)}>${relative}</time>
      </p>
      <h3 class="title" id="${id}-title">
        ${href ? html`<a part="title" href=${href} rel=${UGC}>${story.title}</a>` : html`<span part="title">${story.title}</span>`}
      </h3>
      <div class="body" part="body" id="${id}-body" ${this.#fillBody(story, expanded)}></div>
      <div class="foot">
        ${
          story.tags.length
            ? html`<ul class="tags" part="tags" aria-label=${t('tags')}>
                ${story.tags.map((tag) => html`<li>${tag}</li>`)}
              </ul>`
            : html`<span></span>`
        }
        ${
          excerptOf(story).long
            ? html`<button class="read-more" part="read-more" aria-expanded=${expanded} aria-controls="${id}-body" @click=${() => this.#toggle(story)}>
                ${expanded ? t('readLess') : t('readMore')}<span class="visually-hidden">: ${story.title}</span>
              </button>`
            : nothing
        }
      </div>
    </article>`;
  };

  #renderSkeleton(): TemplateResult[] {
    const rows = Math.max(1, Math.min(this.limit || 1, 50));
    return Array.from(
      { length: rows },
      () =>
        html`<div class="story skeleton" part="skeleton" aria-hidden="true">
          <p class="meta"><span class="bone"></span></p>
          <div class="title"><span class="bone"></span></div>
          <div class="body"><span class="bone"></span><span class="bone"></span><span class="bone"></span></div>
          <div class="foot"></div>
        </div>`,
    );
  }

  #renderFilters(): TemplateResult {
    const t = storyFeedStrings(this.locale);
    const chip = (label: string, pressed: boolean, onClick: () => void) =>
      html`<button type="button" part="filter" aria-pressed=${pressed} @click=${onClick}>${label}</button>`;
    return html`<div class="filters" part="filters" role="group" aria-label=${t('filters')}>
      ${chip(t('filterAll'), !this.kind && !this.tag, () => {
        this.kind = undefined;
        this.tag = undefined;
      })}
      ${STORY_KINDS.map((kind) => chip(t(`kind.${kind}`), this.kind === kind, () => this.#chooseKind(this.kind === kind ? undefined : kind)))}
      ${[...this.#tagsSeen].map((tag) => chip(`#${tag}`, this.tag === tag, () => this.#chooseTag(tag)))}
    </div>`;
  }

  #renderMore(): TemplateResult {
    const t = storyFeedStrings(this.locale);
    return html`<div class="more">
      ${this.moreError ? html`<p class="error" part="error">${this.#errorMessage(this.moreError)}</p>` : nothing}
      ${
        this.nextCursor && this.state === 'ready'
          ? html`<button
              type="button"
              class="load-more"
              part="load-more"
              aria-disabled=${this.loadingMore ? 'true' : 'false'}
              @click=${() => void this.loadMore()}
            >
              ${this.loadingMore ? t('loadingMore') : this.moreError ? t('retry') : t('loadMore')}
            </button>`
          : nothing
      }
    </div>`;
  }

  override render() {
    const t = storyFeedStrings(this.locale);
    const busy = this.state === 'loading' || this.loadingMore;
    let content: unknown;
    if (this.state === 'loading') content = this.#renderSkeleton();
    else if (this.state === 'ready') {
      const { virtualizer } = this;
      content =
        virtualizer && this.stories.length > VIRTUALIZE_AT
          ? // A host of its own: the virtualizer styles it (\`contain: size\`), which must not outlive it when the feed gets short again.
            html`<div class="virtual-host">
              ${virtualizer.virtualize({ items: this.stories, renderItem: this.#renderStory, keyFunction: (story: Story) => story.id })}
            </div>`
          : // Until the virtualizer arrives, a long feed shows its first rows only: never thousands at once.
            (this.stories.length > VIRTUALIZE_AT ? this.stories.slice(0, PREVIEW_ROWS) : this.stories).map(this.#renderStory);
    }
    const error = this.#task.error;
    return html`
      ${this.filters ? this.#renderFilters() : nothing}
      ${
        this.stale && this.notice
          ? html`<p class="notice" part="notice" role="status">
              ${this.notice.kind === 'rate-limited' && this.notice.resetAt ? t('staleRateLimited', { time: this.#clock(this.notice.resetAt) }) : t('stale')}
            </p>`
          : nothing
      }
      ${
        this.state === 'error'
          ? html`<div class="error" part="error" role="alert">
              <p>${this.#errorMessage(error instanceof SourceError ? error : new SourceError('network', String(error)))}</p>
              <button type="button" part="retry" @click=${this.#retry}>${t('retry')}</button>
            </div>`
          : nothing
      }
      ${
        this.state === 'empty'
          ? html`<div part="empty">
              <slot name="empty"><p>${this.tag || this.kind ? t('emptyFiltered') : t('empty')}</p></slot>
            </div>`
          : nothing
      }
      ${
        this.state === 'error' || this.state === 'empty'
          ? nothing
          : html`<div
              class="feed ${this.virtualizer && this.stories.length > VIRTUALIZE_AT ? 'virtual' : ''}"
              part="feed"
              role="feed"
              tabindex="-1"
              aria-label=${t('feedLabel')}
              aria-busy=${busy ? 'true' : 'false'}
              @keydown=${this.#onKeydown}
            >
              ${content}
            </div>`
      }
      ${this.state === 'loading' || this.state === 'ready' ? this.#renderMore() : nothing}
      <div class="visually-hidden" role="status">${this.state === 'loading' ? t('loading') : this.announcement}</div>
    `;
  }
}

define('chorus-story-feed', ChorusStoryFeed);

declare global {
  interface HTMLElementTagNameMap {
    'chorus-story-feed': ChorusStoryFeed;
  }
}
