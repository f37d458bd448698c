import { Task, TaskStatus, initialState } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { property, query, state } from 'lit/decorators.js';
import { fillPage } from '../../client/fill-page.ts';
import type { CachedStoryPage } from '../../client/github.ts';
import { resolveSource, type SourceConfig } from '../../client/resolve.ts';
import { isFile } from '../../client/source-kinds.ts';
import { SourceError, isAbortError, type StorySource } from '../../client/types.ts';
import { lazy } from '../../lazy.ts';
import type { StoryKind } from '../../schema/rules.ts';
import type { Story } from '../../schema/index.ts';
import { ChorusElement, define } from '../../shared/chorus-element.ts';
import { ChorusErrorEvent, ChorusLoadEvent } from '../../shared/events.ts';
import { whenIdle } from '../../shared/idle.ts';
import { timeOfDay } from '../../shared/intl.ts';
import { pluralKey } from '../../shared/locale.ts';
import { buttonStyles } from '../../shared/theme.ts';
import { richText, withExcerpts } from './excerpts.ts';
import { feedCache } from './feed-cache.ts';
import { FeedFloorController } from './feed-floor.ts';
import { FeedViewportController, focusStory } from './feed-viewport.ts';
import { feedFilters, loadMoreButton } from './story-feed.parts.ts';
import { skeletonCard, storyCard, type CardContext } from './story-card.ts';
import { storyFeedStrings } from './story-feed.strings.ts';
import { storyFeedStyles } from './story-feed.styles.ts';

/** Beyond this many stories only the visible ones are rendered (the virtualizer loads then, not before). */
export const VIRTUALIZE_AT = 300;
/** Rows shown while the virtualizer loads: never thousands at once. */
const PREVIEW_ROWS = 50;
const TAG_CHIPS = 12;

const virtualizer = lazy(() => import('@lit-labs/virtualizer/virtualize.js'));
// The shared words for a failure (the `errors` chunk, 1.5 KB): fetched once the first stories have settled and the page
// is idle, or by a failure that comes first. Until they are here, or if they cannot come, the feed says its own offline sentence.
const failureWords = lazy(() => import('../../shared/error-messages.ts'));

/** Fetches the virtualizer for a long feed, and renders again once it is here. */
const virtualize = (host: { requestUpdate(): void }) => {
  if (!virtualizer.value) void virtualizer.load().then(() => host.requestUpdate());
};
const asSourceError = (error: unknown) => (error instanceof SourceError ? error : new SourceError('network', String(error)));

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
  static override styles = [...ChorusElement.styles, buttonStyles, storyFeedStyles];

  readonly #viewport = new FeedViewportController(this, () => {
    if (!this.moreError) void this.loadMore();
  });

  readonly #task = new Task(this, {
    task: async ([go], { signal }) => this.#loadFirstPage(go, signal),
    args: () =>
      [this.#viewport.near || this.loading === 'eager', this.source, this.endpoint, this.via, this.dataSource, this.tag, this.kind, this.limit] as const,
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

  @state() private stories: Story[] = [];
  @state() private nextCursor: string | null = null;
  /** Why the stories on screen are saved ones (set with `stale`). */
  @state() private notice: SourceError | null = null;
  @state() private loadingMore = false;
  @state() private moreError: SourceError | null = null;
  @state() private announcement = '';
  @state() private expanded = new Set<string>();

  @query('.feed') private feedElement!: HTMLElement | null;
  @query('.load-more') private moreButton!: HTMLButtonElement | null;

  #more: AbortController | undefined;
  #abortedByDisconnect = false;
  #rearmEnd = false;
  #tagsSeen = new Set<string>();
  /** Whether the filter chips have been shown: not until the first page settles (see render). */
  #chipsShown = false;
  #lastSource: StorySource | undefined;

  constructor() {
    super();
    // Keeps the page below still while the first stories replace the skeleton rows.
    this.addController(new FeedFloorController(this));
  }

  get #t() {
    return storyFeedStrings(this.locale);
  }

  /** Why `error` happened, in the reader's words. */
  #failure(error: unknown): string {
    return failureWords.value?.errorMessage(error, 'read', this.locale) ?? this.#t('offline');
  }

  /** The shared words for a failure, fetched now if they are not here yet; renders again once they are. */
  #fetchFailureWords(): Promise<unknown> {
    return failureWords.value ? Promise.resolve() : this.track(failureWords.load().then(() => this.requestUpdate()));
  }

  get #virtual(): boolean {
    return Boolean(virtualizer.value) && this.stories.length > VIRTUALIZE_AT;
  }

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
    const source = this.resolveSourceWith(resolveSource);
    if (!source) {
      await failureWords.load();
      throw new SourceError('unsupported', 'No source or endpoint is set');
    }
    // Tag chips belong to one source; a filter on the same source keeps them.
    if (source !== this.#lastSource) this.#tagsSeen.clear();
    this.#lastSource = source;
    const key = this.#cacheKey(source);
    // Stale-while-revalidate: the last stories show at once (even before the feed nears the viewport).
    const cached = feedCache.read(key);
    this.stories = cached?.stories ?? [];
    this.nextCursor = cached?.nextCursor ?? null;
    if (!go) return initialState;
    if (this.limit > VIRTUALIZE_AT) virtualize(this);
    // Stories read in the browser, not through a Chorus server, come without excerpts: fetch the parser alongside them.
    if (this.source && (!this.via || isFile(this.source))) void richText.load();
    try {
      const page = await fillPage<CachedStoryPage>(source, { limit: this.limit, tag: this.tag, kind: this.kind }, { signal });
      page.stories = await withExcerpts(page.stories);
      signal.throwIfAborted();
      this.stories = page.stories;
      this.nextCursor = page.nextCursor;
      this.notice = page.stale ?? null;
      if (!page.stale) feedCache.write(key, page);
      this.#loaded(page.stories.length);
      return page.stories.length;
    } catch (error) {
      if (signal.aborted || isAbortError(error)) throw error;
      // The words to say why are here before the error shows (the first failure fetches them).
      if (!cached) {
        await failureWords.load();
        throw error;
      }
      this.notice = asSourceError(error);
      return this.stories.length;
    }
  }

  #loaded(count: number): void {
    this.updateComplete.then(() => this.dispatchEvent(new ChorusLoadEvent(count)));
  }

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

  #toggle = (story: Story): void => {
    const expanded = new Set(this.expanded);
    if (!expanded.delete(story.id)) expanded.add(story.id);
    this.expanded = expanded;
    // The full body needs the renderer: its first "Read more" fetches it.
    if (!richText.value) void this.track(richText.load().then(() => this.requestUpdate()));
  };

  #retry = (): void => {
    void this.#task.run();
    this.updateComplete.then(() => this.feedElement?.focus());
  };

  #focusStory(index: number): Promise<void> {
    return focusStory(this.renderRoot, index, this.stories.length, virtualizer.value);
  }

  /** Loads and shows the next page, if there is one. */
  async loadMore(): Promise<void> {
    const source = this.resolveSourceWith(resolveSource);
    if (!source || !this.nextCursor || this.loadingMore) return;
    const controller = new AbortController();
    this.#more = controller;
    this.loadingMore = true;
    this.moreError = null;
    const before = this.stories.length;
    if (before + this.limit > VIRTUALIZE_AT) virtualize(this);
    try {
      const known = new Set(this.stories.map((story) => story.id));
      const page = await fillPage(source, { limit: this.limit, tag: this.tag, kind: this.kind, cursor: this.nextCursor }, { signal: controller.signal }, known);
      const added = await withExcerpts(page.stories);
      controller.signal.throwIfAborted();
      this.stories = [...this.stories, ...added];
      this.nextCursor = page.nextCursor;
      const t = this.#t;
      this.announcement = t(pluralKey('added', added.length, this.locale), { count: added.length }) + (page.nextCursor ? '' : ` ${t('allShown')}`);
      this.#loaded(added.length);
      await this.updateComplete;
      // The button is gone on the last page: keep the reader's place on the first new story.
      if (!this.nextCursor && !this.infinite && this.shadowRoot?.activeElement === null) void this.#focusStory(before);
    } catch (error) {
      if (controller.signal.aborted || isAbortError(error)) return;
      this.moreError = asSourceError(error);
      await this.#fetchFailureWords();
      this.announcement = this.#failure(this.moreError);
    } finally {
      if (this.#more === controller) this.loadingMore = false;
      this.#rearmEnd = true;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
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
  }

  // After the controllers' hostUpdate, so the state reflects what the task just set (saved stories show in the same frame).
  protected override update(changed: PropertyValues<this>): void {
    if ((changed as Map<PropertyKey, unknown>).has('stories')) {
      for (const story of this.stories) for (const tag of story.tags) if (this.#tagsSeen.size < TAG_CHIPS) this.#tagsSeen.add(tag);
      if (this.stories.length > VIRTUALIZE_AT) virtualize(this);
    }
    const status = this.#task.status;
    const failed = status === TaskStatus.ERROR && !isAbortError(this.#task.error);
    // No match yet but more to read (a filter the source applies page by page): ready, with "Load more".
    const more = status === TaskStatus.COMPLETE && this.nextCursor !== null;
    this.state = this.stories.length || more ? 'ready' : failed ? 'error' : status === TaskStatus.COMPLETE ? 'empty' : 'loading';
    this.stale = this.notice !== null && this.stories.length > 0;
    super.update(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('state') && this.state === 'error') {
      const error = asSourceError(this.#task.error);
      void this.#fetchFailureWords().then(() => this.dispatchEvent(new ChorusErrorEvent({ code: error.kind, message: this.#failure(error) })));
    }
    if (changed.has('state') && (this.state === 'ready' || this.state === 'empty') && !failureWords.value) void whenIdle().then(() => failureWords.load());
    this.#viewport.watchEnd(this.infinite ? this.moreButton : null, this.#rearmEnd);
    this.#rearmEnd = false;
  }

  #renderStories(): unknown {
    const cx: CardContext = {
      t: this.#t,
      images: this.images,
      setSize: this.nextCursor ? -1 : this.stories.length,
      expanded: this.expanded,
      toggle: this.#toggle,
      richText: richText.value,
    };
    const card = (story: Story, index: number) => storyCard(story, index, cx);
    const module = virtualizer.value;
    if (module && this.#virtual) {
      // A host of its own: the virtualizer styles it (`contain: size`), which must not outlive it when the feed gets short again.
      return html`<div class="virtual-host">${module.virtualize({ items: this.stories, renderItem: card, keyFunction: (story: Story) => story.id })}</div>`;
    }
    // Until the virtualizer arrives, a long feed shows its first rows only: never thousands at once.
    return (this.stories.length > VIRTUALIZE_AT ? this.stories.slice(0, PREVIEW_ROWS) : this.stories).map(card);
  }

  override render() {
    const t = this.#t;
    const busy = this.state === 'loading' || this.loadingMore;
    const content =
      this.state === 'loading'
        ? Array.from({ length: Math.max(1, Math.min(this.limit || 1, 50)) }, skeletonCard)
        : this.state === 'ready'
          ? this.#renderStories()
          : nothing;
    const until = this.notice?.kind === 'rate-limited' && this.notice.resetAt ? timeOfDay(this.locale).format(this.notice.resetAt) : undefined;
    // The tag chips come from the stories, so on the first load the chip row would grow above the
    // skeleton rows and push them down (a layout shift). Until the first page settles, neither shows;
    // then the chips, a new feed box and the stories arrive in one frame. Later loads keep the chips.
    const chips = this.filters && (this.#chipsShown || this.state !== 'loading');
    if (chips) this.#chipsShown = true;
    return html`
      ${
        chips
          ? feedFilters(this.#t, { kind: this.kind, tag: this.tag, tags: [...this.#tagsSeen] }, (kind, tag) => {
              this.kind = kind;
              this.tag = tag;
            })
          : nothing
      }
      ${this.stale && this.notice ? html`<p class="notice" part="notice" role="status">${until ? t('staleRateLimited', { time: until }) : t('stale')}</p>` : nothing}
      ${
        this.state === 'error'
          ? html`<div class="error" part="error" role="alert">
              <p>${this.#failure(asSourceError(this.#task.error))}</p>
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
        this.state === 'error' || this.state === 'empty' || (this.state === 'ready' && !this.stories.length)
          ? nothing
          : keyed(
              chips,
              html`<div
                class="feed ${this.#virtual ? 'virtual' : ''}"
                part="feed"
                role="feed"
                tabindex="-1"
                aria-label=${t('feedLabel')}
                aria-busy=${busy ? 'true' : 'false'}
                @keydown=${this.#onKeydown}
              >
                ${content}
              </div>`,
            )
      }
      ${this.state === 'ready' && !this.stories.length ? html`<p class="no-match" part="empty">${t('noMatchYet')}</p>` : nothing}
      ${
        this.state === 'loading' || this.state === 'ready'
          ? loadMoreButton(this.#t, {
              error: this.moreError && this.#failure(this.moreError),
              show: Boolean(this.nextCursor) && this.state === 'ready',
              busy: this.loadingMore,
              load: () => void this.loadMore(),
            })
          : nothing
      }
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
