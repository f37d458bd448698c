import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { SourceError } from '../../src/client/types.ts';
import type { ChorusStoryFeed } from '../../src/elements/story-feed/story-feed.ts';
import '../../src/elements/story-feed/story-feed.ts';
import type { ChorusErrorEvent, ChorusLoadEvent } from '../../src/shared/events.ts';
import { FakeIntersectionObserver, ListSource, ManualSource, makeStory } from './story-feed.helpers.ts';

const $ = <T extends Element = HTMLElement>(el: ChorusStoryFeed, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: ChorusStoryFeed, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const articles = (el: ChorusStoryFeed) => $$(el, 'article');
const status = (el: ChorusStoryFeed) => $(el, '[role="status"].visually-hidden')!.textContent!.trim();
const ready = (el: ChorusStoryFeed) => waitUntil(() => el.state === 'ready', 'the feed did not become ready');
const stories = (count: number, from = 1) => Array.from({ length: count }, (_, i) => makeStory(from + i));

async function feed(source: ManualSource | ListSource, attrs: { limit?: number; layout?: string } = {}) {
  return fixture<ChorusStoryFeed>(
    html`<chorus-story-feed loading="eager" limit=${attrs.limit ?? 3} layout=${attrs.layout ?? 'list'} .dataSource=${source}></chorus-story-feed>`,
  );
}

describe('<chorus-story-feed>', () => {
  beforeEach(() => sessionStorage.clear());

  describe('is accessible', () => {
    it('while loading', async () => {
      const el = await feed(new ManualSource());
      expect(el.state).to.equal('loading');
      await expect(el).to.be.accessible();
    });

    it('when ready', async () => {
      const el = await feed(new ListSource(stories(5)));
      await ready(el);
      await expect(el).to.be.accessible();
    });

    it('when ready in dark, grid and compact layouts', async () => {
      for (const layout of ['grid', 'compact']) {
        const el = await feed(new ListSource(stories(3)), { layout });
        el.theme = 'dark';
        el.filters = true;
        await ready(el);
        await expect(el).to.be.accessible();
      }
    });

    it('when empty', async () => {
      const el = await feed(new ListSource([]));
      await waitUntil(() => el.state === 'empty');
      await expect(el).to.be.accessible();
    });

    it('when failed', async () => {
      const source = new ManualSource();
      const el = await feed(source);
      (await source.call(0)).reject(new SourceError('network', 'down'));
      await waitUntil(() => el.state === 'error');
      await expect(el).to.be.accessible();
    });

    it('when showing saved stories after a failed refresh', async () => {
      const source = new ManualSource();
      const first = await feed(source);
      (await source.call(0)).resolve({ stories: stories(3), nextCursor: null });
      await ready(first);
      first.remove();
      const el = await feed(source);
      (await source.call(1)).reject(new SourceError('timeout', 'slow'));
      await waitUntil(() => el.stale);
      await expect(el).to.be.accessible();
    });
  });

  describe('showing a story', () => {
    it('shows kind, linked title, author, tags and an excerpt', async () => {
      const el = await feed(new ListSource([makeStory(1, { kind: 'news', tags: ['psf', 'pycon'], authorUrl: 'https://example.org/ada' })]));
      await ready(el);
      const [article] = articles(el);
      expect($(el, '[part="badge"]')!.textContent).to.equal('News');
      const title = article!.querySelector('h3 a')!;
      expect(title.textContent).to.equal('Story number 1');
      expect(title.getAttribute('href')).to.equal('https://example.org/stories/1');
      expect(title.getAttribute('rel')).to.equal('ugc nofollow noopener');
      expect(article!.querySelector('[part="author"]')!.textContent!.trim()).to.equal('by Author 1');
      expect([...article!.querySelectorAll('.tags li')].map((li) => li.textContent)).to.deep.equal(['psf', 'pycon']);
      expect(article!.querySelector('.body')!.textContent).to.equal('A short body for story 1.');
    });

    it('links the title to the story’s page, else where it is read, else its link, else not at all', async () => {
      const el = await feed(
        new ListSource([
          makeStory(1, { permalink: 'https://stories.example.org/stories/s1', link: 'https://elsewhere.example/post' }),
          makeStory(2, { url: null, link: 'https://elsewhere.example/boosted' }),
          makeStory(3, { url: '', link: null }),
        ]),
      );
      await ready(el);
      const titles = articles(el).map((article) => article.querySelector('[part="title"]')!);
      expect(titles.map((title) => title.getAttribute('href'))).to.deep.equal([
        'https://stories.example.org/stories/s1',
        'https://elsewhere.example/boosted',
        null,
      ]);
      expect(titles[0]!.hasAttribute('rel')).to.equal(false);
      expect(titles[1]!.getAttribute('rel')).to.equal('ugc nofollow noopener');
      expect(titles.map((title) => title.localName)).to.deep.equal(['a', 'a', 'span']);
      expect(titles[2]!.textContent).to.equal('Story number 3');
    });

    it('gives the time relative to now, in the page language, with the full date as its title', async () => {
      const story = makeStory(48);
      // fixtureSync: with a plain wrapper, fixture() waits for an animation frame, which a background tab never paints.
      const el = fixtureSync<HTMLDivElement>(
        html`<div lang="es">
          <chorus-story-feed loading="eager" .dataSource=${new ListSource([story])}></chorus-story-feed>
        </div>`,
      ).querySelector('chorus-story-feed')!;
      await ready(el);
      const time = $(el, 'time')!;
      expect(time.textContent).to.equal('anteayer');
      expect(time.getAttribute('datetime')).to.equal(story.publishedAt);
      expect(time.title).to.contain(String(new Date(Date.now() - 48 * 3_600_000).getFullYear()));
      expect($(el, '[part="badge"]')!.textContent).to.equal('Historia');
    });

    it('expands "Read more" inline to the full, formatted body', async () => {
      const long = `**Bold start.** ${'Many words in a long story. '.repeat(20)}`;
      const el = await feed(new ListSource([makeStory(1, { body: long })]));
      await ready(el);
      const button = $(el, '.read-more') as HTMLButtonElement;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect($(el, '.body strong')).to.equal(null);
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(button.getAttribute('aria-controls')).to.equal($(el, '.body')!.id);
      expect($(el, '.body strong')!.textContent).to.equal('Bold start.');
      expect(button.textContent).to.contain('Show less');
    });

    it('shows the excerpt a Chorus server sent as it is, and "Read more" only when it was cut', async () => {
      const long = `**Bold start.** ${'Many words in a long story. '.repeat(20)}`;
      const el = await feed(
        new ListSource([
          makeStory(1, { body: long, excerpt: 'Bold start. Many words in a long story. Many words…' }),
          makeStory(2, { body: 'Wait for it…', excerpt: 'Wait for it…' }),
        ]),
      );
      await ready(el);
      const [first, second] = articles(el);
      expect(first!.querySelector('.body')!.textContent).to.equal('Bold start. Many words in a long story. Many words…');
      expect(second!.querySelector('.body')!.textContent).to.equal('Wait for it…');
      expect(second!.querySelector('.read-more')).to.equal(null);
      (first!.querySelector('.read-more') as HTMLButtonElement).click();
      await waitUntil(() => first!.querySelector('.body strong'), 'the full body was not rendered');
      expect(first!.querySelector('.body strong')!.textContent).to.equal('Bold start.');
    });

    it('makes its own excerpt for stories that come without one, paragraphs and list items kept apart', async () => {
      const body = 'We are adding a track.\n\n- beginners welcome\n- laptops to borrow\n\nSee you there';
      const el = await feed(
        new ListSource([
          makeStory(1, { body }),
          makeStory(2, { body: '<p>From a <b>forum</b> &amp; more</p><ul><li>one</li><li>two</li></ul>', bodyFormat: 'html' }),
        ]),
      );
      await ready(el);
      expect(articles(el).map((article) => article.querySelector('.body')!.textContent)).to.deep.equal([
        'We are adding a track. beginners welcome · laptops to borrow · See you there',
        'From a forum & more · one · two',
      ]);
    });

    it('offers no "Read more" when the excerpt is the whole story', async () => {
      const el = await feed(new ListSource(stories(1)));
      await ready(el);
      expect($(el, '.read-more')).to.equal(null);
    });

    it('loads no images unless images is set', async () => {
      const story = makeStory(1, { body: `![a cat](https://example.org/cat.png) ${'words '.repeat(60)}`, authorAvatar: 'https://example.org/a.png' });
      const el = await feed(new ListSource([story]));
      await ready(el);
      ($(el, '.read-more') as HTMLButtonElement).click();
      await el.updateComplete;
      expect($$(el, 'img')).to.have.length(0);
      el.images = true;
      await el.updateComplete;
      expect($$(el, 'img').map((img) => img.getAttribute('src'))).to.include('https://example.org/a.png');
    });
  });

  describe('the feed pattern', () => {
    it('is a role=feed of articles with position, set size and busy state', async () => {
      const source = new ManualSource();
      const el = await feed(source);
      expect($(el, '[role="feed"]')!.getAttribute('aria-busy')).to.equal('true');
      (await source.call(0)).resolve({ stories: stories(3), nextCursor: 'next' });
      await ready(el);
      expect($(el, '[role="feed"]')!.getAttribute('aria-busy')).to.equal('false');
      expect(articles(el).map((a) => a.getAttribute('aria-posinset'))).to.deep.equal(['1', '2', '3']);
      // More pages exist, so the total is unknown.
      expect(articles(el)[0]!.getAttribute('aria-setsize')).to.equal('-1');
      expect(articles(el)[0]!.getAttribute('aria-labelledby')).to.equal(articles(el)[0]!.querySelector('h3')!.id);
    });

    it('moves between stories with Page Down and Page Up', async () => {
      const el = await feed(new ListSource(stories(3)));
      await ready(el);
      const [first, second] = articles(el);
      first!.focus();
      first!.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true, composed: true, cancelable: true }));
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(second);
      second!.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageUp', bubbles: true, composed: true, cancelable: true }));
      expect(el.shadowRoot!.activeElement).to.equal(first);
    });

    it('leaves the feed for the load-more button with Ctrl+End', async () => {
      const el = await feed(new ListSource(stories(6)));
      await ready(el);
      articles(el)[0]!.focus();
      articles(el)[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', ctrlKey: true, bubbles: true, composed: true, cancelable: true }));
      expect(el.shadowRoot!.activeElement).to.equal($(el, '.load-more'));
    });
  });

  describe('loading more', () => {
    it('asks for the next page, appends it and announces how many were added', async () => {
      const source = new ListSource(stories(5));
      const el = await feed(source);
      await ready(el);
      const loaded = oneEvent(el, 'chorus-load');
      ($(el, '.load-more') as HTMLButtonElement).click();
      expect(((await loaded) as ChorusLoadEvent).detail.count).to.equal(2);
      expect(source.queries[1]!.cursor).to.equal('3');
      expect(articles(el)).to.have.length(5);
      expect(status(el)).to.equal('2 more stories loaded. All stories are shown.');
      expect($(el, '.load-more')).to.equal(null);
      expect(articles(el)[4]!.getAttribute('aria-setsize')).to.equal('5');
    });

    it('announces in the page language', async () => {
      const source = new ListSource(stories(4));
      const el = await feed(source);
      el.lang = 'es';
      await ready(el);
      ($(el, '.load-more') as HTMLButtonElement).click();
      await waitUntil(() => articles(el).length === 4);
      expect(status(el)).to.equal('Se cargó 1 historia más. Se muestran todas las historias.');
    });

    it('loads the next page by itself with infinite when the end comes within 600px', async () => {
      const restore = FakeIntersectionObserver.install();
      try {
        const source = new ListSource(stories(6));
        const el = await fixture<ChorusStoryFeed>(html`<chorus-story-feed loading="eager" infinite limit="2" .dataSource=${source}></chorus-story-feed>`);
        await ready(el);
        const button = $(el, '.load-more')!;
        const observer = FakeIntersectionObserver.instances.find((candidate) => candidate.targets.has(button))!;
        expect(observer.options.rootMargin).to.equal('600px');
        FakeIntersectionObserver.near(button);
        await waitUntil(() => articles(el).length === 4);
        // Still near the end after that page: the button is observed afresh, so the next page comes too.
        await el.updateComplete;
        FakeIntersectionObserver.near($(el, '.load-more')!);
        await waitUntil(() => articles(el).length === 6);
        expect(source.queries.map((query) => query.cursor ?? null)).to.deep.equal([null, '2', '4']);
        expect($(el, '.load-more')).to.equal(null);
      } finally {
        restore();
      }
    });

    it('keeps the "Load more" button with infinite, for keyboard users', async () => {
      const restore = FakeIntersectionObserver.install();
      try {
        const el = await fixture<ChorusStoryFeed>(
          html`<chorus-story-feed loading="eager" infinite limit="2" .dataSource=${new ListSource(stories(6))}></chorus-story-feed>`,
        );
        await ready(el);
        ($(el, '.load-more') as HTMLButtonElement).click();
        await waitUntil(() => articles(el).length === 4);
      } finally {
        restore();
      }
    });

    it('keeps the stories and offers "Try again" when a page fails', async () => {
      const source = new ManualSource();
      const el = await feed(source);
      (await source.call(0)).resolve({ stories: stories(3), nextCursor: 'c2' });
      await ready(el);
      ($(el, '.load-more') as HTMLButtonElement).click();
      (await source.call(1)).reject(new SourceError('network', 'down'));
      await waitUntil(() => $(el, '.more .error'));
      expect(articles(el)).to.have.length(3);
      expect($(el, '.load-more')!.textContent!.trim()).to.equal('Try again');
      expect(status(el)).to.contain('Check your connection');
    });
  });

  describe('fetching on a real page', () => {
    it('waits until the feed is within 600px of the viewport, unless loading="eager"', async () => {
      const restore = FakeIntersectionObserver.install();
      try {
        const source = new ManualSource();
        const el = await fixture<ChorusStoryFeed>(html`<chorus-story-feed .dataSource=${source}></chorus-story-feed>`);
        const observer = FakeIntersectionObserver.instances.find((candidate) => candidate.targets.has(el))!;
        expect(observer.options.rootMargin).to.equal('600px');
        await el.updateComplete;
        expect(source.calls).to.have.length(0);
        expect(el.state).to.equal('loading');
        FakeIntersectionObserver.near(el);
        await source.call(0);
        const eager = new ManualSource();
        await fixture<ChorusStoryFeed>(html`<chorus-story-feed loading="eager" .dataSource=${eager}></chorus-story-feed>`);
        await eager.call(0);
      } finally {
        restore();
      }
    });

    it('shows the last stories at once when coming back, then refreshes them', async () => {
      const source = new ManualSource();
      const first = await feed(source);
      (await source.call(0)).resolve({ stories: stories(3), nextCursor: null });
      await ready(first);
      first.remove();
      const el = await feed(source);
      // Before the refresh answers, the saved stories are already there.
      expect(el.state).to.equal('ready');
      expect(articles(el)).to.have.length(3);
      (await source.call(1)).resolve({ stories: [makeStory(9), ...stories(2)], nextCursor: null });
      await waitUntil(() => articles(el)[0]!.textContent!.includes('Story number 9'));
      expect(el.stale).to.equal(false);
    });

    it('keeps the saved stories with a notice when the refresh fails', async () => {
      const source = new ManualSource();
      const first = await feed(source);
      (await source.call(0)).resolve({ stories: stories(2), nextCursor: null });
      await ready(first);
      first.remove();
      const el = await feed(source);
      (await source.call(1)).reject(new SourceError('network', 'offline'));
      await waitUntil(() => el.stale);
      expect(el.hasAttribute('stale')).to.equal(true);
      expect(articles(el)).to.have.length(2);
      expect($(el, '[part="notice"]')!.textContent).to.contain('may be out of date');
    });

    it('aborts the request in flight when the tag changes, and asks again', async () => {
      const source = new ManualSource();
      const el = await feed(source);
      const first = await source.call(0);
      el.tag = 'psf';
      const second = await source.call(1);
      expect(first.signal!.aborted).to.equal(true);
      expect(second.query.tag).to.equal('psf');
      second.resolve({ stories: stories(1), nextCursor: null });
      await ready(el);
      expect(articles(el)).to.have.length(1);
    });

    it('aborts when the source or kind changes', async () => {
      const source = new ManualSource();
      const el = await feed(source);
      const first = await source.call(0);
      el.kind = 'event';
      await el.updateComplete;
      expect(first.signal!.aborted).to.equal(true);
      expect((await source.call(1)).query.kind).to.equal('event');
      el.dataSource = new ListSource(stories(2));
      await el.updateComplete;
      expect(source.calls[1]!.signal!.aborted).to.equal(true);
      await ready(el);
    });

    it('aborts when removed from the page, and loads again when put back', async () => {
      const source = new ManualSource();
      const el = await feed(source);
      const parent = el.parentElement!;
      const first = await source.call(0);
      el.remove();
      expect(first.signal!.aborted).to.equal(true);
      parent.append(el);
      (await source.call(1)).resolve({ stories: stories(2), nextCursor: null });
      await ready(el);
    });

    it('fires chorus-load with the count of the first page', async () => {
      const source = new ManualSource();
      const el = await feed(source);
      const loaded = oneEvent(el, 'chorus-load');
      (await source.call(0)).resolve({ stories: stories(3), nextCursor: null });
      expect(((await loaded) as ChorusLoadEvent).detail).to.deep.equal({ count: 3 });
    });
  });

  describe('when there are no stories', () => {
    it('says so', async () => {
      const el = await feed(new ListSource([]));
      await waitUntil(() => el.state === 'empty');
      expect($(el, '[part="empty"]')!.textContent!.trim()).to.equal('No stories yet.');
      expect($(el, '[role="feed"]')).to.equal(null);
    });

    it('shows the empty slot instead', async () => {
      const el = await fixture<ChorusStoryFeed>(
        html`<chorus-story-feed loading="eager" .dataSource=${new ListSource([])}><p slot="empty">Be the first!</p></chorus-story-feed>`,
      );
      await waitUntil(() => el.state === 'empty');
      const slot = $<HTMLSlotElement>(el, 'slot[name="empty"]')!;
      expect(slot.assignedElements()[0]!.textContent).to.equal('Be the first!');
    });
  });

  describe('when loading fails', () => {
    it('says what happened, fires chorus-error, and tries again on request', async () => {
      const source = new ManualSource();
      const el = await feed(source);
      const failed = oneEvent(el, 'chorus-error');
      (await source.call(0)).reject(new SourceError('timeout', 'slow'));
      const event = (await failed) as ChorusErrorEvent;
      expect(event.detail.code).to.equal('timeout');
      expect($(el, '[role="alert"]')!.textContent).to.contain('took too long');
      ($(el, '[part="retry"]') as HTMLButtonElement).click();
      (await source.call(1)).resolve({ stories: stories(1), nextCursor: null });
      await ready(el);
    });

    it('explains a missing source', async () => {
      const el = await fixture<ChorusStoryFeed>(html`<chorus-story-feed loading="eager"></chorus-story-feed>`);
      await waitUntil(() => el.state === 'error');
      expect($(el, '[role="alert"]')!.textContent).to.contain('Set its source or endpoint');
    });
  });

  describe('filters', () => {
    it('offers chips for kinds and seen tags, and asks again when one is pressed', async () => {
      const source = new ListSource([makeStory(1, { tags: ['psf'] }), makeStory(2, { kind: 'news', tags: ['pycon'] })]);
      const el = await fixture<ChorusStoryFeed>(html`<chorus-story-feed loading="eager" filters .dataSource=${source}></chorus-story-feed>`);
      await ready(el);
      const chips = $$<HTMLButtonElement>(el, '[part="filter"]');
      expect(chips.map((chip) => chip.textContent)).to.deep.equal(
        ['All', 'Boost', 'News', 'Story', 'Event', '#community', '#psf', '#pycon'].filter((t) => t !== '#community'),
      );
      chips[2]!.click();
      await waitUntil(() => source.queries.length === 2);
      expect(source.queries[1]!.kind).to.equal('news');
      await el.updateComplete;
      expect($$(el, '[part="filter"]')[2]!.getAttribute('aria-pressed')).to.equal('true');
    });
  });

  describe('filters on the first load', () => {
    it('show with the stories, in a new feed box, so the tag chips never push skeleton rows down; later loads keep them', async () => {
      const source = new ManualSource();
      const el = await fixture<ChorusStoryFeed>(html`<chorus-story-feed loading="eager" filters .dataSource=${source}></chorus-story-feed>`);
      const call = await source.call(0);
      await el.updateComplete;
      expect(el.state).to.equal('loading');
      expect($(el, '[part="filters"]')).to.equal(null);
      const skeletonBox = $(el, '[part="feed"]');
      expect($$(el, '[part="skeleton"]').length).to.be.greaterThan(0);
      call.resolve({ stories: [makeStory(1, { tags: ['psf'] })], nextCursor: null });
      await ready(el);
      await el.updateComplete;
      expect($$(el, '[part="filter"]').map((chip) => chip.textContent)).to.include('#psf');
      expect($(el, '[part="feed"]')).to.not.equal(skeletonBox);
      // Pressing a chip loads again: the chips stay, and so does the focus on the pressed one.
      const news = $$<HTMLButtonElement>(el, '[part="filter"]')[2]!;
      news.focus();
      news.click();
      await source.call(1);
      await el.updateComplete;
      expect(el.state).to.equal('loading');
      expect($$(el, '[part="filter"]')[2]).to.equal(news);
      expect(el.shadowRoot!.activeElement).to.equal(news);
    });
  });

  describe('filters a source applies page by page', () => {
    /** Pages of 3 in order, filtered by kind after paging, as GitHub's kinds and a forum's listing are. */
    class PagedThenFiltered extends ListSource {
      override async listStories(query: Parameters<ListSource['listStories']>[0]) {
        const page = await super.listStories({ ...query, limit: 3 });
        return { ...page, stories: page.stories.filter((story) => !query.kind || story.kind === query.kind) };
      }
    }
    const kinds = (el: ChorusStoryFeed) => articles(el).map((article) => article.querySelector('[part="badge"]')!.textContent);

    it('keeps reading until the page is filled when the first pages hold no match', async () => {
      const list = [...stories(6), ...stories(6, 7).map((story, i) => ({ ...story, kind: i % 2 ? ('story' as const) : ('event' as const) }))];
      const source = new PagedThenFiltered(list);
      const el = await fixture<ChorusStoryFeed>(html`<chorus-story-feed loading="eager" limit="3" kind="event" .dataSource=${source}></chorus-story-feed>`);
      await ready(el);
      expect(kinds(el)).to.deep.equal(['Event', 'Event', 'Event']);
      expect(source.queries.map((query) => query.cursor ?? null)).to.deep.equal([null, '3', '6', '9']);
      expect($(el, '.load-more'), 'the last page is read').to.equal(null);
    });

    it('keeps "Load more" while the source has more, even when no match has come yet', async () => {
      const list = [...stories(18), makeStory(19, { kind: 'event', title: 'At last' })];
      const el = await fixture<ChorusStoryFeed>(
        html`<chorus-story-feed loading="eager" limit="3" kind="event" .dataSource=${new PagedThenFiltered(list)}></chorus-story-feed>`,
      );
      await ready(el);
      expect(articles(el)).to.have.length(0);
      expect($(el, '[part="empty"]')!.textContent).to.contain('Load more');
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '.load-more')!.click();
      await waitUntil(() => articles(el).length === 1, 'the match on a later page never came');
      expect(articles(el)[0]!.querySelector('h3')!.textContent!.trim()).to.equal('At last');
      expect($(el, '[part="empty"]')).to.equal(null);
    });
  });

  describe('long feeds', () => {
    // The virtualizer measures with a ResizeObserver; Chromium reports its harmless "loop" notice as an error.
    let original: OnErrorEventHandler;
    beforeEach(() => {
      original = window.onerror;
      window.onerror = (message, ...rest) => (/ResizeObserver loop/.test(String(message)) ? true : original?.call(window, message, ...rest));
    });
    afterEach(() => (window.onerror = original));

    it('renders only the visible stories beyond a few hundred', async () => {
      const el = await feed(new ListSource(stories(1000)), { limit: 1000 });
      await ready(el);
      await waitUntil(() => $(el, '.feed.virtual'), 'the virtualizer did not load', { timeout: 5000 });
      await waitUntil(() => articles(el).length > 0 && articles(el).length < 40, `${articles(el).length} stories in the DOM`, { timeout: 5000 });
    });

    it('lays out normally again when a long feed is replaced by a short one', async () => {
      const el = await feed(new ListSource(stories(1000)), { limit: 1000 });
      await waitUntil(() => $(el, '.feed.virtual article') && articles(el).length < 40, 'the virtualizer did not render', { timeout: 5000 });
      el.limit = 3;
      el.dataSource = new ListSource(stories(3));
      await waitUntil(() => articles(el).length === 3 && !$(el, '.feed.virtual'));
      const height = $(el, '[role="feed"]')!.getBoundingClientRect().height;
      expect(height).to.be.greaterThan(3 * articles(el)[0]!.getBoundingClientRect().height);
    });

    it('brings the next story into the DOM and focuses it with Page Down', async () => {
      const el = await feed(new ListSource(stories(1000)), { limit: 1000 });
      // Fewer rows than the 50 shown while the virtualizer loads: its layout is in charge.
      await waitUntil(() => $(el, '.feed.virtual article') && articles(el).length < 40, 'the virtualizer did not render', { timeout: 5000 });
      const last = articles(el).reduce((a, b) => (Number(b.getAttribute('aria-posinset')) > Number(a.getAttribute('aria-posinset')) ? b : a));
      const position = Number(last.getAttribute('aria-posinset'));
      expect($(el, `article[aria-posinset="${position + 1}"]`)).to.equal(null);
      last.focus();
      last.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true, composed: true, cancelable: true }));
      await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('aria-posinset') === String(position + 1), 'the next story was not focused', {
        timeout: 5000,
      });
      expect(articles(el)[0]!.getAttribute('aria-setsize')).to.equal('1000');
    });
  });
});
