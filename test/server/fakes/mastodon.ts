/**
 * A fake Mastodon server: the community's instance, which knows posts on other
 * instances (found through search with `resolve=true`, as a real server
 * fetches them over ActivityPub), boosts them once per account, and posts new
 * statuses with `Idempotency-Key` honoured. Bodies are the documentation's
 * own examples (test/fixtures/mastodon/, see PROVENANCE.md); each request is
 * checked against the documented API, including Mastodon's length rule.
 */
import { readFileSync } from 'node:fs';
import { FakeServer, type Received, type Reply } from './fake-server.ts';

const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../../fixtures/mastodon/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;

export const MASTODON_TOKEN = 'mastodon-test-token-0123456789abcdefghijklmn';
/** The community's account on the fake instance. */
const ACCOUNT = { ...(fixture('status.json').account as Record<string, unknown>), id: '109302', username: 'community', acct: 'community' };

export interface MastodonState {
  /** Posts on other instances, by URL, that search can resolve. */
  remote: Map<string, Record<string, unknown>>;
  /** Statuses this instance knows, by local id (resolved remote ones, and the community's own). */
  statuses: Map<string, Record<string, unknown>>;
  /** Boosts by the community account: boosted status id → the reblog status. */
  reblogs: Map<string, Record<string, unknown>>;
  /** New statuses the community account posted, in order, with the text and parameters they were posted with. */
  posted: { status: Record<string, unknown>; text: string; language?: string | undefined; visibility?: string | undefined }[];
  /** `Idempotency-Key` → the status it created. */
  idempotency: Map<string, Record<string, unknown>>;
  /** The instance's `configuration.statuses.max_characters`. */
  maxCharacters: number;
  /** While above zero, the next write is done and then never answered (the client times out after the server acted). */
  actThenHang: number;
}

let nextId = 113_000_000_000_000_000n;
const newId = () => String(nextId++);

/** Counts a status as Mastodon's StatusLengthValidator does: graphemes, every URL as 23 characters, `@user@domain` as `@user`. */
export function mastodonLength(text: string, perUrl = 23): number {
  const countable = text.replace(/https?:\/\/\S+/g, 'x'.repeat(perUrl)).replace(/@(\w+)@[\w.-]+/g, '@$1');
  return [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(countable)].length;
}

/** A status by someone on another instance, as the documentation's example Status with its own ids. */
export function remoteStatus(url: string, content = '<p>We shipped it 🎉</p>'): Record<string, unknown> {
  const base = fixture('status.json');
  const author = new URL(url);
  const username = author.pathname.split('/')[1]?.replace(/^@/, '') ?? 'someone';
  return {
    ...base,
    uri: `${author.origin}/users/${username}/statuses/${author.pathname.split('/').at(-1)}`,
    url,
    content,
    reblogged: false,
    account: { ...(base.account as Record<string, unknown>), username, acct: `${username}@${author.host}`, url: `${author.origin}/@${username}` },
  };
}

const json = (status: number, body: unknown, headers?: Record<string, string>): Reply => ({ status, body, ...(headers ? { headers } : {}) });
const notFound = () => json(404, { error: 'Record not found' });

export async function fakeMastodon(): Promise<FakeServer & { mastodon: MastodonState }> {
  const state: MastodonState = {
    remote: new Map(),
    statuses: new Map(),
    reblogs: new Map(),
    posted: [],
    idempotency: new Map(),
    maxCharacters: 500,
    actThenHang: 0,
  };
  /** Ends a write: answered, or (while `actThenHang`) done but never answered. */
  const written = (reply: Reply): Reply => {
    if (state.actThenHang > 0) {
      state.actThenHang--;
      return 'hang';
    }
    return reply;
  };

  const check = (request: Received): string[] => {
    const problems: string[] = [];
    const path = request.url.split('?')[0] ?? '';
    if (path !== '/api/v2/instance' && path !== '/api/v1/instance' && request.headers.authorization !== `Bearer ${MASTODON_TOKEN}`) {
      problems.push('Authorization is not "Bearer <token>"');
    }
    if (!request.headers['user-agent']) problems.push('no User-Agent');
    if (request.method === 'POST' && !/^application\/json/.test(request.headers['content-type'] ?? '')) problems.push('a POST without a JSON body');
    if (path === '/api/v2/search') {
      const query = new URL(request.url, 'http://x').searchParams;
      if (request.method !== 'GET') problems.push('search is a GET');
      if (!query.get('q')) problems.push('search without q');
      if (query.get('resolve') !== 'true') problems.push('search without resolve=true finds no post on another instance');
      if (query.get('type') !== 'statuses') problems.push('search without type=statuses');
    }
    if (path === '/api/v1/statuses') {
      const body = request.json as Record<string, unknown> | undefined;
      if (!request.headers['idempotency-key']) problems.push('a new status without Idempotency-Key can be posted twice');
      if (typeof body?.status !== 'string' || !body.status.trim()) problems.push('status text missing');
      else if (mastodonLength(body.status) > state.maxCharacters)
        problems.push(`status is ${mastodonLength(body.status)} characters, over ${state.maxCharacters}`);
      if (body?.visibility !== undefined && !['public', 'unlisted', 'private', 'direct'].includes(String(body.visibility))) problems.push('unknown visibility');
      if (body?.language !== undefined && !/^[a-z]{2}$/.test(String(body.language))) problems.push('language is not an ISO 639-1 code');
      for (const key of Object.keys(body ?? {})) {
        if (!['status', 'visibility', 'language', 'spoiler_text', 'sensitive', 'in_reply_to_id', 'media_ids', 'poll', 'scheduled_at'].includes(key)) {
          problems.push(`field ${key} is not in the API`);
        }
      }
    }
    return problems;
  };

  const answer = (request: Received): Reply => {
    const url = new URL(request.url, 'http://x');
    const path = url.pathname;
    if (path !== '/api/v2/instance' && path !== '/api/v1/instance' && request.headers.authorization !== `Bearer ${MASTODON_TOKEN}`) {
      return json(401, { error: 'The access token is invalid' });
    }
    if (request.method === 'GET' && path === '/api/v2/instance') {
      const instance = fixture('instance-v2.json');
      const configuration = instance.configuration as Record<string, Record<string, unknown>>;
      return json(200, { ...instance, configuration: { ...configuration, statuses: { ...configuration.statuses, max_characters: state.maxCharacters } } });
    }
    if (request.method === 'GET' && path === '/api/v2/search') {
      const q = url.searchParams.get('q') ?? '';
      let found = [...state.statuses.values()].find((status) => status.url === q || status.uri === q);
      const remote = state.remote.get(q);
      if (!found && remote) {
        found = { ...remote, id: newId() };
        state.statuses.set(String(found.id), found);
      }
      // A remote post deleted since (no longer in `remote`) is gone for search too.
      if (found && !state.remote.has(String(found.url)) && !state.posted.some((post) => post.status === found)) found = undefined;
      const statuses = found ? [{ ...found, reblogged: state.reblogs.has(String(found.id)) }] : [];
      return json(200, { accounts: [], statuses, hashtags: [] });
    }
    const reblog = /^\/api\/v1\/statuses\/([^/]+)\/reblog$/.exec(path);
    if (request.method === 'POST' && reblog) {
      const id = decodeURIComponent(reblog[1] ?? '');
      const original = state.statuses.get(id);
      // A post deleted since it was found is gone for everyone.
      if (!original || !state.remote.has(String(original.url))) return notFound();
      // Boosting twice returns the first boost: Mastodon's ReblogService finds the account's existing reblog.
      const existing = state.reblogs.get(id);
      const wrapper = existing ?? {
        ...fixture('status.json'),
        id: newId(),
        uri: `https://community.example/users/community/statuses/${newId()}/activity`,
        url: null,
        content: '',
        account: ACCOUNT,
        reblogged: true,
        reblog: { ...original, reblogged: true },
      };
      state.reblogs.set(id, wrapper);
      return written(json(200, wrapper));
    }
    if (request.method === 'POST' && path === '/api/v1/statuses') {
      const key = request.headers['idempotency-key'];
      const again = typeof key === 'string' ? state.idempotency.get(key) : undefined;
      if (again) return written(json(200, again));
      const body = request.json as { status: string; visibility?: string; language?: string };
      if (mastodonLength(body.status) > state.maxCharacters) {
        return json(422, { error: `Validation failed: Text character limit of ${state.maxCharacters} exceeded` });
      }
      const id = newId();
      const status = {
        ...fixture('status.json'),
        id,
        created_at: new Date().toISOString(),
        uri: `https://community.example/users/community/statuses/${id}`,
        url: `https://community.example/@community/${id}`,
        content: `<p>${body.status.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n/g, '<br />')}</p>`,
        visibility: body.visibility ?? 'public',
        language: body.language ?? null,
        account: ACCOUNT,
        card: null,
      };
      state.posted.push({ status, text: body.status, language: body.language, visibility: body.visibility });
      state.statuses.set(id, status);
      if (typeof key === 'string') state.idempotency.set(key, status);
      return written(json(200, status));
    }
    return notFound();
  };

  const fake = await new FakeServer('mastodon', check, answer).start();
  return Object.assign(fake, { mastodon: state });
}
