import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { SourceError } from '../../src/client/types.ts';
import '../../src/elements/story-feed/story-feed.ts';
import type { ChorusStoryFeed } from '../../src/elements/story-feed/story-feed.ts';
import { storyFeedEn } from '../../src/elements/story-feed/story-feed.strings.ts';
import type { Story } from '../../src/schema/index.ts';
import { englishLeft, LANGUAGES, MIXED_TITLE, RIGHT_TO_LEFT, startEdge, titleLayout, translationOf } from './i18n.helpers.ts';
import { ListSource, makeStory, ManualSource } from './story-feed.helpers.ts';

// <chorus-story-feed> in Arabic, Hebrew, Japanese and German: every word of the feed's own in
// the language, mirrored right to left, a mixed-direction title kept in order, accessible.

const $ = <T extends Element = HTMLElement>(el: ChorusStoryFeed, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const ready = (el: ChorusStoryFeed) => waitUntil(() => el.state === 'ready', 'the feed did not become ready', { timeout: 10_000 });

/** Stories in several languages, one long enough for "Read more", and more than a page. */
function stories(): Story[] {
  const long = `**${MIXED_TITLE}.** ${'Eine lange Geschichte mit vielen Wörtern. '.repeat(20)}`;
  return [
    makeStory(1, { title: MIXED_TITLE, body: long, authorName: 'ليلى', tags: ['asyncio', 'community'] }),
    makeStory(2, { kind: 'news', title: 'Python 3.14 リリース', authorName: '佐藤', tags: ['release'] }),
    makeStory(3, { kind: 'event', title: 'כנס פייתון בתל אביב', authorName: 'נועה', publishedAt: new Date(Date.now() - 9 * 86_400_000).toISOString() }),
    makeStory(4, { kind: 'boost', title: 'Sprint in Berlin', url: 'https://elsewhere.example/boosted' }),
    ...Array.from({ length: 8 }, (_, i) => makeStory(5 + i)),
  ];
}

/** Everything the stories hold: people's words in any language, never the element's. */
const userContent = (list: Story[]) => list.flatMap((story) => [story.title, story.body, story.authorName, ...story.tags, story.url ?? '']);

const pages: HTMLElement[] = [];
async function feedIn(lang: string, source: ListSource | ManualSource, attrs = ''): Promise<ChorusStoryFeed> {
  const page = document.body.appendChild(Object.assign(document.createElement('div'), { lang }));
  pages.push(page);
  page.innerHTML = `<chorus-story-feed loading="eager" limit="4" filters ${attrs}></chorus-story-feed>`;
  const el = page.firstElementChild as ChorusStoryFeed;
  el.dataSource = source;
  return fixture<ChorusStoryFeed>(html`${el}`, { parentNode: page });
}
afterEach(() => pages.splice(0).forEach((page) => page.remove()));

for (const lang of LANGUAGES) {
  describe(`<chorus-story-feed> in ${lang}`, function () {
    this.timeout(30_000);

    it('is accessible with stories', async () => {
      const el = await feedIn(lang, new ListSource(stories()));
      await ready(el);
      await expect(el).to.be.accessible();
    });

    it('shows no English of its own: stories, filters, "Read more", "Load more", and the empty and failed states', async () => {
      const list = stories();
      const el = await feedIn(lang, new ListSource(list));
      await ready(el);
      expect(el.shadowRoot!.querySelectorAll('article').length).to.equal(4);
      expect(await englishLeft(el, lang, userContent(list)), 'with stories').to.deep.equal([]);
      const words = await translationOf(lang, storyFeedEn);
      expect($(el, '[part="badge"]').textContent).to.equal(words['kind.story']);

      const empty = await feedIn(lang, new ListSource([]));
      await waitUntil(() => empty.state === 'empty', 'the feed did not show its empty state', { timeout: 8000 });
      await empty.updateComplete;
      expect(await englishLeft(empty, lang), 'empty').to.deep.equal([]);

      const source = new ManualSource();
      const failed = await feedIn(lang, source);
      (await source.call(0)).reject(new SourceError('server', 'The store is not answering'));
      await waitUntil(() => failed.state === 'error', 'the feed did not show its error', { timeout: 8000 });
      await failed.updateComplete;
      expect(await englishLeft(failed, lang), 'failed').to.deep.equal([]);
    });

    it('keeps a mixed-direction title in order: Arabic around a Python identifier, isolated with dir="auto"', async () => {
      const el = await feedIn(lang, new ListSource(stories()));
      await ready(el);
      const heading = $(el, 'article h3');
      expect(heading.getAttribute('dir')).to.equal('auto');
      expect(heading.textContent!.trim()).to.equal(MIXED_TITLE);
      // Whatever the page's direction, the title is laid out right to left, as its first letters
      // are Arabic: its first word is drawn rightmost, and the identifier reads left to right.
      expect(getComputedStyle($(el, 'article [part="title"]')).direction).to.equal('rtl');
      const { first, asyncio, gather } = titleLayout(heading);
      expect(first.left).to.be.above(asyncio.right);
      expect(asyncio.right).to.be.at.most(gather.left);
      expect(first.top).to.be.closeTo(asyncio.top, 4);
    });

    if (RIGHT_TO_LEFT.includes(lang)) {
      it('is mirrored right to left', async () => {
        const el = await feedIn(lang, new ListSource(stories()));
        await ready(el);
        expect(el.getAttribute('dir')).to.equal('rtl');
        expect(getComputedStyle(el).direction).to.equal('rtl');
        // The kind badge starts each card at its right edge.
        const card = $(el, 'article');
        const badge = startEdge($(el, '[part="badge"]'), card);
        expect(badge.start).to.be.below(badge.end);
        const { left, right } = $(el, '[part="badge"]').getBoundingClientRect();
        const box = card.getBoundingClientRect();
        expect(box.right - right).to.be.below(left - box.left);
      });
    }
  });
}
