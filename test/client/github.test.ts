import { expect } from '@open-wc/testing';
import { GitHubSource, parseGitHubSource } from '../../src/client/github.ts';
import { storyFromIssue } from '../../src/upstream/github.ts';
import { nextLink } from '../../src/upstream/link-header.ts';
import { SourceError, type StorySource } from '../../src/client/types.ts';
import { Story } from '../../src/schema/index.ts';

// Recorded answers from api.github.com (see test/fixtures/github/PROVENANCE.md), served by
// test/fixtures/feed-server.mjs with their recorded headers.
const fixture = async (name: string) => (await fetch(`/test/fixtures/github/${name}`)).json();
// Each test marks its requests (`/__gh/hub4j~<run>/…`) so it reads only its own from the server's log.
let run = '';
const log = async (): Promise<{ path: string; query: string; accept: string; ifNoneMatch: string | null }[]> =>
  (await fetch(`/__feed/log?has=~${run}/`)).json();

/** A fresh in-memory Storage, so tests never share an ETag cache. */
function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (index) => [...map.keys()][index] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, value),
  };
}

const source = (scenario: string, spec = 'github:hub4j/github-api?labels=story&state=closed', storage: Storage | null = memoryStorage()) =>
  new GitHubSource(spec, { apiUrl: `${location.origin}/__gh/${scenario}~${run}`, storage });

describe('GitHubSource', () => {
  beforeEach(() => (run = Math.random().toString(36).slice(2)));

  describe('parsing the source string', () => {
    it('reads the repository, labels and state', () => {
      expect(parseGitHubSource('github:python/community?labels=story,psf&state=open')).to.deep.equal({
        repo: 'python/community',
        labels: 'story,psf',
        state: 'open',
      });
      expect(parseGitHubSource('github:python/community')).to.deep.equal({ repo: 'python/community', labels: null, state: null });
    });

    it('refuses something that is not OWNER/REPO', () => {
      expect(() => parseGitHubSource('github:python'))
        .to.throw(SourceError)
        .with.property('kind', 'unsupported');
    });
  });

  describe('mapping the recorded hub4j issues list (30 items, 24 pull requests)', () => {
    it('skips pull requests and keeps the 6 issues, each a valid Story', async () => {
      const issues = (await fixture('list-issues.json')) as Parameters<typeof storyFromIssue>[0][];
      const stories = issues.map(storyFromIssue).filter((story) => story !== null);
      expect(stories.map((story) => story.url)).to.deep.equal([641, 639, 638, 636, 628, 624].map((n) => `https://github.com/hub4j/github-api/issues/${n}`));
      for (const story of stories) expect(Story.safeParse(story).success, story.title).to.equal(true);
    });

    it('maps labels to tags, the login and avatar to the author, html_url to the link', async () => {
      const issues = (await fixture('list-issues.json')) as Parameters<typeof storyFromIssue>[0][];
      const story = storyFromIssue(issues.find((issue) => issue.number === 639)!)!;
      expect(story.tags).to.deep.equal(['enhancement', 'more information needed']);
      expect(story.authorName).to.equal(issues.find((issue) => issue.number === 639)!.user!.login);
      expect(story.authorAvatar).to.match(/^https:\/\/avatars\d*\.githubusercontent\.com\//);
      expect(story.links).to.deep.equal([{ rel: 'github', url: 'https://github.com/hub4j/github-api/issues/639', label: '#639' }]);
      expect(story.bodyFormat).to.equal('markdown');
      expect(story.body).to.contain('\r\n');
    });

    it('turns a null body into an empty one (2022 recording)', async () => {
      const issues = (await fixture('list-issues-2022-page-1.json')) as Parameters<typeof storyFromIssue>[0][];
      const stories = issues.map(storyFromIssue);
      expect(stories.map((story) => story?.body)).to.deep.equal(['', '', '']);
      expect(stories.map((story) => story?.title)).to.deep.equal(['Test issue 13', 'Test issue 12', 'Test issue 11']);
    });
  });

  describe('the Link header', () => {
    it('finds rel="next" among next and last', async () => {
      const meta = await fixture('list-issues.meta.json');
      expect(nextLink(meta.envelope.response.headers.Link)).to.equal('https://api.github.com/repositories/617210/issues?state=closed&page=2');
    });

    it('finds rel="next" among prev, next, last and first', async () => {
      const meta = await fixture('list-issues-2022-page-3.meta.json');
      const raw: string[] = meta.envelope.rawHeaders;
      expect(nextLink(raw[raw.indexOf('Link') + 1]!)).to.equal('https://api.github.com/repositories/515435940/issues?per_page=3&page=4');
    });

    it('ignores a lone rel="deprecation"', async () => {
      const meta = await fixture('create-issue-response.meta.json');
      expect(nextLink(meta.envelope.response.headers.Link)).to.equal(null);
    });
  });

  describe('over HTTP', () => {
    it('asks for the labels and state, newest GitHub media type, and skips pull requests', async () => {
      const page = await source('hub4j').listStories({ limit: 30 });
      expect(page.stories).to.have.length(6);
      const [request] = await log();
      expect(request!.path).to.equal(`/__gh/hub4j~${run}/repos/hub4j/github-api/issues`);
      expect(new URLSearchParams(request!.query).get('labels')).to.equal('story');
      expect(new URLSearchParams(request!.query).get('state')).to.equal('closed');
      expect(new URLSearchParams(request!.query).get('per_page')).to.equal('30');
      expect(request!.accept).to.equal('application/vnd.github+json');
    });

    it('adds the feed tag to the labels it asks for', async () => {
      await source('hub4j').listStories({ tag: 'psf' });
      const [request] = await log();
      expect(new URLSearchParams(request!.query).get('labels')).to.equal('story,psf');
    });

    it('asks GitHub for a kind’s label, so a kind filter needs no paging; "story" (no kind label) is filtered after reading', async () => {
      await source('hub4j').listStories({ kind: 'event', tag: 'psf' });
      await source('hub4j').listStories({ kind: 'story' });
      const [event, story] = await log();
      expect(new URLSearchParams(event!.query).get('labels')).to.equal('story,psf,event');
      expect(new URLSearchParams(story!.query).get('labels')).to.equal('story');
    });

    it('follows rel="next" to the following page', async () => {
      const github = source('paged');
      const first = await github.listStories({ limit: 3 });
      expect(first.nextCursor).to.equal(`${location.origin}/__gh/paged~${run}/repositories/515435940/issues?per_page=3&page=2`);
      const second = await github.listStories({ limit: 3, cursor: first.nextCursor });
      expect(second.stories.map((story) => story.title)).to.deep.equal(['Test issue 7', 'Test issue 6', 'Test issue 5']);
      expect(second.nextCursor).to.match(/page=4$/);
      expect((await log()).map((request) => request.query)).to.deep.equal(['labels=story&state=closed&per_page=3', 'per_page=3&page=2']);
    });

    it('ends paging when the only link is rel="deprecation"', async () => {
      expect((await source('deprecation').listStories({})).nextCursor).to.equal(null);
    });

    it('never follows a next link to another host', async () => {
      await source('hub4j').listStories({ cursor: 'https://evil.example/steal' });
      const [request] = await log();
      expect(request!.path).to.equal(`/__gh/hub4j~${run}/repos/hub4j/github-api/issues`);
    });

    it('sends the ETag back and uses its cached page on 304, which costs no rate limit', async () => {
      // A repository name of its own, so the browser's HTTP cache has not seen this URL.
      const storage = memoryStorage();
      const spec = `github:o/etag-${Math.random().toString(36).slice(2)}`;
      const first = await source('hub4j', spec, storage).listStories({});
      const second = await source('hub4j', spec, storage).listStories({});
      const requests = await log();
      expect(requests.map((request) => request.ifNoneMatch)).to.deep.equal([null, 'W/"948dba2e444df962d7cb990928b64205"']);
      expect(second).to.deep.equal(first);
    });

    it('keeps the ETag cache in localStorage by default', async () => {
      const spec = `github:o/local-${run}`;
      await new GitHubSource(spec, { apiUrl: `${location.origin}/__gh/hub4j~${run}` }).listStories({});
      const keys = Object.keys(localStorage).filter((key) => key.startsWith('chorus:github:') && key.includes(`local-${run}`));
      expect(keys).to.have.length(1);
      for (const key of keys) localStorage.removeItem(key);
    });
  });

  describe('when rate limited', () => {
    it('serves the cached page with a stale notice after a 403 with no requests left', async () => {
      const storage = memoryStorage();
      const spec = `github:o/limited-${Math.random().toString(36).slice(2)}`;
      const fresh = await source('limited-after-1', spec, storage).listStories({});
      const cached = await source('limited-after-1', spec, storage).listStories({});
      expect(cached.stories).to.deep.equal(fresh.stories);
      expect(cached.stale).to.be.instanceOf(SourceError);
      expect(cached.stale!.kind).to.equal('rate-limited');
      expect(cached.stale!.resetAt!.getTime()).to.be.greaterThan(Date.now());
    });

    it('throws rate-limited with the reset time when nothing is cached', async () => {
      const error = await source('limited')
        .listStories({})
        .catch((e: unknown) => e);
      expect(error).to.be.instanceOf(SourceError);
      expect((error as SourceError).kind).to.equal('rate-limited');
      expect((error as SourceError).resetAt!.getTime()).to.be.closeTo(Date.now() + 1_800_000, 120_000);
    });

    it('treats 429 with Retry-After as rate limiting too', async () => {
      const error = (await source('429')
        .listStories({})
        .catch((e: unknown) => e)) as SourceError;
      expect(error.kind).to.equal('rate-limited');
      expect(error.retryAfter).to.be.within(58, 60);
    });

    it('keeps a 403 that is not the rate limit as forbidden', async () => {
      const error = (await source('private')
        .listStories({})
        .catch((e: unknown) => e)) as SourceError;
      expect(error.kind).to.equal('forbidden');
    });
  });

  describe('when GitHub sends something unexpected', () => {
    const answering = (body: unknown) =>
      new GitHubSource('github:o/r', {
        storage: null,
        fetch: async () => new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } }),
      });

    it('leaves out an item that does not make a story, keeping the rest', async () => {
      const [issue] = (await fixture('list-issues-2022-page-1.json')) as object[];
      const page = await answering([issue, { id: 1, title: 42 }, { ...issue, html_url: 'javascript:alert(1)' }]).listStories({});
      expect(page.stories.map((story) => story.title)).to.deep.equal(['Test issue 13']);
    });

    it('reports an answer that is not a list as invalid-response', async () => {
      const error = (await answering({ message: 'Moved Permanently' })
        .listStories({})
        .catch((e: unknown) => e)) as SourceError;
      expect(error.kind).to.equal('invalid-response');
    });
  });

  it('maps the recorded 404 to not-found', async () => {
    const error = (await source('404')
      .listStories({})
      .catch((e: unknown) => e)) as SourceError;
    expect(error.kind).to.equal('not-found');
  });

  it('reads one issue (recorded closed issue #18)', async () => {
    const story = await source('hub4j').getStory('github-18');
    expect(story.title).to.be.a('string').and.not.equal('');
    expect(story.url).to.match(/\/issues\/18$/);
  });

  it('is read-only', async () => {
    const error = (await (source('hub4j') as StorySource)
      .submit({ kind: 'story', title: 't', body: 'b', authorName: 'a', consent: true }, { idempotencyKey: 'k' })
      .catch((e: unknown) => e)) as SourceError;
    expect(error.kind).to.equal('unsupported');
    expect(
      (
        (await source('hub4j')
          .membership()
          .catch((e: unknown) => e)) as SourceError
      ).kind,
    ).to.equal('unsupported');
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    const pending = source('hub4j').listStories({}, { signal: controller.signal });
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect((error as DOMException).name).to.equal('AbortError');
  });
});
