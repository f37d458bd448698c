import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { DiscourseSource } from '../../src/client/discourse.ts';
import { GitHubSource } from '../../src/client/github.ts';
import type { ChorusStoryFeed } from '../../src/elements/story-feed/story-feed.ts';
import '../../src/elements/story-feed/story-feed.ts';

// The feed on the recorded GitHub and Discourse answers and on an XSS corpus, all served over
// real HTTP by test/fixtures/feed-server.mjs.
const $$ = <T extends Element = HTMLElement>(el: ChorusStoryFeed, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const articles = (el: ChorusStoryFeed) => $$(el, 'article');
const settled = (el: ChorusStoryFeed) => waitUntil(() => el.state !== 'loading', 'the feed kept loading', { timeout: 5000 });
const unique = () => Math.random().toString(36).slice(2);
const github = (scenario: string, repo = `o/r-${unique()}`) =>
  new GitHubSource(`github:${repo}`, { apiUrl: `${location.origin}/__gh/${scenario}`, storage: null });

/** A feed on a source object, a `source` string, or attributes (`{endpoint}`, `{source, via}`). */
async function feedOf(source: GitHubSource | DiscourseSource | string | Record<string, string>, limit = 30): Promise<ChorusStoryFeed> {
  const el =
    typeof source === 'string'
      ? await fixture<ChorusStoryFeed>(html`<chorus-story-feed loading="eager" limit=${limit} source=${source}></chorus-story-feed>`)
      : source instanceof GitHubSource || source instanceof DiscourseSource
        ? await fixture<ChorusStoryFeed>(html`<chorus-story-feed loading="eager" limit=${limit} .dataSource=${source}></chorus-story-feed>`)
        : await fixture<ChorusStoryFeed>(
            html`<chorus-story-feed
              loading="eager"
              limit=${limit}
              .endpoint=${source.endpoint}
              .source=${source.source}
              .via=${source.via}
            ></chorus-story-feed>`,
          );
  await settled(el);
  return el;
}

describe('<chorus-story-feed> on real sources', () => {
  beforeEach(() => sessionStorage.clear());

  describe('GitHub Issues', () => {
    it('shows the 6 issues of the recorded list, none of its 24 pull requests, and fills the page from the next ones', async () => {
      const el = await feedOf(github('hub4j'));
      expect(el.state).to.equal('ready');
      // 6 issues of 30, then rel="next" (the recorded page 3: 3 more issues) until 5 requests are spent.
      expect(articles(el)).to.have.length(9);
      for (const link of $$<HTMLAnchorElement>(el, 'h3 a')) expect(link.href).to.match(/\/issues\/\d+$/);
      await expect(el).to.be.accessible();
    });

    it('shows issues with a null body, and follows rel="next" with "Load more"', async () => {
      const el = await feedOf(github('paged'), 3);
      expect(articles(el).map((a) => a.querySelector('h3')!.textContent!.trim())).to.deep.equal(['Test issue 13', 'Test issue 12', 'Test issue 11']);
      expect(articles(el)[0]!.querySelector('.body')!.textContent).to.equal('');
      (el.shadowRoot!.querySelector('.load-more') as HTMLButtonElement).click();
      await waitUntil(() => articles(el).length === 6);
      expect(articles(el)[3]!.querySelector('h3')!.textContent!.trim()).to.equal('Test issue 7');
    });

    it('says when GitHub’s rate limit resets if nothing is cached', async () => {
      const el = await feedOf(github('limited'));
      expect(el.state).to.equal('error');
      const message = el.shadowRoot!.querySelector('[role="alert"]')!.textContent!;
      expect(message).to.contain('GitHub’s hourly limit');
      expect(message).to.match(/Try again after \d{1,2}:\d{2}/);
      await expect(el).to.be.accessible();
    });

    it('shows the cached stories with a notice when rate limited', async () => {
      const repo = `o/r-${unique()}`;
      const storage = new Map<string, string>();
      const options = {
        apiUrl: `${location.origin}/__gh/limited-after-1`,
        storage: { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => void storage.set(k, v) } as Storage,
      };
      const first = await feedOf(new GitHubSource(`github:${repo}`, options));
      expect(articles(first)).to.have.length(9);
      // A new page view (no sessionStorage), same browser (localStorage kept): GitHub now says no.
      sessionStorage.clear();
      const el = await feedOf(new GitHubSource(`github:${repo}`, options));
      expect(el.state).to.equal('ready');
      expect(el.stale).to.equal(true);
      expect(articles(el)).to.have.length(9);
      expect(el.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.match(/New ones can load after \d{1,2}:\d{2}/);
    });
  });

  describe('Discourse', () => {
    it('shows the category’s topics with side-loaded authors and pages with more_topics_url', async () => {
      const el = await feedOf(`discourse:${location.origin}/__discourse/ok/c/general/5`);
      expect(articles(el)).to.have.length(30);
      expect(articles(el)[1]!.querySelector('[part="author"]')!.textContent!.trim()).to.equal('by Beanow');
      // The excerpt's entities are decoded, never shown as markup.
      expect(articles(el)[0]!.querySelector('.body')!.textContent).to.contain('It’s important!').and.not.contain('&hellip;');
      (el.shadowRoot!.querySelector('.load-more') as HTMLButtonElement).click();
      await waitUntil(() => articles(el).length === 40);
      expect(el.shadowRoot!.querySelector('.load-more')).to.equal(null);
    });

    it('names the forum’s CORS setting when the browser blocks the request', async () => {
      const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
      const el = await feedOf(`discourse:${location.protocol}//${other}:${location.port}/__discourse/nocors/c/general/5`);
      expect(el.state).to.equal('error');
      const message = el.shadowRoot!.querySelector('[role="alert"]')!.textContent!;
      expect(message).to.contain('cors origins').and.contain(location.origin).and.contain(`${other}:${location.port}`);
    });
  });

  describe('a JSON file', () => {
    it('reads a relative path', async () => {
      const el = await feedOf('/__xss/stories.json');
      expect(el.state).to.equal('ready');
      expect(articles(el).length).to.be.greaterThan(10);
    });
  });

  describe('the XSS corpus', () => {
    const sources = {
      'GitHub (Markdown bodies)': () => github('xss'),
      'Discourse (HTML excerpts)': () => new DiscourseSource(`discourse:${location.origin}/__discourse/xss/c/general/5`),
      'a JSON file (Markdown and HTML bodies)': () => '/__xss/stories.json',
      'a Chorus server': () => ({ endpoint: '/__xss/api/v1' }),
      'a Chorus read-through (via)': () => ({ source: 'github:o/xss', via: '/__xss/api/v1' }),
    };

    for (const [name, make] of Object.entries(sources)) {
      it(`runs no script and keeps only safe markup, through ${name}`, async () => {
        const win = window as Window & { __xss?: unknown };
        delete win.__xss;
        const el = await feedOf(make(), 100);
        el.images = true;
        expect(el.state).to.equal('ready');
        // Expand every story, so full bodies go through the renderer too.
        for (const button of $$<HTMLButtonElement>(el, '.read-more')) button.click();
        await el.updateComplete;
        expect($$(el, '.story.expanded').length).to.be.greaterThan(20);
        // Give event handlers (onerror, onload, ontoggle) their chance to run.
        await aTimeout(100);
        expect(win.__xss, 'a payload ran').to.equal(undefined);
        const root = el.shadowRoot!;
        expect(
          root.querySelectorAll('script, iframe, object, embed, style:not([data-lit]), form, input, base, meta, template, svg, math, video'),
        ).to.have.length(0);
        for (const node of root.querySelectorAll('*')) {
          for (const attr of node.attributes) {
            expect(attr.name, `<${node.localName} ${attr.name}>`).not.to.match(/^on/);
            if (['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc'].includes(attr.name)) {
              expect(attr.value, `<${node.localName} ${attr.name}="${attr.value}">`).to.match(/^(https?:|mailto:)/);
            }
          }
        }
        for (const link of root.querySelectorAll('a')) expect(link.rel).to.contain('ugc').and.contain('nofollow').and.contain('noopener');
      });
    }
  });
});
