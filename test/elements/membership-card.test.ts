import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { StorySource } from '../../src/client/types.ts';
import { PSF_FELLOWS_URL, PSF_MEMBERSHIP_URL, PSF_SUPPORTING_URL, PSF_VOTING_NOTE } from '../../src/data/psf-membership.ts';
import '../../src/elements/membership-card/membership-card.ts';
import type { ChorusMembershipCard } from '../../src/elements/membership-card/membership-card.ts';
import type { MembershipTier } from '../../src/schema/index.ts';
import type { ChorusJoinEvent } from '../../src/shared/events.ts';

const FIXTURES = '/test/fixtures/membership';

function tier(id: string, extra: Partial<MembershipTier> = {}): MembershipTier {
  return {
    id,
    name: `Tier ${id}`,
    price: { amount: 0, currency: 'USD', period: 'none' },
    summary: `What ${id} gives you.`,
    benefits: [
      { text: 'Newsletter', included: true },
      { text: 'A vote', included: false },
    ],
    eligibility: 'Anyone.',
    votes: false,
    joinUrl: `https://example.org/join/${id}`,
    ...extra,
  };
}

/** A fake Chorus server that answers `membership()` with the given tiers and counts the calls. */
function fakeSource(tiers: unknown[]): StorySource & { calls: number } {
  const unsupported = () => Promise.reject(new Error('not used'));
  return {
    label: 'fake',
    calls: 0,
    listStories: unsupported,
    getStory: unsupported,
    submit: unsupported,
    membership() {
      this.calls += 1;
      return Promise.resolve(tiers as MembershipTier[]);
    },
  };
}

async function ready(el: ChorusMembershipCard): Promise<ChorusMembershipCard> {
  await waitUntil(() => el.state === 'ready' || el.state === 'error', 'the card never finished loading');
  await el.updateComplete;
  return el;
}

const root = (el: ChorusMembershipCard) => el.shadowRoot!;
/** An element's own text, without its children's (a header's text without its badge). */
const ownText = (node: Element) =>
  [...node.childNodes]
    .map((child) => (child.nodeType === Node.TEXT_NODE ? child.textContent : ''))
    .join('')
    .trim();
const names = (el: ChorusMembershipCard) => [...root(el).querySelectorAll('[part~="name"], thead th[scope="col"]:not(:first-child)')].map(ownText);
const cards = (el: ChorusMembershipCard) => [...root(el).querySelectorAll<HTMLElement>('[part~="tier"]')];
const card = (el: ChorusMembershipCard, name: string) => cards(el).find((c) => c.querySelector('h3')?.textContent === name)!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Records console.error calls while a test runs. */
function captureErrors(): { messages: string[]; restore(): void } {
  const original = console.error;
  const messages: string[] = [];
  console.error = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.error = original) };
}

/** Records the URLs the page fetches. */
function captureFetches(): { urls: string[]; restore(): void } {
  const original = window.fetch;
  const urls: string[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    urls.push(String(input instanceof Request ? input.url : input));
    return original(input, init);
  };
  return { urls, restore: () => (window.fetch = original) };
}

/**
 * A part of the page in a language, holding the fixture. (A `<div>` as the fixture's root would make
 * `fixture()` wait for an animation frame, which never comes while the test page is in the background.)
 */
const pages: HTMLElement[] = [];
function page(lang: string): HTMLElement {
  const wrapper = Object.assign(document.createElement('div'), { lang });
  pages.push(wrapper);
  return document.body.appendChild(wrapper);
}
afterEach(() => pages.splice(0).forEach((wrapper) => wrapper.remove()));

describe('<chorus-membership-card>', () => {
  describe('is accessible', () => {
    it('as cards (the default)', async () => {
      const el = await ready(await fixture<ChorusMembershipCard>(html`<chorus-membership-card></chorus-membership-card>`));
      await expect(el).to.be.accessible();
    });

    it('as a table', async () => {
      const el = await ready(await fixture<ChorusMembershipCard>(html`<chorus-membership-card layout="table"></chorus-membership-card>`));
      await expect(el).to.be.accessible();
    });

    it('as one compact tier', async () => {
      const el = await ready(await fixture<ChorusMembershipCard>(html`<chorus-membership-card tier="supporting"></chorus-membership-card>`));
      await expect(el).to.be.accessible();
    });

    it('in the dark scheme, in Spanish', async () => {
      const el = await ready(
        await fixture<ChorusMembershipCard>(html`<chorus-membership-card theme="dark" lang="es" layout="table"></chorus-membership-card>`),
      );
      await expect(el).to.be.accessible();
    });

    it('while loading and after a failed load', async () => {
      const errors = captureErrors();
      const el = await fixture<ChorusMembershipCard>(html`<chorus-membership-card src="${FIXTURES}/missing.json"></chorus-membership-card>`);
      expect(el.state).to.equal('loading');
      await expect(el).to.be.accessible();
      try {
        await ready(el);
      } finally {
        errors.restore();
      }
      expect(el.state).to.equal('error');
      await expect(el).to.be.accessible();
    });
  });

  describe('with no content given', () => {
    it('shows exactly the four PSF membership classes of the 2024 bylaws', async () => {
      const el = await ready(await fixture<ChorusMembershipCard>(html`<chorus-membership-card></chorus-membership-card>`));
      expect(names(el)).to.deep.equal(['Basic', 'Supporting', 'Contributing', 'Fellow']);
      expect(text(root(el).querySelector('[part~="tiers"]'))).not.to.match(/managing/i);
    });

    it('marks Basic as not voting and the other three as voting members', async () => {
      const el = await ready(await fixture<ChorusMembershipCard>(html`<chorus-membership-card></chorus-membership-card>`));
      const votes = Object.fromEntries(cards(el).map((c) => [c.querySelector('h3')!.textContent, ownText(c.querySelector('[part="votes"]')!)]));
      expect(votes).to.deep.equal({ Basic: 'Not a voting member', Supporting: 'Voting member', Contributing: 'Voting member', Fellow: 'Voting member' });
      const basicVote = card(el, 'Basic').querySelector('[part="votes"] .mark')!;
      expect(basicVote.textContent).to.equal('✗');
      expect(card(el, 'Fellow').querySelector('[part="votes"] .mark')!.textContent).to.equal('✓');
    });

    it('states the facts of each class', async () => {
      const el = await ready(await fixture<ChorusMembershipCard>(html`<chorus-membership-card></chorus-membership-card>`));
      expect(text(card(el, 'Basic')))
        .to.include('Free')
        .and.include('Code of Conduct');
      expect(text(card(el, 'Basic'))).to.include('Not included: Counted toward the quorum');
      expect(text(card(el, 'Supporting')))
        .to.include('$99 per year')
        .and.include('sliding scale from $25')
        .and.include('lifetime fee')
        .and.include('twelve months');
      expect(text(card(el, 'Contributing')))
        .to.include('five hours a month')
        .and.include('open source license')
        .and.include('each year');
      expect(text(card(el, 'Fellow')))
        .to.include('Nominated by a voting member or a PSF working group')
        .and.include('for life');
    });

    it('says once that voting members affirm each year that they intend to vote', async () => {
      const el = await ready(await fixture<ChorusMembershipCard>(html`<chorus-membership-card></chorus-membership-card>`));
      const all = text(root(el).querySelector('[part~="tiers"]')?.parentNode as Element);
      expect(all.split(PSF_VOTING_NOTE).length - 1).to.equal(1);
    });

    it('highlights Supporting and links it to the PSF membership site, the others to the membership page', async () => {
      const el = await ready(await fixture<ChorusMembershipCard>(html`<chorus-membership-card></chorus-membership-card>`));
      expect(cards(el).filter((c) => c.part.contains('highlighted'))).to.deep.equal([card(el, 'Supporting')]);
      expect(text(card(el, 'Supporting').querySelector('[part="badge"]'))).to.equal('Recommended');
      const hrefs = cards(el).map((c) => c.querySelector('a')!.getAttribute('href'));
      expect(hrefs).to.deep.equal([PSF_MEMBERSHIP_URL, PSF_SUPPORTING_URL, PSF_MEMBERSHIP_URL, PSF_FELLOWS_URL]);
    });

    it('gives Fellow, a class people are nominated to, a link to how nomination works and no Join button', async () => {
      const el = await ready(await fixture<ChorusMembershipCard>(html`<chorus-membership-card></chorus-membership-card>`));
      const fellow = card(el, 'Fellow');
      expect(fellow.querySelector('[part="join"]')).to.equal(null);
      const link = fellow.querySelector<HTMLAnchorElement>('a[part="nominate"]')!;
      expect(link.textContent!.trim()).to.equal('How nomination works');
      expect(link.getAttribute('aria-label')).to.equal('How nomination works: Fellow');
      expect(link.getAttribute('href')).to.equal(PSF_FELLOWS_URL);
      expect(root(el).querySelectorAll('a[part="join"]')).to.have.length(3);
      await expect(el).to.be.accessible();
    });

    it('names each join link after its tier', async () => {
      const el = await ready(await fixture<ChorusMembershipCard>(html`<chorus-membership-card></chorus-membership-card>`));
      const link = card(el, 'Contributing').querySelector('a')!;
      expect(link.textContent?.trim()).to.equal('Join');
      expect(link.getAttribute('aria-label')).to.equal('Join: Contributing');
    });

    it('speaks Spanish on a Spanish page, content included', async () => {
      const el = await ready(await fixture<ChorusMembershipCard>(html`<chorus-membership-card></chorus-membership-card>`, { parentNode: page('es') }));
      expect(names(el)).to.deep.equal(['Básico', 'De apoyo', 'Colaborador', 'Fellow']);
      expect(text(root(el).querySelector('h2'))).to.equal('Hazte miembro de la Python Software Foundation');
      expect(text(card(el, 'Básico').querySelector('[part="price"]'))).to.equal('Gratis');
      expect(ownText(card(el, 'Básico').querySelector('[part="votes"]')!)).to.equal('Sin derecho a voto');
      expect(text(card(el, 'De apoyo').querySelector('[part="price"]'))).to.match(/^99\sUS\$ al año$/);
      expect(text(card(el, 'De apoyo'))).to.include('escala móvil desde 25 US$');
      expect(text(root(el).querySelector('[part="note"]'))).to.include('confirman cada año');
      expect(card(el, 'Colaborador').querySelector('a')!.getAttribute('aria-label')).to.equal('Unirse: Colaborador');
    });

    it('uses the Spanish content for a regional Spanish too', async () => {
      const el = await ready(await fixture<ChorusMembershipCard>(html`<chorus-membership-card lang="es-MX"></chorus-membership-card>`));
      expect(names(el)).to.deep.equal(['Básico', 'De apoyo', 'Colaborador', 'Fellow']);
      expect(text(card(el, 'De apoyo').querySelector('[part="price"]'))).to.match(/^USD\s99 al año$/);
    });

    it('changes language when the page does', async () => {
      const wrapper = page('en');
      const el = await ready(await fixture<ChorusMembershipCard>(html`<chorus-membership-card></chorus-membership-card>`, { parentNode: wrapper }));
      expect(names(el)[0]).to.equal('Basic');
      wrapper.lang = 'es';
      await waitUntil(() => names(el)[0] === 'Básico', 'the card stayed in English');
    });
  });

  describe('content sources', () => {
    it('shows tiers set as the tiers property', async () => {
      const el = await ready(await fixture<ChorusMembershipCard>(html`<chorus-membership-card .tiers=${[tier('one'), tier('two')]}></chorus-membership-card>`));
      expect(names(el)).to.deep.equal(['Tier one', 'Tier two']);
      expect(root(el).querySelector('[part="note"]'), 'the PSF voting note belongs to the PSF tiers only').to.equal(null);
      expect(text(root(el).querySelector('h2'))).to.equal('Membership');
    });

    it('shows tiers from an inline JSON script, as an array or as {tiers}', async () => {
      const el = await ready(
        await fixture<ChorusMembershipCard>(
          html`<chorus-membership-card>
            <script type="application/json">
              ${JSON.stringify([tier('inline')])}
            </script>
          </chorus-membership-card>`,
        ),
      );
      expect(names(el)).to.deep.equal(['Tier inline']);
      el.querySelector('script')!.textContent = JSON.stringify({ tiers: [tier('edited')] });
      await waitUntil(() => names(el)[0] === 'Tier edited', 'editing the inline JSON did not re-render');
    });

    it('fetches tiers from src', async () => {
      const fetches = captureFetches();
      try {
        const el = await ready(await fixture<ChorusMembershipCard>(html`<chorus-membership-card src="${FIXTURES}/tiers.json"></chorus-membership-card>`));
        expect(names(el)).to.deep.equal(['Friend of PyLadies Lima', 'Member (from src)']);
        expect(fetches.urls).to.deep.equal([new URL(`${FIXTURES}/tiers.json`, location.href).href]);
      } finally {
        fetches.restore();
      }
    });

    it('asks a Chorus server at endpoint for GET /membership', async () => {
      const fetches = captureFetches();
      try {
        const el = await ready(await fixture<ChorusMembershipCard>(html`<chorus-membership-card endpoint="${FIXTURES}/api"></chorus-membership-card>`));
        expect(names(el)).to.deep.equal(['Member (from endpoint)']);
        expect(fetches.urls).to.deep.equal([new URL(`${FIXTURES}/api/membership`, location.href).href]);
      } finally {
        fetches.restore();
      }
    });

    it('asks the page-wide <meta name="chorus-endpoint"> when it has no endpoint', async () => {
      const meta = Object.assign(document.createElement('meta'), { name: 'chorus-endpoint', content: `${FIXTURES}/api` });
      document.head.append(meta);
      try {
        const el = await ready(await fixture<ChorusMembershipCard>(html`<chorus-membership-card></chorus-membership-card>`));
        expect(names(el)).to.deep.equal(['Member (from endpoint)']);
      } finally {
        meta.remove();
      }
    });

    it('validates what a data source returns like any other content', async () => {
      const errors = captureErrors();
      try {
        const source = fakeSource([tier('good'), { ...tier('bad'), joinUrl: 'javascript:alert(1)' }]);
        const el = await ready(await fixture<ChorusMembershipCard>(html`<chorus-membership-card .dataSource=${source}></chorus-membership-card>`));
        expect(names(el)).to.deep.equal(['Tier good']);
        expect(errors.messages.join('\n')).to.include('"bad"').and.include('joinUrl');
      } finally {
        errors.restore();
      }
    });
  });

  describe('precedence', () => {
    it('tiers property over inline JSON, src and endpoint, without fetching anything', async () => {
      const fetches = captureFetches();
      const source = fakeSource([tier('endpoint')]);
      try {
        const el = await ready(
          await fixture<ChorusMembershipCard>(
            html`<chorus-membership-card .tiers=${[tier('property')]} src="${FIXTURES}/tiers.json" .dataSource=${source}>
              <script type="application/json">
                ${JSON.stringify([tier('inline')])}
              </script>
            </chorus-membership-card>`,
          ),
        );
        expect(names(el)).to.deep.equal(['Tier property']);
        expect(fetches.urls).to.deep.equal([]);
        expect(source.calls).to.equal(0);
      } finally {
        fetches.restore();
      }
    });

    it('inline JSON over src and endpoint', async () => {
      const source = fakeSource([tier('endpoint')]);
      const el = await ready(
        await fixture<ChorusMembershipCard>(
          html`<chorus-membership-card src="${FIXTURES}/tiers.json" .dataSource=${source}>
            <script type="application/json">
              ${JSON.stringify([tier('inline')])}
            </script>
          </chorus-membership-card>`,
        ),
      );
      expect(names(el)).to.deep.equal(['Tier inline']);
      expect(source.calls).to.equal(0);
    });

    it('src over endpoint', async () => {
      const source = fakeSource([tier('endpoint')]);
      const el = await ready(
        await fixture<ChorusMembershipCard>(html`<chorus-membership-card src="${FIXTURES}/tiers.json" .dataSource=${source}></chorus-membership-card>`),
      );
      expect(names(el)[1]).to.equal('Member (from src)');
      expect(source.calls).to.equal(0);
    });

    it('endpoint over the default', async () => {
      const source = fakeSource([tier('endpoint')]);
      const el = await ready(await fixture<ChorusMembershipCard>(html`<chorus-membership-card .dataSource=${source}></chorus-membership-card>`));
      expect(names(el)).to.deep.equal(['Tier endpoint']);
      expect(source.calls).to.equal(1);
    });

    it('falls back down the order when a higher source is removed', async () => {
      const el = await ready(await fixture<ChorusMembershipCard>(html`<chorus-membership-card .tiers=${[tier('property')]}></chorus-membership-card>`));
      el.tiers = undefined;
      await el.updateComplete;
      expect(names(el)[0]).to.equal('Basic');
    });
  });

  describe('with invalid content', () => {
    let errors: ReturnType<typeof captureErrors>;
    beforeEach(() => (errors = captureErrors()));
    afterEach(() => errors.restore());

    it('leaves out an invalid tier, naming it and the field, and shows the valid ones', async () => {
      const bad = { ...tier('broken'), price: { amount: 5, currency: 'dollars', period: 'year' } };
      const el = await ready(await fixture<ChorusMembershipCard>(html`<chorus-membership-card .tiers=${[tier('fine'), bad]}></chorus-membership-card>`));
      expect(names(el)).to.deep.equal(['Tier fine']);
      expect(errors.messages).to.have.length(1);
      expect(errors.messages[0]).to.include('tier "broken"').and.include('price.currency').and.include('the tiers property');
    });

    it('names a tier without an id by its position', async () => {
      const { id: _id, ...noId } = tier('x');
      const el = await ready(
        await fixture<ChorusMembershipCard>(
          html`<chorus-membership-card>
            <script type="application/json">
              ${JSON.stringify([tier('fine'), noId])}
            </script>
          </chorus-membership-card>`,
        ),
      );
      expect(names(el)).to.deep.equal(['Tier fine']);
      expect(errors.messages[0]).to.include('at index 1').and.include('invalid id').and.include('inline JSON');
    });

    it('never shows another organisation’s tiers when no tier is valid: a neutral message and state="error"', async () => {
      const el = await ready(
        await fixture<ChorusMembershipCard>(
          html`<chorus-membership-card .tiers=${[tier('meetup', { price: { amount: -1, currency: 'USD', period: 'year' } })]}></chorus-membership-card>`,
        ),
      );
      expect(el.state).to.equal('error');
      expect(el.getAttribute('state')).to.equal('error');
      expect(names(el)).to.deep.equal([]);
      expect(root(el).textContent).to.not.include('Fellow').and.not.include('Python Software Foundation');
      expect(text(root(el).querySelector('[part="status"]'))).to.equal('Membership details are unavailable.');
      expect(errors.messages.join('\n')).to.include('"meetup"').and.include('price.amount').and.include('no valid tier');
      await expect(el).to.be.accessible();
    });

    it('says membership details are unavailable when the inline JSON cannot be parsed', async () => {
      const el = await ready(
        await fixture<ChorusMembershipCard>(
          html`<chorus-membership-card
            ><script type="application/json">
              {"tiers": [
            </script></chorus-membership-card
          >`,
        ),
      );
      expect(names(el)).to.have.length(0);
      expect(el.state).to.equal('error');
      expect(errors.messages[0]).to.include('inline JSON is not valid JSON');
    });

    it('says membership details are unavailable when the tiers are not tier-shaped', async () => {
      const el = await ready(
        await fixture<ChorusMembershipCard>(html`<chorus-membership-card .tiers=${{ plans: [] } as unknown as unknown[]}></chorus-membership-card>`),
      );
      expect(names(el)).to.have.length(0);
      expect(text(root(el).querySelector('[part="status"]'))).to.equal('Membership details are unavailable.');
      expect(errors.messages[0]).to.include('must be an array of tiers');
    });

    it('keeps only the first of two tiers with the same id', async () => {
      const el = await ready(
        await fixture<ChorusMembershipCard>(html`<chorus-membership-card .tiers=${[tier('same'), tier('same', { name: 'Again' })]}></chorus-membership-card>`),
      );
      expect(names(el)).to.deep.equal(['Tier same']);
      expect(errors.messages[0]).to.include('repeats an id');
    });

    it('says so, with a way to try again, when src cannot be read', async () => {
      const el = await ready(await fixture<ChorusMembershipCard>(html`<chorus-membership-card src="${FIXTURES}/not-json.html"></chorus-membership-card>`));
      expect(el.state).to.equal('error');
      const alert = root(el).querySelector('[role="alert"]')!;
      expect(text(alert)).to.include('The membership tiers could not be loaded.');
      expect(errors.messages[0]).to.include('could not load its tiers');
      el.src = `${FIXTURES}/tiers.json`;
      await waitUntil(() => el.state === 'ready');
      expect(names(el)).to.have.length(2);
    });

    it('retries when the person asks', async () => {
      let fail = true;
      const source = fakeSource([tier('later')]);
      const membership = source.membership.bind(source);
      source.membership = () => (fail ? Promise.reject(new Error('offline')) : membership());
      const el = await ready(await fixture<ChorusMembershipCard>(html`<chorus-membership-card .dataSource=${source}></chorus-membership-card>`));
      expect(el.state).to.equal('error');
      fail = false;
      root(el).querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
      await waitUntil(() => el.state === 'ready');
      expect(names(el)).to.deep.equal(['Tier later']);
    });
  });

  describe('prices', () => {
    const priced = (currency: string, amount: number, period: 'year' | 'once' | 'none') => [tier('p', { price: { amount, currency, period } })];
    const price = async (lang: string, tiers: MembershipTier[]) => {
      const el = await ready(await fixture<ChorusMembershipCard>(html`<chorus-membership-card lang=${lang} .tiers=${tiers}></chorus-membership-card>`));
      return text(root(el).querySelector('[part="price"]'));
    };

    it('formats for the currency and the page language: en', async () => {
      expect(await price('en', priced('USD', 99, 'year'))).to.equal('$99 per year');
      expect(await price('en', priced('EUR', 12.5, 'once'))).to.equal('€12.50 once');
    });

    it('formats for the currency and the page language: es', async () => {
      expect(await price('es', priced('USD', 99, 'year'))).to.match(/^99\sUS\$ al año$/);
      expect(await price('es', priced('EUR', 1250, 'none'))).to.match(/^1250,00\s€$|^1\.250\s€$|^1250\s€$/);
    });

    it('formats in English on a page whose language has no strings (Georgian, Pashto): never half one language, half another', async () => {
      expect(await price('ka', priced('JPY', 5000, 'year'))).to.equal('¥5,000 per year');
      expect(await price('ps', priced('USD', 99, 'year'))).to.equal('$99 per year');
      expect(await price('ka', priced('USD', 99, 'none'))).to.equal('$99');
    });

    it('says Free for zero', async () => {
      expect(await price('en', priced('EUR', 0, 'year'))).to.equal('Free');
      expect(await price('es', priced('EUR', 0, 'year'))).to.equal('Gratis');
    });
  });

  describe('as a table', () => {
    const table = async () => ready(await fixture<ChorusMembershipCard>(html`<chorus-membership-card layout="table"></chorus-membership-card>`));

    it('has a caption, tiers as column headers and benefits as row headers', async () => {
      const el = await table();
      const tableEl = root(el).querySelector('table')!;
      expect(text(tableEl.caption)).to.equal('Membership tiers compared');
      const cols = [...tableEl.querySelectorAll('thead th')];
      expect(cols.every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
      expect(cols.map(ownText)).to.deep.equal(['Benefit', 'Basic', 'Supporting', 'Contributing', 'Fellow']);
      const rows = [...tableEl.querySelectorAll('tbody th')];
      expect(rows.every((th) => th.getAttribute('scope') === 'row')).to.equal(true);
      expect(rows.map(text)).to.deep.equal([
        'Price',
        'Voting member',
        'Attend PSF members’ meetings',
        'Counted toward the quorum of members’ meetings',
        'Who can join',
        'Join',
      ]);
    });

    it('gives each mark text for screen readers', async () => {
      const el = await table();
      const votes = [...root(el).querySelectorAll('tbody tr')[1]!.querySelectorAll('td')].map(text);
      expect(votes).to.deep.equal(['✗Not included', '✓Included', '✓Included', '✓Included']);
      expect(root(el).querySelectorAll('td .mark[aria-hidden="true"]').length).to.equal(12);
    });

    it('scrolls sideways on a narrow screen with the benefit column fixed, and can be scrolled by keyboard', async () => {
      const el = await table();
      el.style.width = '320px';
      const scroll = root(el).querySelector<HTMLElement>('[part="table-scroll"]')!;
      expect(getComputedStyle(scroll).overflowX).to.equal('auto');
      expect(scroll.scrollWidth).to.be.greaterThan(scroll.clientWidth);
      expect(scroll.tabIndex).to.equal(0);
      expect(scroll.getAttribute('role')).to.equal('region');
      expect(getComputedStyle(root(el).querySelector('tbody th')!).position).to.equal('sticky');
    });

    it('makes a row of a benefit some tiers lack, marked not included', async () => {
      const tiers = [tier('a', { benefits: [{ text: 'Stickers', included: true }] }), tier('b', { benefits: [] })];
      const el = await ready(await fixture<ChorusMembershipCard>(html`<chorus-membership-card layout="table" .tiers=${tiers}></chorus-membership-card>`));
      const row = [...root(el).querySelectorAll('tbody tr')].find((tr) => text(tr.querySelector('th')) === 'Stickers')!;
      expect([...row.querySelectorAll('td')].map(text)).to.deep.equal(['✓Included', '✗Not included']);
    });
  });

  describe('one tier', () => {
    it('shows just that tier as a compact card', async () => {
      const el = await ready(await fixture<ChorusMembershipCard>(html`<chorus-membership-card tier="supporting" layout="table"></chorus-membership-card>`));
      expect(cards(el)).to.have.length(1);
      expect(cards(el)[0]!.part.contains('compact')).to.equal(true);
      expect(names(el)).to.deep.equal(['Supporting']);
      expect(root(el).querySelector('table')).to.equal(null);
    });

    it('shows every tier, and says why, when the tier does not exist', async () => {
      const errors = captureErrors();
      try {
        const el = await ready(await fixture<ChorusMembershipCard>(html`<chorus-membership-card tier="managing"></chorus-membership-card>`));
        expect(names(el)).to.have.length(4);
        expect(errors.messages[0]).to.include('no tier "managing"');
      } finally {
        errors.restore();
      }
    });
  });

  describe('join links', () => {
    it('all go to join-url when it is set (nomination links excepted)', async () => {
      const el = await ready(
        await fixture<ChorusMembershipCard>(html`<chorus-membership-card join-url="https://example.org/our-dialog"></chorus-membership-card>`),
      );
      const hrefs = [...root(el).querySelectorAll('a[part="join"]')].map((a) => a.getAttribute('href'));
      // Fellow has no join link to override: its link says how nomination works.
      expect(hrefs).to.deep.equal(Array(3).fill('https://example.org/our-dialog'));
    });

    it('ignore a join-url that is not http(s)', async () => {
      const errors = captureErrors();
      try {
        const el = await ready(await fixture<ChorusMembershipCard>(html`<chorus-membership-card join-url="javascript:alert(1)"></chorus-membership-card>`));
        expect(root(el).querySelector('a[part="join"]')!.getAttribute('href')).to.equal(PSF_MEMBERSHIP_URL);
        expect(errors.messages[0]).to.include('join-url');
      } finally {
        errors.restore();
      }
    });

    describe('when a person clicks one', () => {
      // Stops the browser following the link, after the card has had its say, so the test page stays.
      let followed: boolean | undefined;
      const stopNavigation = (event: Event) => {
        followed = !event.defaultPrevented;
        event.preventDefault();
      };
      beforeEach(() => {
        followed = undefined;
        window.addEventListener('click', stopNavigation);
      });
      afterEach(() => window.removeEventListener('click', stopNavigation));

      it('fires a cancelable chorus-join with the tier, and the link is followed', async () => {
        const el = await ready(await fixture<ChorusMembershipCard>(html`<chorus-membership-card></chorus-membership-card>`));
        const link = card(el, 'Supporting').querySelector('a')!;
        setTimeout(() => link.click());
        const event = (await oneEvent(el, 'chorus-join')) as ChorusJoinEvent;
        expect(event.detail.tier.id).to.equal('supporting');
        expect(event.cancelable).to.equal(true);
        expect(event.composed && event.bubbles).to.equal(true);
        await waitUntil(() => followed !== undefined);
        expect(followed).to.equal(true);
      });

      it('is not followed when the page cancels chorus-join', async () => {
        const el = await ready(await fixture<ChorusMembershipCard>(html`<chorus-membership-card layout="table"></chorus-membership-card>`));
        const joined: string[] = [];
        document.addEventListener(
          'chorus-join',
          (event) => {
            joined.push(event.detail.tier.id);
            event.preventDefault();
          },
          { once: true },
        );
        root(el)
          .querySelectorAll('a[part="join"]')[2]!
          .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
        expect(joined).to.deep.equal(['contributing']);
        expect(followed).to.equal(false);
      });
    });

    it('fires nothing when tiers are set from code', async () => {
      let fired = 0;
      const count = () => (fired += 1);
      document.addEventListener('chorus-join', count);
      try {
        const el = await ready(await fixture<ChorusMembershipCard>(html`<chorus-membership-card></chorus-membership-card>`));
        el.tiers = [tier('a')];
        el.joinUrl = 'https://example.org/elsewhere';
        await el.updateComplete;
        expect(fired).to.equal(0);
      } finally {
        document.removeEventListener('chorus-join', count);
      }
    });
  });

  describe('slots', () => {
    it('balances the grid: 4 tiers in one row, then 2×2, then one column, never 3+1', async () => {
      const rowsAt = async (width: number) => {
        const el = await ready(await fixture<ChorusMembershipCard>(html`<chorus-membership-card style="inline-size: ${width}px"></chorus-membership-card>`));
        const tops = cards(el).map((c) => Math.round(c.getBoundingClientRect().top));
        return [...new Set(tops)].map((top) => tops.filter((other) => other === top).length);
      };
      expect(await rowsAt(1100)).to.deep.equal([4]);
      expect(await rowsAt(800)).to.deep.equal([2, 2]);
      expect(await rowsAt(560)).to.deep.equal([2, 2]);
      expect(await rowsAt(380)).to.deep.equal([1, 1, 1, 1]);
    });

    it('fits the page’s outline: heading-level sets the heading and tier names one below', async () => {
      const el = await ready(await fixture<ChorusMembershipCard>(html`<chorus-membership-card heading-level="3"></chorus-membership-card>`));
      expect(root(el).querySelector('[part="heading"]')!.localName).to.equal('h3');
      expect([...root(el).querySelectorAll('[part~="name"]')].map((name) => name.localName)).to.deep.equal(['h4', 'h4', 'h4', 'h4']);
      await expect(el).to.be.accessible();
    });

    it('drops its heading with no-heading (the page has its own), tier names taking its level', async () => {
      const el = await ready(await fixture<ChorusMembershipCard>(html`<chorus-membership-card no-heading></chorus-membership-card>`));
      expect(root(el).querySelector('[part="heading"]')).to.equal(null);
      expect(root(el).textContent).to.not.include('Become a');
      expect(root(el).querySelector('[part~="name"]')!.localName).to.equal('h2');
      await expect(el).to.be.accessible();
    });

    it('replaces the heading and adds a footer', async () => {
      const el = await ready(
        await fixture<ChorusMembershipCard>(
          html`<chorus-membership-card>
            <h2 slot="heading">Join PyLadies</h2>
            <p slot="footer">Questions? Write to us.</p>
          </chorus-membership-card>`,
        ),
      );
      const heading = root(el).querySelector<HTMLSlotElement>('slot[name="heading"]')!;
      expect(heading.assignedElements().map(text)).to.deep.equal(['Join PyLadies']);
      const footer = root(el).querySelector<HTMLSlotElement>('slot[name="footer"]')!;
      expect(footer.assignedElements().map(text)).to.deep.equal(['Questions? Write to us.']);
      await expect(el).to.be.accessible();
    });
  });
});
