import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { PSF_TIERS, psfEn } from '../../src/data/psf-membership.ts';
import '../../src/elements/membership-card/membership-card.ts';
import type { ChorusMembershipCard } from '../../src/elements/membership-card/membership-card.ts';
import { membershipCardEn } from '../../src/elements/membership-card/membership-card.strings.ts';
import { englishLeft, LANGUAGES, RIGHT_TO_LEFT, startEdge, textOf, translationOf } from './i18n.helpers.ts';

// <chorus-membership-card> in Arabic, Hebrew, Japanese and German, with the PSF's own classes
// (the card's default content): every word in the language, mirrored right to left, accessible.

const $ = <T extends Element = HTMLElement>(el: ChorusMembershipCard, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: ChorusMembershipCard, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

const pages: HTMLElement[] = [];
async function cardIn(lang: string, attrs = ''): Promise<ChorusMembershipCard> {
  const page = document.body.appendChild(Object.assign(document.createElement('div'), { lang }));
  pages.push(page);
  page.innerHTML = `<chorus-membership-card ${attrs}></chorus-membership-card>`;
  const el = await fixture<ChorusMembershipCard>(html`${page.firstElementChild}`, { parentNode: page });
  await waitUntil(() => el.state === 'ready', 'the card never became ready', { timeout: 10_000 });
  await el.updateComplete;
  return el;
}
afterEach(() => pages.splice(0).forEach((page) => page.remove()));

for (const lang of LANGUAGES) {
  describe(`<chorus-membership-card> in ${lang}`, function () {
    this.timeout(30_000);

    for (const layout of ['cards', 'table'] as const) {
      it(`is accessible as ${layout}`, async () => {
        const el = await cardIn(lang, `layout="${layout}"`);
        await expect(el).to.be.accessible();
      });

      it(`shows no English as ${layout}, the PSF's classes included`, async () => {
        const el = await cardIn(lang, `layout="${layout}"`);
        expect(await englishLeft(el, lang)).to.deep.equal([]);
      });
    }

    it('is accessible and has no English as one compact tier', async () => {
      const el = await cardIn(lang, 'tier="supporting"');
      await expect(el).to.be.accessible();
      expect(await englishLeft(el, lang)).to.deep.equal([]);
    });

    it('names the classes and their actions in the language', async () => {
      const el = await cardIn(lang);
      const psf = await translationOf(lang, psfEn);
      const words = await translationOf(lang, membershipCardEn);
      expect($$(el, '[part~="name"]').map(textOf)).to.include(psf['supporting.name']);
      expect(
        $$(el, '[part~="votes"]')
          .map(textOf)
          .filter((text) => text.endsWith(words.votes)),
      ).to.have.length(3);
    });

    it('fetches a server’s tiers again, in the language, when the page changes to it', async () => {
      const asked: (string | undefined)[] = [];
      const source = {
        label: 'fake',
        listStories: () => Promise.reject(new Error('not used')),
        getStory: () => Promise.reject(new Error('not used')),
        submit: () => Promise.reject(new Error('not used')),
        membership(options: { language?: string } = {}) {
          asked.push(options.language);
          return Promise.resolve([{ ...PSF_TIERS[0]!, name: `Tier in ${options.language ?? '?'}` }]);
        },
      };
      const el = await cardIn('en');
      el.dataSource = source;
      await waitUntil(() => textOf($(el, '[part~="name"]')) === 'Tier in en', 'the English tiers never showed', { timeout: 10_000 });
      el.parentElement!.lang = lang;
      await waitUntil(() => textOf($(el, '[part~="name"]')) === `Tier in ${lang}`, `the ${lang} tiers never showed`, { timeout: 10_000 });
      expect(asked).to.deep.equal(['en', lang]);
    });

    if (RIGHT_TO_LEFT.includes(lang)) {
      it('is mirrored right to left', async () => {
        const el = await cardIn(lang);
        expect(el.getAttribute('dir')).to.equal('rtl');
        expect(getComputedStyle(el).direction).to.equal('rtl');
        // A tier's name starts at the right of its card, and the first tier is the rightmost.
        const [first, second] = $$(el, '[part~="tier"]');
        const name = startEdge(first!.querySelector('[part~="name"]')!, first!);
        expect(name.start).to.be.below(name.end);
        if (first!.getBoundingClientRect().top === second!.getBoundingClientRect().top)
          expect(first!.getBoundingClientRect().left).to.be.above(second!.getBoundingClientRect().left);
        expect($(el, '[part~="tier"]')).to.equal(first);
      });
    }
  });
}
