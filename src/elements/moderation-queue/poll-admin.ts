import * as shapes from '../../client/admin-checks.ts';
import { expectShape, fetchJson } from '../../client/http.ts';
import { SourceError } from '../../client/types.ts';
import type { AdminPoll, PollCreateInput, PollUpdateInput } from '../../schema/poll.ts';

// The Polls tab's API client, apart from the tab's code: the queue makes one for its session
// at once, and fetches the tab itself (polls-panel.ts) the first time the tab opens.

/** What the Polls tab needs from a server: the admin poll routes. */
export interface PollAdminApi {
  list(): Promise<AdminPoll[]>;
  create(poll: PollCreateInput): Promise<AdminPoll>;
  update(id: string, changes: PollUpdateInput): Promise<AdminPoll>;
  close(id: string): Promise<AdminPoll>;
  remove(id: string): Promise<void>;
  /** The export as a file (`GET /admin/polls/{id}/results?format=`). */
  results(id: string, format: 'csv' | 'json'): Promise<Blob>;
}

/** The admin poll routes over HTTP, with the moderator's token. */
export class HttpPollAdmin implements PollAdminApi {
  readonly #base: string;
  readonly #headers: Record<string, string>;

  constructor(endpoint: string, token: string) {
    this.#base = new URL(endpoint.replace(/\/+$/, '') + '/admin/polls', document.baseURI).href;
    this.#headers = { Authorization: `Bearer ${token}` };
  }

  async #poll(path: string, method: string, body?: unknown): Promise<AdminPoll> {
    const { data } = await fetchJson(this.#base + path, { method, body, headers: this.#headers });
    return expectShape(shapes.AdminPoll, data, 'a poll');
  }

  async list(): Promise<AdminPoll[]> {
    const polls: AdminPoll[] = [];
    let cursor: string | null = null;
    // Every page: a community's polls are few, and the tab shows them all.
    do {
      const query: string = `?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const { data } = await fetchJson(this.#base + query, { headers: this.#headers });
      const page = expectShape(shapes.AdminPollPage, data, 'polls');
      polls.push(...page.polls);
      cursor = page.nextCursor;
    } while (cursor && polls.length < 1000);
    return polls;
  }

  create = (poll: PollCreateInput) => this.#poll('', 'POST', poll);
  update = (id: string, changes: PollUpdateInput) => this.#poll(`/${encodeURIComponent(id)}`, 'PATCH', changes);
  close = (id: string) => this.#poll(`/${encodeURIComponent(id)}/close`, 'POST');

  async remove(id: string): Promise<void> {
    await fetchJson(`${this.#base}/${encodeURIComponent(id)}`, { method: 'DELETE', headers: this.#headers });
  }

  async results(id: string, format: 'csv' | 'json'): Promise<Blob> {
    const response = await fetch(`${this.#base}/${encodeURIComponent(id)}/results?format=${format}`, { headers: this.#headers });
    if (!response.ok) throw new SourceError(response.status === 401 ? 'unauthorized' : response.status === 404 ? 'not-found' : 'server', `${response.status}`);
    return response.blob();
  }
}

let lastHttp: { key: string; api: HttpPollAdmin } | undefined;

/**
 * The admin poll API for the queue's session: the session client's own `polls` when it
 * has one (tests, Storybook, custom backends), else HTTP on the endpoint with the token
 * (the same object for the same pair, so the tab does not reload on every render).
 */
export function pollAdminFor(client: unknown, endpoint: string | undefined, token: string | undefined): PollAdminApi | undefined {
  if (client && typeof client === 'object' && 'polls' in client) return (client as { polls: PollAdminApi }).polls;
  if (!client || !endpoint || !token) return undefined;
  const key = `${endpoint} ${token}`;
  if (lastHttp?.key !== key) lastHttp = { key, api: new HttpPollAdmin(endpoint, token) };
  return lastHttp.api;
}
