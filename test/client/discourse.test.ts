import { expect } from '@open-wc/testing';
import { DiscourseCorsError, DiscourseSource, parseDiscourseSource } from '../../src/client/discourse.ts';
import { pageFromTopicList } from '../../src/upstream/discourse.ts';
import { SourceError } from '../../src/client/types.ts';
import { plainText } from '../../src/shared/rich-text.ts';
import { Story } from '../../src/schema/index.ts';

// Recorded answers of a hosted Discourse (see test/fixtures/discourse/PROVENANCE.md).
type TopicList = Parameters<typeof pageFromTopicList>[0];
const fixture = async (name: string): Promise<TopicList> => (await fetch(`/test/fixtures/discourse/${name}`)).json();
// Each test marks its requests (`/__discourse/ok~<run>/…`) so it reads only its own from the server's log.
let run = '';
const log = async (): Promise<{ path: string; query: string; accept: string }[]> => (await fetch(`/__feed/log?has=~${run}/`)).json();
const FORUM = 'https://sourcecred-test.discourse.group/';

describe('DiscourseSource', () => {
  beforeEach(() => (run = Math.random().toString(36).slice(2)));

  describe('parsing the source string', () => {
    it('turns a category URL into its JSON listing and the forum base', () => {
      expect(parseDiscourseSource('discourse:https://discuss.python.org/c/community/27')).to.deep.equal({
        listUrl: 'https://discuss.python.org/c/community/27.json',
        base: 'https://discuss.python.org/',
      });
    });

    it('keeps a forum that lives in a subfolder', () => {
      expect(parseDiscourseSource('discourse:https://example.org/forum/c/news/5/').base).to.equal('https://example.org/forum/');
    });

    it('refuses what is not a web address', () => {
      expect(() => parseDiscourseSource('discourse:javascript:alert(1)')).to.throw(SourceError);
      expect(() => parseDiscourseSource('discourse:not a url')).to.throw(SourceError);
    });
  });

  describe('mapping the recorded topic list (latest.json, 30 topics)', () => {
    it('gives 30 valid stories with the forum URL of each topic', async () => {
      const page = pageFromTopicList(await fixture('latest.json'), FORUM);
      expect(page.stories).to.have.length(30);
      for (const story of page.stories) expect(Story.safeParse(story).success, story.title).to.equal(true);
      expect(page.stories[1]!.url).to.equal('https://sourcecred-test.discourse.group/t/filler-topic-11/37');
    });

    it('takes authors from the side-loaded users, matched by posters[].user_id', async () => {
      const page = pageFromTopicList(await fixture('latest.json'), FORUM);
      expect(page.stories[0]!.authorName).to.equal('system');
      expect(page.stories[1]!.authorName).to.equal('Beanow');
      expect(page.stories[2]!.authorName).to.equal('dandelion protocol acct');
      expect(page.stories[1]!.authorUrl).to.equal('https://sourcecred-test.discourse.group/u/beanow.sc-test');
    });

    it('fills the {size} of avatar templates and resolves relative ones against the forum', async () => {
      const page = pageFromTopicList(await fixture('latest.json'), FORUM);
      expect(page.stories[0]!.authorAvatar).to.equal('https://sourcecred-test.discourse.group/user_avatar/sourcecred-test.discourse.group/system/96/1_2.png');
      expect(page.stories[1]!.authorAvatar).to.equal('https://avatars.discourse-cdn.com/v4/letter/b/7ea924/96.png');
    });

    it('keeps the excerpt as HTML, so its entities decode in the sanitizer', async () => {
      const [welcome] = pageFromTopicList(await fixture('latest.json'), FORUM).stories;
      expect(welcome!.bodyFormat).to.equal('html');
      expect(welcome!.body).to.contain('It’s important!');
      expect(plainText(welcome!.body, 'html')).to.match(/Who i…$/);
    });

    it('reads string tags, and object tags as newer forums send them', async () => {
      const list = await fixture('latest.json');
      expect(pageFromTopicList(list, FORUM).stories[1]!.tags).to.deep.equal(['a-special-topic', 'filler-topic']);
      // The same list with tags in the current `{id, name, slug}` shape (topic.response.schema.json).
      for (const topic of list.topic_list!.topics!) topic.tags = (topic.tags ?? []).map((name, id) => ({ id, name: String(name), slug: String(name) }));
      expect(pageFromTopicList(list, FORUM).stories[1]!.tags).to.deep.equal(['a-special-topic', 'filler-topic']);
    });

    it('turns the relative more_topics_url into the next JSON page, and ends where it is absent', async () => {
      expect(pageFromTopicList(await fixture('latest.json'), FORUM).nextCursor).to.equal(
        'https://sourcecred-test.discourse.group/latest.json?ascending=false&no_definitions=true&order=activity&page=1',
      );
      expect(pageFromTopicList(await fixture('latest-last-page.json'), FORUM).nextCursor).to.equal(null);
    });
  });

  describe('over HTTP', () => {
    const forum = () => new DiscourseSource(`discourse:${location.origin}/__discourse/ok~${run}/c/general/5`);

    it('asks for the category as JSON and pages through more_topics_url', async () => {
      const source = forum();
      const first = await source.listStories({ limit: 30 });
      expect(first.stories).to.have.length(30);
      expect(first.nextCursor).to.equal(`${location.origin}/latest.json?ascending=false&no_definitions=true&order=activity&page=1`);
      const last = await source.listStories({ cursor: first.nextCursor });
      expect(last.stories).to.have.length(10);
      expect(last.nextCursor).to.equal(null);
      const requests = await log();
      expect(requests.map((request) => request.path)).to.deep.equal([`/__discourse/ok~${run}/c/general/5.json`]);
      expect(requests[0]!.accept).to.equal('application/json');
    });

    it('asks for the category’s tag listing, and keeps only stories with the tag', async () => {
      const page = await forum().listStories({ tag: 'filler topic' });
      const [request] = await log();
      expect(request!.path).to.equal(`/__discourse/ok~${run}/tags/c/general/5/filler%20topic.json`);
      expect(page.stories.length).to.equal(0);
      const tagged = await forum().listStories({ tag: 'filler-topic' });
      expect(tagged.stories.length).to.be.greaterThan(0);
      for (const story of tagged.stories) expect(story.tags).to.include('filler-topic');
    });

    it('reads a whole topic with its first post as the body, relative links resolved', async () => {
      const story = await forum().getStory('discourse-21');
      expect(story.title).to.equal('A Post With References');
      expect(story.bodyFormat).to.equal('html');
      expect(story.body).to.contain('<a class="mention" href="/u/dl-proto">');
      expect(story.authorName).to.equal('D');
      expect(story.url).to.equal(`${location.origin}/__discourse/ok~${run}/t/a-post-with-references/21`);
    });

    it('names the forum CORS setting when the browser blocks the answer', async () => {
      // Another origin (localhost ↔ 127.0.0.1) that sends no Access-Control-Allow-Origin.
      const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
      const blocked = new DiscourseSource(`discourse:${location.protocol}//${other}:${location.port}/__discourse/nocors/c/general/5`);
      const error = await blocked.listStories({}).catch((e: unknown) => e);
      expect(error).to.be.instanceOf(DiscourseCorsError);
      expect((error as DiscourseCorsError).kind).to.equal('network');
      expect((error as DiscourseCorsError).message)
        .to.contain('cors origins')
        .and.contain(location.origin);
    });

    it('reads a forum that allows this origin', async () => {
      const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
      const allowed = new DiscourseSource(`discourse:${location.protocol}//${other}:${location.port}/__discourse/cors/c/general/5`);
      expect((await allowed.listStories({})).stories).to.have.length(30);
    });

    it('reports a topic list it cannot map as invalid-response', async () => {
      const odd = new DiscourseSource('discourse:https://forum.example.org/c/x/1', {
        fetch: async () => new Response(JSON.stringify({ topic_list: { topics: [{ id: 1, tags: 'not a list' }] } })),
      });
      const error = (await odd.listStories({}).catch((e: unknown) => e)) as SourceError;
      expect(error.kind).to.equal('invalid-response');
    });

    it('is read-only', async () => {
      expect(
        (
          (await forum()
            .membership()
            .catch((e: unknown) => e)) as SourceError
        ).kind,
      ).to.equal('unsupported');
    });
  });
});
