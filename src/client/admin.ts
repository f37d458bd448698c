import type { AdminIdentity, AdminStory, AmplifyChannel, AuditPage, Moderator, NewModerator, ShareKits, StoryChannel, StoryStatus } from '../schema/index.ts';
import { expectShape, fetchJson } from './http.ts';
import * as shapes from './admin-checks.ts';
import type { RequestOptions } from './types.ts';

export interface AdminClientOptions {
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export type DigestFormat = 'markdown' | 'html';

/** A date range for the newsletter digest; dates are `YYYY-MM-DD`, both ends included. */
export interface DigestQuery {
  since: string;
  until: string;
  format: DigestFormat;
}

/** Which stories to list: one status, optionally from one channel only. */
export interface StoryListQuery {
  status: StoryStatus;
  /** Only stories that came in through this channel (`form`, `github`, …). */
  channel?: StoryChannel | undefined;
}

export interface ApproveOptions extends RequestOptions {
  /** The channels the moderator chose to amplify on; left out, the server uses its defaults. */
  amplify?: readonly AmplifyChannel[] | undefined;
}

/**
 * What `<chorus-moderation-queue>` needs from a server; `AdminClient` is the HTTP one, tests and stories pass fakes.
 * The optional methods are the moderator accounts, audit log, server-side undo and share kits: a backend
 * without them still moderates, and the queue leaves out what it cannot offer.
 */
export interface AdminApi {
  listStories(query: StoryListQuery, options?: RequestOptions): Promise<AdminStory[]>;
  approve(id: string, options?: ApproveOptions): Promise<AdminStory>;
  reject(id: string, options?: RequestOptions): Promise<AdminStory>;
  markSpam(id: string, options?: RequestOptions): Promise<AdminStory>;
  digest(query: DigestQuery, options?: RequestOptions): Promise<string>;
  /** Whose token this is, and whether it may manage moderators. */
  me?(options?: RequestOptions): Promise<AdminIdentity>;
  /** Takes back a story's latest decision; refused (409) when its status is no longer `expectedStatus`. */
  undoDecision?(id: string, expectedStatus: StoryStatus, options?: RequestOptions): Promise<AdminStory>;
  /** One page of the audit log, newest first; pass the previous page's `nextCursor` for the next. */
  audit?(cursor?: string | null, options?: RequestOptions): Promise<AuditPage>;
  /** The moderator accounts (owner only). */
  listModerators?(options?: RequestOptions): Promise<Moderator[]>;
  /** Adds a moderator (owner only); the answer holds the token, the only time it is ever shown. */
  addModerator?(name: string, options?: RequestOptions): Promise<NewModerator>;
  /** Revokes a moderator's token at once (owner only). */
  revokeModerator?(id: string, options?: RequestOptions): Promise<void>;
  /** Ready-made posts for networks without an open API (X, LinkedIn). */
  shareKits?(id: string, options?: RequestOptions): Promise<ShareKits>;
}

/**
 * The admin part of the HTTP API v1, with `Authorization: Bearer <token>` on every request.
 * A refused token is a SourceError of kind `unauthorized` (401) or `forbidden` (403).
 *
 * Contract extension: `markSpam` is `POST /admin/stories/{id}/reject` with the body
 * `{"spam": true}`, so a server that predates spam marking still rejects the story.
 */
export class AdminClient implements AdminApi {
  readonly #base: string;
  readonly #token: string;
  readonly #options: AdminClientOptions;

  /** @param endpoint The API base, e.g. `https://stories.example.org/api/v1`. */
  constructor(endpoint: string, token: string, options: AdminClientOptions = {}) {
    this.#base = new URL(endpoint.replace(/\/+$/, '') + '/admin/', document.baseURI).href;
    this.#token = token;
    this.#options = options;
  }

  #request(path: string, init: { method?: string; body?: unknown; params?: Record<string, string>; signal?: AbortSignal | undefined } = {}) {
    const url = new URL(path, this.#base);
    for (const [key, value] of Object.entries(init.params ?? {})) url.searchParams.set(key, value);
    return fetchJson(url.href, {
      ...this.#options,
      method: init.method ?? 'GET',
      body: init.body,
      headers: { Authorization: `Bearer ${this.#token}` },
      signal: init.signal,
    });
  }

  async #moderate(id: string, action: 'approve' | 'reject', body: unknown, options: RequestOptions) {
    const { data } = await this.#request(`stories/${encodeURIComponent(id)}/${action}`, { method: 'POST', body, signal: options.signal });
    return expectShape(shapes.AdminStory, data, 'a story');
  }

  async listStories(query: StoryListQuery, options: RequestOptions = {}) {
    const params: Record<string, string> = { status: query.status };
    if (query.channel) params['channel'] = query.channel;
    const { data } = await this.#request('stories', { params, signal: options.signal });
    return expectShape(shapes.AdminStoryList, data, 'stories').stories;
  }

  /** With `amplify`, the body is `{"amplify": [...]}`; a server that does not amplify ignores it. */
  approve(id: string, options: ApproveOptions = {}) {
    return this.#moderate(id, 'approve', options.amplify ? { amplify: [...options.amplify] } : undefined, options);
  }

  reject(id: string, options: RequestOptions = {}) {
    return this.#moderate(id, 'reject', undefined, options);
  }

  markSpam(id: string, options: RequestOptions = {}) {
    return this.#moderate(id, 'reject', { spam: true }, options);
  }

  async me(options: RequestOptions = {}) {
    const { data } = await this.#request('me', { signal: options.signal });
    return expectShape(shapes.AdminIdentity, data, 'who you are');
  }

  async undoDecision(id: string, expectedStatus: StoryStatus, options: RequestOptions = {}) {
    const { data } = await this.#request(`stories/${encodeURIComponent(id)}/undo`, { method: 'POST', body: { expectedStatus }, signal: options.signal });
    return expectShape(shapes.AdminStory, data, 'a story');
  }

  async audit(cursor?: string | null, options: RequestOptions = {}) {
    const { data } = await this.#request('audit', { params: cursor ? { cursor } : {}, signal: options.signal });
    return expectShape(shapes.AuditPage, data, 'the audit log');
  }

  async listModerators(options: RequestOptions = {}) {
    const { data } = await this.#request('moderators', { signal: options.signal });
    return expectShape(shapes.ModeratorList, data, 'moderators').moderators;
  }

  async addModerator(name: string, options: RequestOptions = {}) {
    const { data } = await this.#request('moderators', { method: 'POST', body: { name }, signal: options.signal });
    return expectShape(shapes.NewModerator, data, 'a new moderator');
  }

  async revokeModerator(id: string, options: RequestOptions = {}) {
    await this.#request(`moderators/${encodeURIComponent(id)}`, { method: 'DELETE', signal: options.signal });
  }

  async shareKits(id: string, options: RequestOptions = {}) {
    const { data } = await this.#request(`stories/${encodeURIComponent(id)}/share-kits`, { signal: options.signal });
    return expectShape(shapes.ShareKits, data, 'share kits');
  }

  /**
   * The newsletter digest as text. The server may answer with the text itself
   * (`text/markdown`, `text/html`, `text/plain`) or JSON `{"text": "…"}`.
   */
  async digest(query: DigestQuery, options: RequestOptions = {}) {
    const plain = this.#options.fetch ?? fetch;
    // fetchJson keeps its timeout and error mapping; a text answer is wrapped as JSON on the way in.
    const textAsJson: typeof fetch = async (input, init) => {
      const response = await plain(input, init);
      const type = response.headers.get('Content-Type') ?? '';
      if (!response.ok || /json/i.test(type)) return response;
      return new Response(JSON.stringify({ text: await response.text() }), { status: response.status, headers: { 'Content-Type': 'application/json' } });
    };
    const { data } = await fetchJson(new URL('digest', this.#base).href + '?' + new URLSearchParams({ ...query }), {
      ...this.#options,
      fetch: textAsJson,
      headers: { Authorization: `Bearer ${this.#token}`, Accept: query.format === 'html' ? 'text/html, application/json' : 'text/markdown, application/json' },
      signal: options.signal,
    });
    return expectShape(shapes.DigestText, data, 'a digest').text;
  }
}
