import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/poll/poll.ts';
import type { ChorusPoll } from '../../src/elements/poll/poll.ts';
import { pollEn } from '../../src/elements/poll/poll.strings.ts';
import { englishLeft, LANGUAGES, MIXED_TITLE, RIGHT_TO_LEFT, startEdge, textOf, titleLayout, translationOf } from './i18n.helpers.ts';

// <chorus-poll> in Arabic, Hebrew, Japanese and German: voting, a refused vote, results and a
// closed poll without English of its own, mirrored right to left, a mixed-direction question
// kept in order, accessible.

const POLL_ID = '01900000-0000-7000-8000-000000000015';
const OPTIONS = [
  { id: 'a', text: 'asyncio', votes: 3 },
  { id: 'b', text: 'Trio', votes: 1 },
  { id: 'c', text: 'لا شيء بعد', votes: 0 },
];
const USER_CONTENT = [MIXED_TITLE, ...OPTIONS.map((option) => option.text)];

/** A poll on the fake API (test/poll-api.mjs), in a session of its own. */
async function fakePoll(extra: Record<string, unknown> = {}) {
  const session = `i${Math.random().toString(36).slice(2)}`;
  const control = (body: Record<string, unknown>) => fetch(`/__poll/${session}/control`, { method: 'POST', body: JSON.stringify(body) });
  await control({ op: 'create', poll: { id: POLL_ID, question: MIXED_TITLE, options: OPTIONS, ...extra } });
  return { endpoint: `/__poll/${session}/api/v1`, control };
}

const $ = <T extends Element = HTMLElement>(el: ChorusPoll, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;

const pages: HTMLElement[] = [];
async function pollIn(lang: string, endpoint: string): Promise<ChorusPoll> {
  const page = document.body.appendChild(Object.assign(document.createElement('div'), { lang }));
  pages.push(page);
  const el = await fixture<ChorusPoll>(html`<chorus-poll loading="eager" poll=${POLL_ID} endpoint=${endpoint}></chorus-poll>`, { parentNode: page });
  await waitUntil(() => el.state !== 'loading', 'the poll never loaded', { timeout: 10_000 });
  await el.updateComplete;
  return el;
}

/** Votes from the keyboard: the first answer, then Enter on Vote. */
async function vote(el: ChorusPoll, choose = true): Promise<void> {
  if (choose) {
    el.shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ press: 'Space' });
  }
  $(el, '[part="vote"]').focus();
  await sendKeys({ press: 'Enter' });
}

beforeEach(() => localStorage.clear());
afterEach(() => {
  pages.splice(0).forEach((page) => page.remove());
  localStorage.clear();
});

for (const lang of LANGUAGES) {
  describe(`<chorus-poll> in ${lang}`, function () {
    this.timeout(30_000);

    it('is accessible while voting and with results', async () => {
      const el = await pollIn(lang, (await fakePoll()).endpoint);
      await expect(el).to.be.accessible();
      await vote(el);
      await waitUntil(() => el.shadowRoot!.querySelector('[part="results"]'), 'no results after voting', { timeout: 10_000 });
      await expect(el).to.be.accessible();
    });

    it('shows no English of its own: voting, a refused vote, results, a closed poll', async () => {
      const el = await pollIn(lang, (await fakePoll()).endpoint);
      const words = await translationOf(lang, pollEn);
      expect(textOf($(el, '[part="vote"]'))).to.equal(words.vote);
      expect(await englishLeft(el, lang, USER_CONTENT), 'voting').to.deep.equal([]);
      await vote(el, false);
      await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]'), 'no error for an empty vote', { timeout: 10_000 });
      expect(await englishLeft(el, lang, USER_CONTENT), 'refused').to.deep.equal([]);
      await vote(el);
      await waitUntil(() => el.shadowRoot!.querySelector('[part="results"]'), 'no results after voting', { timeout: 10_000 });
      await el.updateComplete;
      expect(await englishLeft(el, lang, USER_CONTENT), 'results').to.deep.equal([]);

      const closed = await pollIn(lang, (await fakePoll({ closed: true })).endpoint);
      expect(await englishLeft(closed, lang, USER_CONTENT), 'closed').to.deep.equal([]);
    });

    it('says how long to wait in the plural form the number takes in the language', async () => {
      const words = await translationOf(lang, pollEn);
      for (const [seconds, minutes] of [
        [60, 1],
        [120, 2],
        [150, 3],
      ] as const) {
        const server = await fakePoll();
        const el = await pollIn(lang, server.endpoint);
        await server.control({
          op: 'fail',
          status: 429,
          body: { error: { code: 'rate_limited', message: 'Too many' } },
          headers: { 'Retry-After': String(seconds) },
        });
        await vote(el);
        await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]'), 'no error for a refused vote', { timeout: 10_000 });
        const form = `rateLimited_${new Intl.PluralRules(lang).select(minutes)}`;
        expect(textOf($(el, '[part="error"]'))).to.equal((words[form] ?? words.rateLimited_other)!.replace('{count}', String(minutes)));
      }
    });

    it('keeps a mixed-direction question in order with dir="auto"', async () => {
      const el = await pollIn(lang, (await fakePoll()).endpoint);
      const question = $(el, '[part="question"]');
      expect(question.getAttribute('dir')).to.equal('auto');
      expect(getComputedStyle(question).direction).to.equal('rtl');
      const { first, asyncio, gather } = titleLayout(question);
      expect(first.left).to.be.above(asyncio.right);
      expect(asyncio.right).to.be.at.most(gather.left);
    });

    if (RIGHT_TO_LEFT.includes(lang)) {
      it('is mirrored right to left', async () => {
        const el = await pollIn(lang, (await fakePoll()).endpoint);
        expect(el.getAttribute('dir')).to.equal('rtl');
        expect(getComputedStyle(el).direction).to.equal('rtl');
        // The radio button of an answer is at the right, its text to its left.
        const option = $(el, '[part="option"]');
        const radio = option.querySelector('input')!.getBoundingClientRect();
        const text = option.querySelector('span')!.getBoundingClientRect();
        expect(radio.left).to.be.above(text.left);
        const hint = startEdge($(el, '[part="hint"]'), $(el, 'fieldset'));
        expect(hint.start).to.be.below(hint.end);
      });
    }
  });
}
