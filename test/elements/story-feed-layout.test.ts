import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { ChorusStoryFeed } from '../../src/elements/story-feed/story-feed.ts';
import '../../src/elements/story-feed/story-feed.ts';
import { SourceError } from '../../src/client/types.ts';
import { ManualSource, makeStory } from './story-feed.helpers.ts';

const $ = <T extends Element = HTMLElement>(el: ChorusStoryFeed, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: ChorusStoryFeed, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const ready = (el: ChorusStoryFeed) => waitUntil(() => el.state === 'ready', 'the feed did not become ready');
const height = (element: Element) => element.getBoundingClientRect().height;
const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

const LONG =
  'Every Thursday evening a dozen of us meet in the library to pair on small patches, review each other’s pull requests and eat too much pizza. '.repeat(4);

/** A feed followed by a paragraph, in a box `width` px wide, on a page that scrolls no further than it. */
async function page(layout: string, width: number, limit: number) {
  fixtureCleanup(); // One feed at a time, at the top of the page.
  const source = new ManualSource();
  const wrapper = await fixture<HTMLDivElement>(html`
    <div style="inline-size: ${width}px">
      <chorus-story-feed loading="eager" layout=${layout} limit=${limit} .dataSource=${source}></chorus-story-feed>
      <p id="after">What the page says after the feed.</p>
    </div>
  `);
  const el = wrapper.querySelector<ChorusStoryFeed>('chorus-story-feed')!;
  await el.updateComplete;
  return { el, source, after: wrapper.querySelector('#after')! };
}

describe('<chorus-story-feed> layout', () => {
  before(() => setViewport({ width: 1000, height: 900 }));
  beforeEach(() => sessionStorage.clear());

  it('sizes each card to its content: a one-line excerpt makes a shorter card than a long one', async () => {
    for (const layout of ['list', 'grid']) {
      const { el, source } = await page(layout, 700, 2);
      (await source.call(0)).resolve({
        stories: [makeStory(1, { body: 'One line.', tags: [] }), makeStory(2, { body: LONG, tags: [] })],
        nextCursor: null,
      });
      await ready(el);
      const [short, long] = $$(el, 'article');
      const body = (card: Element) => card.querySelector('.body')!;
      // The long excerpt is clamped to three lines, the short one takes one: no blank lines are reserved.
      expect(height(body(long!)), layout).to.be.closeTo(3 * height(body(short!)), 2);
      expect(height(short!), layout).to.be.lessThan(height(long!) - 2 * height(body(short!)) + 2);
      // Neither is taller than a skeleton row: the bound the reserved space is built from.
      el.dataSource = new ManualSource();
      await el.updateComplete;
      expect(height($(el, '[part="skeleton"]')!), layout).to.be.at.least(height(long!) - 0.5);
    }
  });

  it('shows no empty excerpt or foot line for a story with no body, tags or "Read more"', async () => {
    const { el, source } = await page('list', 700, 2);
    (await source.call(0)).resolve({ stories: [makeStory(1, { body: '', tags: [] }), makeStory(2, { body: 'One line.', tags: [] })], nextCursor: null });
    await ready(el);
    const [bare, withBody] = $$(el, 'article');
    expect(getComputedStyle(bare!.querySelector('.body')!).display).to.equal('none');
    expect(getComputedStyle(bare!.querySelector('.foot')!).display).to.equal('none');
    expect(height(bare!)).to.be.lessThan(height(withBody!));
  });

  it('clamps a long title to two lines and the excerpt to three', async () => {
    const { el, source } = await page('list', 400, 1);
    (await source.call(0)).resolve({ stories: [makeStory(1, { title: 'A title that goes on and on '.repeat(10), body: LONG })], nextCursor: null });
    await ready(el);
    const title = $(el, 'article .title')!;
    const body = $(el, 'article .body')!;
    const lineHeight = (element: Element) => parseFloat(getComputedStyle(element).lineHeight);
    expect(height(title)).to.be.closeTo(2 * lineHeight(title), 1);
    expect(height(body)).to.be.closeTo(3 * lineHeight(body), 1);
  });

  it('does not move what follows the feed when shorter stories replace the skeleton rows', async () => {
    for (const layout of ['list', 'grid', 'compact']) {
      const { el, source, after } = await page(layout, 700, 4);
      expect($$(el, '[part="skeleton"]'), layout).to.have.length(4);
      await frame();
      const before = after.getBoundingClientRect();
      (await source.call(0)).resolve({
        stories: [
          makeStory(1, { title: 'Short', body: 'One line.', tags: [] }),
          makeStory(2, { title: 'A much longer title '.repeat(12), body: LONG }),
          makeStory(3, { body: '', tags: [] }),
          makeStory(4, { tags: ['a', 'b', 'c', 'd', 'e'] }),
        ],
        nextCursor: null,
      });
      await ready(el);
      await frame();
      const now = after.getBoundingClientRect();
      expect([now.top, now.left], layout).to.deep.equal([before.top, before.left]);
      // The stories themselves are shorter than the rows that were reserved for them.
      expect(height($(el, '[part="feed"]')!), layout).to.be.lessThan(el.getBoundingClientRect().height);
    }
  });

  it('follows its content when its end is below the viewport, where nothing in sight moves', async () => {
    const { el, source, after } = await page('list', 700, 12);
    (await source.call(0)).resolve({ stories: Array.from({ length: 12 }, (_, i) => makeStory(i + 1, { body: 'One line.', tags: [] })), nextCursor: null });
    await ready(el);
    await frame();
    expect($(el, '.more')!.getBoundingClientRect().bottom).to.be.greaterThan(window.innerHeight);
    expect(el.style.getPropertyValue('--_feed-floor')).to.equal('');
    expect(after.getBoundingClientRect().top - $(el, '.more')!.getBoundingClientRect().bottom).to.be.lessThan(50);
  });

  it('follows its content again on a load the reader starts (a filter)', async () => {
    const { el, source } = await page('list', 700, 3);
    (await source.call(0)).resolve({ stories: [makeStory(1, { body: 'One line.', tags: [] })], nextCursor: null });
    await ready(el);
    expect(el.style.getPropertyValue('--_feed-floor')).to.not.equal('');
    el.kind = 'news';
    (await source.call(1)).resolve({ stories: [makeStory(2, { kind: 'news', body: 'One line.', tags: [] })], nextCursor: null });
    await waitUntil(() => $(el, 'article')?.getAttribute('aria-labelledby') && el.state === 'ready');
    await el.updateComplete;
    expect(el.style.getPropertyValue('--_feed-floor')).to.equal('');
    expect(el.getBoundingClientRect().height).to.be.closeTo(height($(el, '[part="feed"]')!) + height($(el, '.more')!), 1);
  });

  it('keeps no floor for an error: the message takes only the room it needs', async () => {
    const { el, source } = await page('list', 700, 4);
    (await source.call(0)).reject(new SourceError('network', 'down'));
    await waitUntil(() => el.state === 'error', 'the feed did not fail');
    await el.updateComplete;
    expect(el.style.getPropertyValue('--_feed-floor')).to.equal('');
    expect(el.getBoundingClientRect().height).to.be.lessThan(height($(el, '[part="error"]')!) + 80);
  });
});
