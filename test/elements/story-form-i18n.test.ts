import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/story-form/story-form.ts';
import type { ChorusStoryForm } from '../../src/elements/story-form/story-form.ts';
import { storyFormEn } from '../../src/elements/story-form/story-form.strings.ts';
import { schemaEn } from '../../src/schema/schema.strings.ts';
import { englishLeft, LANGUAGES, RIGHT_TO_LEFT, startEdge, textOf, translationOf } from './i18n.helpers.ts';

// <chorus-story-form> in Arabic, Hebrew, Japanese and German: every word in the language, laid
// out in its direction, the error summary announced in it, and accessible.

const $ = <T extends Element = HTMLElement>(el: ChorusStoryForm, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;

/** A part of the page in a language, holding the form (made by hand: a `<div>` fixture waits for an animation frame). */
const pages: HTMLElement[] = [];
async function formIn(lang: string): Promise<ChorusStoryForm> {
  const page = document.body.appendChild(Object.assign(document.createElement('div'), { lang }));
  pages.push(page);
  const el = await fixture<ChorusStoryForm>(html`<chorus-story-form endpoint="https://stories.example.org/api/v1"></chorus-story-form>`, { parentNode: page });
  await el.updateComplete;
  return el;
}

/** Sends the empty form from the keyboard: Enter on its button. */
async function sendEmpty(el: ChorusStoryForm): Promise<void> {
  $(el, '[part="submit-button"]').focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => el.shadowRoot!.querySelector('[part="error-summary"]'), 'no error summary after sending the empty form', { timeout: 10_000 });
  await el.updateComplete;
}

beforeEach(() => localStorage.clear());
afterEach(() => {
  pages.splice(0).forEach((page) => page.remove());
  localStorage.clear();
});

for (const lang of LANGUAGES) {
  describe(`<chorus-story-form> in ${lang}`, function () {
    this.timeout(30_000);

    it('is accessible, empty and after a refused send', async () => {
      const el = await formIn(lang);
      await expect(el).to.be.accessible();
      await sendEmpty(el);
      await expect(el).to.be.accessible();
    });

    it('shows no English: texts, labels, hints, placeholders and the error summary', async () => {
      const el = await formIn(lang);
      expect(await englishLeft(el, lang), 'before sending').to.deep.equal([]);
      await sendEmpty(el);
      expect(await englishLeft(el, lang), 'after sending empty').to.deep.equal([]);
      const words = await translationOf(lang, storyFormEn);
      expect($(el, '[part="submit-button"]').textContent!.trim()).to.equal(words.submit);
      expect($(el, 'form').getAttribute('aria-label')).to.equal(words.formLabel);
    });

    it('announces the error summary in the language', async () => {
      const el = await formIn(lang);
      await sendEmpty(el);
      const form = await translationOf(lang, storyFormEn);
      const schema = await translationOf(lang, schemaEn);
      const live = $(el, '[part="error-summary"] [role="alert"]');
      expect(textOf(live.querySelector('h2'))).to.equal(form.summaryTitle);
      const items = [...live.querySelectorAll('li')].map(textOf);
      expect(items).to.include.members([schema['kind.invalid'], schema['title.required'], schema['authorName.required'], schema['consent.required']]);
      // What a screen reader reads from the live region: the heading, then each problem.
      expect(live.innerText.replace(/\s+/g, ' ').trim()).to.equal([form.summaryTitle, ...items].join(' '));
      expect(el.shadowRoot!.activeElement, 'the summary has focus, so it is read out').to.equal($(el, '[part="error-summary"]'));
    });

    if (RIGHT_TO_LEFT.includes(lang)) {
      it('is laid out right to left', async () => {
        const el = await formIn(lang);
        expect(el.getAttribute('dir')).to.equal('rtl');
        expect(getComputedStyle($(el, 'form')).direction).to.equal('rtl');
        // A field's label starts at the right of the form, where its field starts.
        const { start, end } = startEdge($(el, 'label[for="title"]'), $(el, 'form'));
        expect(start).to.be.below(end);
        expect(start).to.be.closeTo(startEdge($(el, '#title'), $(el, 'form')).start, 2);
      });
    } else {
      it('is laid out left to right', async () => {
        const el = await formIn(lang);
        expect(getComputedStyle($(el, 'form')).direction).to.equal('ltr');
        const { start, end } = startEdge($(el, 'label[for="title"]'), $(el, 'form'));
        expect(start).to.be.below(end);
        expect($(el, 'label[for="title"]').getBoundingClientRect().left).to.be.closeTo($(el, '#title').getBoundingClientRect().left, 2);
      });
    }
  });
}
