import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import type { RequestOptions, StorySource } from '../../src/client/types.ts';
import '../../src/elements/membership-card/membership-card.ts';
import '../../src/elements/story-feed/story-feed.ts';
import '../../src/elements/story-form/story-form.ts';
import type { MembershipTier, StoryPage } from '../../src/schema/index.ts';
import type { ChorusElement } from '../../src/shared/chorus-element.ts';
import arabicForm from '../../src/elements/story-form/story-form.strings.ar.ts';
import { addTranslations, format } from '../../src/shared/locale.ts';
import { makeStory } from '../elements/story-feed.helpers.ts';

const TIER: MembershipTier = {
  id: 'friend',
  name: 'Friend',
  price: { amount: 99, currency: 'USD', period: 'year' },
  summary: 'Support the group.',
  benefits: [{ text: 'Meetups', included: true }],
  eligibility: 'Anyone.',
  votes: false,
  joinUrl: 'https://example.org/join',
};

/** A fake Chorus server that records the options of every call (where the language travels). */
function recordingSource(): StorySource & { languages: (string | undefined)[] } {
  const languages: (string | undefined)[] = [];
  const page: StoryPage = { stories: [makeStory(1, { authorName: 'Ada', publishedAt: new Date(Date.now() - 3 * 60_000).toISOString() })], nextCursor: null };
  const record = <T>(options: RequestOptions | undefined, value: T) => {
    languages.push(options?.language);
    return Promise.resolve(value);
  };
  return {
    label: `recording ${Math.random()}`,
    languages,
    listStories: (_query, options) => record(options, page),
    getStory: () => Promise.reject(new Error('not used')),
    submit: () => Promise.reject(new Error('not used')),
    membership: (options) => record(options, [TIER]),
  };
}

// A language other than English fetches its words (and, for a tag like de-AT, the matcher) first: allow a busy machine time for that.
const settled = (el: ChorusElement) =>
  waitUntil(() => el.state === 'ready' || el.state === 'error' || el.state === 'empty', 'the element never settled', { timeout: 8000 });
const shadowText = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('a language Chorus has no words for is English throughout', () => {
  // Pashto: written right to left in Arabic script, and a language Chorus has no words for.
  it('feed on lang="ps" (no Pashto strings): English words, English relative time, left to right', async () => {
    const source = recordingSource();
    const el = await fixture<ChorusElement>(html`<chorus-story-feed lang="ps" .dataSource=${source}></chorus-story-feed>`);
    await settled(el);
    await el.updateComplete;
    const time = el.shadowRoot!.querySelector('time')!;
    expect(time.textContent?.trim()).to.equal('3 minutes ago');
    expect(time.title).to.match(/^[A-Z][a-z]+ \d{1,2}, \d{4}/);
    expect(shadowText(el)).not.to.match(/[\u0600-\u06FF۰-۹]/);
    expect(el.getAttribute('dir')).to.equal('ltr');
    expect(source.languages).to.deep.equal(['en']);
    await expect(el).to.be.accessible();
  });

  it('card on lang="ps" (no Pashto strings): an English price', async () => {
    const el = await fixture<ChorusElement>(html`<chorus-membership-card lang="ps" .tiers=${[TIER]}></chorus-membership-card>`);
    await settled(el);
    expect(el.shadowRoot!.querySelector('[part="price"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('$99 per year');
  });
});

describe('right to left', () => {
  before(() => {
    addTranslations('ar', 'membership-card', { heading: 'العضوية', perYear: '{price} في السنة', free: 'مجانًا' });
    addTranslations('he', 'membership-card', { heading: 'חברות', perYear: '{price} לשנה' });
  });

  it('an Arabic card is right to left, its words and price in Arabic, and passes axe', async () => {
    const el = await fixture<ChorusElement>(html`<chorus-membership-card lang="ar" .tiers=${[TIER]}></chorus-membership-card>`);
    await settled(el);
    expect(el.getAttribute('dir')).to.equal('rtl');
    const price = el.shadowRoot!.querySelector('[part="price"]')!;
    expect(getComputedStyle(price).direction).to.equal('rtl');
    expect(price.textContent).to.contain('في السنة');
    expect(price.textContent).to.match(/99\sUS\$/); // Arabic's currency format: formats follow the words
    await expect(el).to.be.accessible();
  });

  it('mirrors: the start edge of a card is its right edge', async () => {
    const wrapper = await fixture(
      html`<div style="width: 600px">
        <chorus-membership-card lang="he" .tiers=${[TIER]}></chorus-membership-card><chorus-membership-card lang="en" .tiers=${[TIER]}></chorus-membership-card>
      </div>`,
    );
    const [rtl, ltr] = [...wrapper.querySelectorAll<ChorusElement>('chorus-membership-card')];
    await settled(rtl!);
    await settled(ltr!);
    // Where the price's text itself sits, not its (full-width) box.
    const heading = (el: Element) => {
      const range = document.createRange();
      range.selectNodeContents(el.shadowRoot!.querySelector('[part="price"]')!);
      return range.getBoundingClientRect();
    };
    const box = (el: Element) => el.getBoundingClientRect();
    // Text starts at the right in Hebrew, at the left in English.
    expect(box(rtl!).right - heading(rtl!).right).to.be.lessThan(heading(rtl!).left - box(rtl!).left);
    expect(heading(ltr!).left - box(ltr!).left).to.be.lessThan(box(ltr!).right - heading(ltr!).right);
  });

  it('a dir the host sets wins', async () => {
    const el = await fixture<ChorusElement>(html`<chorus-membership-card lang="he" dir="ltr" .tiers=${[TIER]}></chorus-membership-card>`);
    await settled(el);
    expect(el.getAttribute('dir')).to.equal('ltr');
  });

  it('follows a language change at run time: words, direction and the language it sends', async () => {
    const source = recordingSource();
    const wrapper = await fixture(html`<div lang="he"><chorus-membership-card .dataSource=${source}></chorus-membership-card></div>`);
    const el = wrapper.querySelector<ChorusElement>('chorus-membership-card')!;
    await settled(el);
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(shadowText(el)).to.contain('לשנה');
    wrapper.setAttribute('lang', 'es-MX');
    await nextFrame();
    await el.updateComplete;
    await waitUntil(() => shadowText(el).includes('al año'), 'the card did not switch to Spanish');
    expect(el.getAttribute('dir')).to.equal('ltr');
    expect(source.languages[0]).to.equal('he');
  });
});

describe('plural categories, in a real element', () => {
  it('the form counts characters left in each of Arabic’s six forms, from the Arabic table', async () => {
    const el = await fixture<ChorusElement>(html`<chorus-story-form lang="ar"></chorus-story-form>`);
    await el.updateComplete;
    const textarea = el.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea[name="body"]')!;
    const counter = el.shadowRoot!.querySelector('#body-count')!;
    const seen: string[] = [];
    const expected: string[] = [];
    for (const [left, category] of [
      [0, 'zero'],
      [1, 'one'],
      [2, 'two'],
      [3, 'few'],
      [11, 'many'],
      [100, 'other'],
    ] as const) {
      textarea.value = 'x'.repeat(20_000 - left);
      textarea.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      seen.push(counter.textContent!.trim());
      expected.push(format(arabicForm[`charsLeft_${category}`] ?? '', { count: new Intl.NumberFormat('ar').format(left) }));
    }
    expect(new Set(expected).size).to.equal(6);
    expect(seen).to.deep.equal(expected);
  });
});

describe('the pseudo-locale en-XA', () => {
  it('shows every word accented, longer and bracketed, and still passes axe', async () => {
    const el = await fixture<ChorusElement>(html`<chorus-membership-card lang="en-XA" .tiers=${[TIER]}></chorus-membership-card>`);
    await settled(el);
    const price = el.shadowRoot!.querySelector('[part="price"]')!.textContent!.trim();
    expect(price).to.match(/^\[\$99 þéŕ ýéáŕ ~+\]$/);
    await expect(el).to.be.accessible();
  });
});

describe('German and Japanese', () => {
  before(() => {
    addTranslations('de', 'membership-card', { perYear: '{price} pro Jahr' });
    addTranslations('ja', 'membership-card', { perYear: '年額 {price}' });
  });

  it('formats prices as each language does, with its words', async () => {
    const wrapper = await fixture(
      html`<div>
        <chorus-membership-card lang="de-AT" .tiers=${[TIER]}></chorus-membership-card
        ><chorus-membership-card lang="ja-JP" .tiers=${[TIER]}></chorus-membership-card>
      </div>`,
    );
    const [de, ja] = [...wrapper.querySelectorAll<ChorusElement>('chorus-membership-card')];
    await settled(de!);
    await settled(ja!);
    const price = (el: Element) => el.shadowRoot!.querySelector('[part="price"]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(price(de!)).to.equal('$ 99 pro Jahr'); // German words, Austrian format (the region of de-AT is kept for formats)
    expect(price(ja!)).to.equal('年額 $99');
    expect(de!.getAttribute('dir')).to.equal('ltr');
    await expect(wrapper).to.be.accessible();
  });
});
