import type { Story, StoryPage } from '../schema/index.ts';
import { discourseListing, pageFromTopicList, type DiscourseTopic, type DiscourseTopicList, type DiscourseUser } from '../upstream/discourse.ts';
import { fetchJson } from './http.ts';
import { ReadThroughSource } from './read-through.ts';
import { SourceError, type RequestOptions, type StoryQuery, type StorySource } from './types.ts';
import { mapped } from './upstream-page.ts';

export interface DiscourseSourceOptions {
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/**
 * The browser refused to hand over the forum's answer. With a forum that is up,
 * that is almost always CORS: the forum does not list this page's origin.
 */
export class DiscourseCorsError extends SourceError {
  /** The forum's origin, e.g. `https://discuss.python.org`. */
  readonly forum: string;
  /** This page's origin, which the forum's `cors origins` setting must list. */
  readonly origin: string;
  constructor(forum: string, cause: unknown) {
    super(
      'network',
      `Could not read ${forum}. If the forum is up, it does not allow ${location.origin}: a forum admin must enable "enable cors" and add ${location.origin} to "cors origins".`,
      { cause },
    );
    this.forum = forum;
    this.origin = location.origin;
  }
}

/** `discourse:https://forum.example.org/c/SLUG/ID` → the listing's JSON URL and the forum's base URL; a SourceError naming the source otherwise. */
export function parseDiscourseSource(source: string): { listUrl: string; base: string } {
  try {
    return discourseListing(source);
  } catch {
    throw new SourceError('unsupported', `"${source}" is not a Discourse source: write discourse:https://forum.example.org/c/SLUG/ID`);
  }
}

/**
 * A Discourse category's topics, read from the browser. The forum must allow
 * the page's origin (admin settings "enable cors" and "cors origins").
 */
export class DiscourseSource implements StorySource {
  readonly label: string;
  readonly #listUrl: string;
  readonly #base: string;
  readonly #options: DiscourseSourceOptions;

  constructor(source: string, options: DiscourseSourceOptions = {}) {
    const { listUrl, base } = parseDiscourseSource(source);
    this.#listUrl = listUrl;
    this.#base = base;
    this.#options = options;
    this.label = `discourse ${base}`;
  }

  async #get(url: string, signal: AbortSignal | undefined): Promise<unknown> {
    try {
      const { data } = await fetchJson(url, { signal, timeoutMs: this.#options.timeoutMs, fetch: this.#options.fetch });
      if (!data || typeof data !== 'object') throw new SourceError('invalid-response', `${new URL(this.#base).host} did not answer with JSON`);
      return data;
    } catch (error) {
      if (error instanceof SourceError && error.kind === 'network' && navigator.onLine) throw new DiscourseCorsError(new URL(this.#base).origin, error);
      throw error;
    }
  }

  /**
   * A category's listing, or with a tag its tag listing (`/tags/c/SLUG/ID/TAG.json`), so the
   * forum filters by tag and every page holds matches. Kinds and other listings are filtered
   * after reading (the feed keeps reading until its page is filled).
   */
  #firstPageUrl(query: StoryQuery): string {
    const category = new URL(this.#listUrl).pathname.slice(new URL(this.#base).pathname.length).match(/^c\/(.+)\.json$/)?.[1];
    if (!query.tag || !category) return this.#listUrl;
    return new URL(`tags/c/${category}/${encodeURIComponent(query.tag)}.json`, this.#base).href;
  }

  async listStories(query: StoryQuery, options: RequestOptions = {}): Promise<StoryPage> {
    // The cursor is the forum's own next-page URL; never follow one to another host.
    const url = query.cursor && new URL(query.cursor, this.#base).origin === new URL(this.#base).origin ? query.cursor : this.#firstPageUrl(query);
    const data = (await this.#get(url, options.signal)) as DiscourseTopicList;
    const page = mapped(() => pageFromTopicList(data, this.#base), `${new URL(this.#base).host}'s topics`);
    const stories = page.stories.filter((story) => (!query.tag || story.tags.includes(query.tag)) && (!query.kind || story.kind === query.kind));
    return { ...page, stories };
  }

  /** A topic with its first post's full `cooked` HTML as the body. */
  async getStory(id: string, options: RequestOptions = {}): Promise<Story> {
    const number = /^(?:discourse-)?(\d+)$/.exec(id)?.[1];
    if (!number) throw new SourceError('not-found', `No topic ${id} on ${this.#base}`);
    const topic = (await this.#get(new URL(`t/${number}.json`, this.#base).href, options.signal)) as DiscourseTopic & {
      post_stream?: { posts?: (DiscourseUser & { cooked?: string; post_number?: number; user_id?: number })[] };
    };
    const first = topic.post_stream?.posts?.find((post) => post.post_number === 1);
    const [story] = pageFromTopicList(
      {
        users: first ? [{ ...first, id: first.user_id ?? first.id }] : [],
        topic_list: { topics: [{ ...topic, posters: first?.user_id !== undefined ? [{ user_id: first.user_id }] : [] }] },
      },
      this.#base,
    ).stories;
    if (!story) throw new SourceError('invalid-response', `${this.#base} sent topic ${number} in an unexpected shape`);
    return { ...story, body: first?.cooked ?? story.body };
  }

  async submit(): Promise<never> {
    throw new SourceError('unsupported', 'A Discourse source is read-only: send stories to a Chorus endpoint');
  }

  async membership(): Promise<never> {
    throw new SourceError('unsupported', 'A Discourse source has no membership tiers');
  }
}

/** A `discourse:` source: straight from the forum, or through a Chorus server's read-through when `via` is set. */
export function discourseSource(source: string, via: string | null | undefined): StorySource {
  if (!via) return new DiscourseSource(source);
  parseDiscourseSource(source);
  return new ReadThroughSource(via, 'discourse', { url: source.trim().replace(/^discourse:/, '') });
}
