import { expect, waitUntil } from '@open-wc/testing';
import { resolveSource } from '../../src/client/resolve.ts';
import '../../src/client/sources.ts';
import { DiscourseSource } from '../../src/client/discourse.ts';
import { GitHubSource } from '../../src/client/github.ts';
import { ReadThroughSource } from '../../src/client/sources.ts';
import { StaticJsonSource } from '../../src/client/static-json.ts';
import { SourceError } from '../../src/client/types.ts';

const file = (stories: unknown[]) => URL.createObjectURL(new Blob([JSON.stringify({ stories })], { type: 'application/json' }));
const story = (id: string, publishedAt: string, extra: Record<string, unknown> = {}) => ({
  id,
  kind: 'story',
  title: `Story ${id}`,
  authorName: 'Ada',
  publishedAt,
  ...extra,
});

describe('StaticJsonSource', () => {
  it('reads a file of stories, newest first, a page at a time', async () => {
    const source = new StaticJsonSource(
      file([story('old', '2026-01-01T00:00:00Z'), story('new', '2026-03-01T00:00:00Z'), story('mid', '2026-02-01T00:00:00Z', { tags: ['psf'] })]),
    );
    const first = await source.listStories({ limit: 2 });
    expect(first.stories.map((s) => s.id)).to.deep.equal(['new', 'mid']);
    expect(first.nextCursor).to.equal('2');
    const second = await source.listStories({ limit: 2, cursor: first.nextCursor });
    expect(second.stories.map((s) => s.id)).to.deep.equal(['old']);
    expect(second.nextCursor).to.equal(null);
    expect((await source.listStories({ tag: 'psf' })).stories.map((s) => s.id)).to.deep.equal(['mid']);
    expect((await source.listStories({ kind: 'event' })).stories).to.deep.equal([]);
  });

  it('fills the defaults of the Story schema', async () => {
    const [first] = (await new StaticJsonSource(file([story('a', '2026-01-01T00:00:00Z')])).listStories({})).stories;
    expect(first).to.include({ body: '', bodyFormat: 'markdown' });
    expect(first!.tags).to.deep.equal([]);
  });

  it('resolves a relative path against the page', () => {
    expect(new StaticJsonSource('stories.json').label).to.equal(`json ${new URL('stories.json', document.baseURI).href}`);
  });

  it('reports a file of the wrong shape as invalid-response', async () => {
    const error = (await new StaticJsonSource(URL.createObjectURL(new Blob(['{"items": []}']))).listStories({}).catch((e: unknown) => e)) as SourceError;
    expect(error.kind).to.equal('invalid-response');
  });

  it('reports a missing file as not-found, and tries again next time', async () => {
    const source = new StaticJsonSource('/__missing__/stories.json');
    expect(((await source.listStories({}).catch((e: unknown) => e)) as SourceError).kind).to.equal('not-found');
    expect(((await source.listStories({}).catch((e: unknown) => e)) as SourceError).kind).to.equal('not-found');
  });
});

describe('StaticJsonSource shared by several callers', () => {
  /** A fetch held until the test lets it answer, counting requests. */
  function heldFetch(stories: unknown[]) {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const held = {
      requests: 0,
      release,
      fetch: async (_input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
        held.requests++;
        await gate;
        init?.signal?.throwIfAborted();
        return new Response(JSON.stringify({ stories }), { headers: { 'Content-Type': 'application/json' } });
      },
    };
    return held;
  }

  it('ends only the aborted caller’s wait; the others get the stories from the same read', async () => {
    const held = heldFetch([story('a', '2026-01-01T00:00:00Z')]);
    const source = new StaticJsonSource('/stories.json', { fetch: held.fetch });
    const first = new AbortController();
    const a = source.listStories({}, { signal: first.signal });
    const b = source.listStories({}, { signal: new AbortController().signal });
    first.abort();
    const error = (await a.catch((e: unknown) => e)) as Error;
    expect(error.name).to.equal('AbortError');
    held.release();
    expect((await b).stories.map((s) => s.id)).to.deep.equal(['a']);
    expect(held.requests).to.equal(1);
  });

  it('lets two feeds share it: re-running one (a filter chip) leaves the other ready', async () => {
    await import('../../src/elements/story-feed/story-feed.ts');
    const held = heldFetch([story('a', '2026-01-01T00:00:00Z', { kind: 'news' }), story('b', '2026-01-02T00:00:00Z')]);
    const source = new StaticJsonSource('/stories.json', { fetch: held.fetch });
    const holder = document.createElement('div');
    holder.innerHTML = '<chorus-story-feed loading="eager"></chorus-story-feed><chorus-story-feed loading="eager"></chorus-story-feed>';
    const [feedA, feedB] = [...holder.children] as (HTMLElement & { dataSource: unknown; kind: string | undefined; updateComplete: Promise<boolean> })[];
    feedA!.dataSource = source;
    feedB!.dataSource = source;
    document.body.append(holder);
    try {
      await Promise.all([feedA!.updateComplete, feedB!.updateComplete]);
      await new Promise((resolve) => setTimeout(resolve, 50));
      feedA!.kind = 'news';
      await feedA!.updateComplete;
      held.release();
      await waitUntil(() => feedA!.getAttribute('state') === 'ready' && feedB!.getAttribute('state') === 'ready', 'a feed stayed loading', { timeout: 5000 });
      expect(feedB!.shadowRoot!.querySelectorAll('article')).to.have.length(2);
      expect(feedA!.shadowRoot!.querySelectorAll('article')).to.have.length(1);
    } finally {
      holder.remove();
    }
  });
});

describe('source strings (resolve.ts with the feed kinds registered)', () => {
  it('picks GitHub, Discourse and file sources by form', () => {
    expect(resolveSource({ source: 'github:python/community?labels=story' })).to.be.instanceOf(GitHubSource);
    expect(resolveSource({ source: 'discourse:https://discuss.python.org/c/community/27' })).to.be.instanceOf(DiscourseSource);
    expect(resolveSource({ source: 'https://example.org/stories.json' })).to.be.instanceOf(StaticJsonSource);
    expect(resolveSource({ source: './stories.json' })).to.be.instanceOf(StaticJsonSource);
  });

  it('refuses a scheme it does not know', () => {
    expect(() => resolveSource({ source: 'javascript:alert(1)' })).to.throw(SourceError);
  });

  describe('with via, through the Chorus read-through', () => {
    let requests: string[];
    const realFetch = window.fetch;
    beforeEach(() => {
      requests = [];
      window.fetch = async (input: RequestInfo | URL) => {
        requests.push(String(input));
        return new Response(JSON.stringify({ stories: [story('r1', '2026-01-01T00:00:00Z')], nextCursor: 'n2' }), {
          headers: { 'Content-Type': 'application/json' },
        });
      };
    });
    afterEach(() => (window.fetch = realFetch));

    it('asks GET {via}/sources/github?repo=&labels= and reads a StoryPage', async () => {
      const source = resolveSource({ source: 'github:python/community?labels=story', via: 'https://chorus.example.org/api/v1' });
      expect(source).to.be.instanceOf(ReadThroughSource);
      const page = await source!.listStories({ limit: 5, cursor: 'c1' });
      expect(page.nextCursor).to.equal('n2');
      const url = new URL(requests[0]!);
      expect(url.origin + url.pathname).to.equal('https://chorus.example.org/api/v1/sources/github');
      expect(Object.fromEntries(url.searchParams)).to.deep.equal({ repo: 'python/community', labels: 'story', limit: '5', cursor: 'c1' });
    });

    it('asks GET {via}/sources/discourse?url=', async () => {
      await resolveSource({ source: 'discourse:https://discuss.python.org/c/community/27', via: 'https://chorus.example.org/api/v1/' })!.listStories({});
      const url = new URL(requests[0]!);
      expect(url.pathname).to.equal('/api/v1/sources/discourse');
      expect(url.searchParams.get('url')).to.equal('https://discuss.python.org/c/community/27');
    });
  });
});
