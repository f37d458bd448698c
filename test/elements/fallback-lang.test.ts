import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/membership-card/membership-card.ts';
import '../../src/elements/moderation-queue/moderation-queue.ts';
import '../../src/elements/poll/poll.ts';
import '../../src/elements/story-feed/story-feed.ts';
import '../../src/elements/story-form/story-form.ts';
import type { ChorusElement } from '../../src/shared/chorus-element.ts';
import { textOf } from './i18n.helpers.ts';
import { ListSource, makeStory } from './story-feed.helpers.ts';

// On a page in a language Chorus lacks (Georgian), an element shows English and marks what it
// renders `lang="en"`, so a screen reader pronounces it as English; the marks go when the page
// changes to a language Chorus has.

const pages: HTMLElement[] = [];
async function inPage<T extends ChorusElement>(lang: string, element: T): Promise<T> {
  const page = document.body.appendChild(Object.assign(document.createElement('div'), { lang }));
  pages.push(page);
  const el = await fixture<T>(html`${element}`, { parentNode: page });
  await waitUntil(() => el.state !== 'loading', `${el.localName} never loaded`, { timeout: 10_000 });
  await el.updateComplete;
  return el;
}
afterEach(() => pages.splice(0).forEach((page) => page.remove()));

/** The elements an element rendered at the top of its shadow root, and their `lang`. */
const marks = (el: Element) => [...el.shadowRoot!.children].filter((child) => child.localName !== 'style').map((child) => child.getAttribute('lang'));

function feed(): ChorusElement {
  const el = document.createElement('chorus-story-feed') as ChorusElement & { dataSource: unknown };
  el.setAttribute('loading', 'eager');
  el.dataSource = new ListSource([makeStory(1)]);
  return el;
}
const make = {
  'chorus-story-form': () => Object.assign(document.createElement('chorus-story-form'), { endpoint: 'https://stories.example.org/api/v1' }),
  'chorus-story-feed': feed,
  'chorus-membership-card': () => document.createElement('chorus-membership-card'),
  'chorus-moderation-queue': () => document.createElement('chorus-moderation-queue'),
} as Record<string, () => ChorusElement>;

describe('English shown for a language Chorus lacks', () => {
  for (const [tag, build] of Object.entries(make)) {
    it(`<${tag}> marks its English content lang="en" on a Georgian page`, async () => {
      const el = await inPage('ka', build());
      expect(el.hasAttribute('lang'), 'the host keeps the page’s language').to.be.false;
      expect(el.getAttribute('dir')).to.equal('ltr');
      expect(marks(el).length).to.be.above(0);
      expect(
        marks(el).every((lang) => lang === 'en'),
        String(marks(el)),
      ).to.be.true;
      await expect(el).to.be.accessible();
    });
  }

  it('marks nothing on a page in English, or in a language Chorus has', async () => {
    for (const lang of ['en', 'en-GB', 'de', 'ar']) {
      const el = await inPage(lang, make['chorus-story-form']!());
      expect(
        marks(el).some((mark) => mark === 'en'),
        lang,
      ).to.be.false;
    }
  });

  it('marks the element’s own lang="ka" too, and drops the marks when the page switches to German', async () => {
    const el = await inPage('ka', make['chorus-story-form']!());
    expect(textOf(el.shadowRoot!.querySelector('[part="submit-button"]'))).to.equal('Send story');
    expect(marks(el).every((lang) => lang === 'en')).to.be.true;
    el.parentElement!.lang = 'de';
    await waitUntil(() => textOf(el.shadowRoot!.querySelector('[part="submit-button"]')) === 'Geschichte senden', 'the form did not switch to German');
    await el.updateComplete;
    expect(marks(el).some((mark) => mark === 'en')).to.be.false;

    const own = await inPage('de', make['chorus-story-form']!());
    own.setAttribute('lang', 'ka');
    await waitUntil(() => marks(own).every((lang) => lang === 'en'), 'lang="ka" on the element itself was not marked');
  });

  it('the poll marks its English too, on a regional tag of a language Chorus lacks', async () => {
    const poll = document.createElement('chorus-poll') as ChorusElement;
    poll.setAttribute('poll', 'nope');
    poll.setAttribute('loading', 'eager');
    poll.setAttribute('endpoint', '/__poll/fallback/api/v1');
    const el = await inPage('ka-GE', poll);
    expect(marks(el).every((lang) => lang === 'en')).to.be.true;
    expect(marks(el).length).to.be.above(0);
  });
});
