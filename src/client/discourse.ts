import { STORY_KINDS, type Story, type StoryKind, type StoryPage } from '../schema/index.ts';
import { mapped } from './github.ts';
import { fetchJson } from './http.ts';
import { SourceError, type RequestOptions, type StoryQuery, type StorySource } from './types.ts';

export interface DiscourseSourceOptions {
  timeoutMs?: number;
  fetch?: typeof fetch;
}

interface DiscourseUser {
  id: number;
  username: string;
  name?: string | null;
  avatar_template?: string | null;
}
interface DiscoursePoster {
  user_id: number;
  description?: string;
}
interface DiscourseTopic {
  id: number;
  title: string;
  slug: string;
  created_at: string;
  excerpt?: string | null;
  tags?: (string | { name?: string })[];
  posters?: DiscoursePoster[];
}
interface DiscourseTopicList {
  users?: DiscourseUser[];
  topic_list?: { topics?: DiscourseTopic[]; more_topics_url?: string | null };
}

const AVATAR_SIZE = '96';

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

/** `discourse:https://forum.example.org/c/SLUG/ID` → the listing's JSON URL and the forum's base URL. */
export function parseDiscourseSource(source: string): { listUrl: string; base: string } {
  const raw = source.trim().replace(/^discourse:/, '');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new SourceError('unsupported', `"${source}" is not a Discourse source: write discourse:https://forum.example.org/c/SLUG/ID`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new SourceError('unsupported', `"${source}" is not a web address`);
  // A forum may live in a subfolder (example.org/forum/c/…): the base is everything before the listing.
  const base = url.origin + url.pathname.replace(/\/(?:c|latest|top|new|tag|tags)(?:\/.*)?$/, '').replace(/\/*$/, '/');
  return { listUrl: jsonUrl(url.href), base };
}

/** Discourse's page URLs become JSON by adding `.json` to the path (keeping the query). */
function jsonUrl(href: string, base?: string): string {
  const url = new URL(href, base);
  url.pathname = url.pathname.replace(/\/+$/, '');
  if (!url.pathname.endsWith('.json')) url.pathname += '.json';
  return url.href;
}

function tagName(tag: string | { name?: string }): string {
  return (typeof tag === 'string' ? tag : (tag.name ?? '')).trim();
}

/** Maps a topic list (category, latest, …) to a page of stories. */
export function pageFromTopicList(data: DiscourseTopicList, base: string): StoryPage {
  const users = new Map((data.users ?? []).map((user) => [user.id, user]));
  const origin = new URL(base).origin;
  const stories = (data.topic_list?.topics ?? []).map((topic): Story => {
    const poster = topic.posters?.find((candidate) => candidate.description?.includes('Original Poster')) ?? topic.posters?.[0];
    const user = poster ? users.get(poster.user_id) : undefined;
    const tags = (topic.tags ?? []).map(tagName).filter(Boolean);
    const url = new URL(`t/${topic.slug}/${topic.id}`, base).href;
    return {
      id: `discourse-${topic.id}`,
      kind: tags.find((tag): tag is StoryKind => (STORY_KINDS as readonly string[]).includes(tag)) ?? 'story',
      title: topic.title,
      // The excerpt is HTML and goes through the sanitizer like any body. Discourse ends a cut one
      // with `&hellip;`, a named entity a small decoder may not know: write the character itself.
      body: (topic.excerpt ?? '').replace(/&hellip;/g, '…'),
      bodyFormat: 'html',
      url,
      tags,
      authorName: user?.name?.trim() || user?.username || '',
      authorUrl: user ? new URL(`u/${encodeURIComponent(user.username)}`, base).href : null,
      authorAvatar: user?.avatar_template ? new URL(user.avatar_template.replace('{size}', AVATAR_SIZE), origin).href : null,
      publishedAt: topic.created_at,
      links: [{ rel: 'discourse', url }],
    };
  });
  // `more_topics_url` is relative, has no `.json`, and is absent on the last page.
  const more = data.topic_list?.more_topics_url;
  return { stories, nextCursor: more ? jsonUrl(more, origin) : null };
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

  async listStories(query: StoryQuery, options: RequestOptions = {}): Promise<StoryPage> {
    // The cursor is the forum's own next-page URL; never follow one to another host.
    const url = query.cursor && new URL(query.cursor, this.#base).origin === new URL(this.#base).origin ? query.cursor : this.#listUrl;
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
