import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/elements/poll/poll.ts';
import type { ChorusPoll } from '../../src/elements/poll/poll.ts';
import { VOTER_KEY } from '../../src/elements/poll/poll-client.ts';
import { ANNOUNCE_EVERY_MS, hearing, leaderOf, worthSaying } from '../../src/elements/poll/poll-live.ts';
import type { ChorusVoteEvent } from '../../src/elements/poll/poll.events.ts';
import type { Poll } from '../../src/schema/poll.ts';
import type { ChorusErrorEvent } from '../../src/shared/events.ts';
import { FakeIntersectionObserver } from './story-feed.helpers.ts';

const POLL_ID = '01900000-0000-7000-8000-000000000017';
const OPTIONS = [
  { id: 'a', text: 'At work in production', votes: 3 },
  { id: 'b', text: 'At work but not in production', votes: 1 },
  { id: 'c', text: 'Not yet, when it matures', votes: 0 },
];

interface FakePoll {
  session: string;
  endpoint: string;
  control(body: Record<string, unknown>): Promise<void>;
  log(): Promise<{ requests: { method: string; path: string; query: Record<string, string>; body?: { options: string[]; voter: string } }[]; streams: number }>;
}

/** A poll on the fake API (test/poll-api.mjs), in a session of its own. */
async function fakePoll(poll: Partial<Poll> & { options?: typeof OPTIONS } = {}): Promise<FakePoll> {
  const session = `s${Math.random().toString(36).slice(2)}`;
  const control = async (body: Record<string, unknown>) => {
    const response = await fetch(`/__poll/${session}/control`, { method: 'POST', body: JSON.stringify(body) });
    expect(response.status).to.equal(204);
  };
  await control({ op: 'create', poll: { id: POLL_ID, question: 'Where are you using WebAssembly?', options: OPTIONS, ...poll } });
  return {
    session,
    endpoint: `/__poll/${session}/api/v1`,
    control,
    log: () => fetch(`/__poll/${session}/log`).then((r) => r.json() as ReturnType<FakePoll['log']>),
  };
}

async function mount(server: FakePoll): Promise<ChorusPoll> {
  const el = await fixture<ChorusPoll>(html`<chorus-poll loading="eager" poll=${POLL_ID} endpoint=${server.endpoint}></chorus-poll>`);
  await waitUntil(() => el.state !== 'loading', 'the poll never loaded');
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: ChorusPoll, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: ChorusPoll, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const results = (el: ChorusPoll) => $$(el, '[part~="result"]').map(text);
const announced = (el: ChorusPoll) => text($(el, '[role="status"]'));
const inputs = (el: ChorusPoll) => $$<HTMLInputElement>(el, 'input');
const checked = (el: ChorusPoll) =>
  inputs(el)
    .filter((input) => input.checked)
    .map((input) => input.value);

async function click(node: Element): Promise<void> {
  const box = node.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
}

/** The element that has focus, inside the poll's shadow root. */
const focused = (el: ChorusPoll) => el.shadowRoot!.activeElement;

beforeEach(() => localStorage.clear());
afterEach(async () => {
  await sendMouse({ type: 'move', position: [0, 0] });
});

describe('<chorus-poll>', () => {
  describe('is accessible', () => {
    it('while voting, results hidden', async () => {
      const el = await mount(await fakePoll());
      await expect(el).to.be.accessible();
    });

    it('with results shown', async () => {
      const server = await fakePoll({ resultsBeforeVote: true });
      await server.control({ op: 'vote', voter: 'x'.repeat(20), options: ['a'] });
      const el = await mount(server);
      $(el, '[part="show-results"]')!.click();
      await el.updateComplete;
      expect($(el, '[part="results"]')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });

    it('with a refused vote', async () => {
      const server = await fakePoll();
      const el = await mount(server);
      $<HTMLButtonElement>(el, '[part="vote"]')!.click();
      await waitUntil(() => $(el, '[part="error"]'));
      await expect(el).to.be.accessible();
    });

    it('in the dark scheme and right to left', async () => {
      const server = await fakePoll({ closed: true, multiple: true });
      const el = await fixture<ChorusPoll>(
        html`<div dir="rtl" lang="ar"><chorus-poll loading="eager" theme="dark" poll=${POLL_ID} endpoint=${server.endpoint}></chorus-poll></div>`,
      );
      const poll = el.querySelector('chorus-poll')!;
      await waitUntil(() => poll.state === 'ready');
      await expect(poll).to.be.accessible();
      // The bars grow from the start of the line: the right, right to left.
      expect(getComputedStyle(poll.shadowRoot!.querySelector('meter')!).transform).to.not.equal('none');
    });
  });

  it('asks the question in a fieldset of radio buttons, with results hidden before voting', async () => {
    const el = await mount(await fakePoll());
    expect(el.state).to.equal('ready');
    expect(text($(el, 'fieldset legend'))).to.equal('Where are you using WebAssembly?');
    expect(inputs(el).map((input) => input.type)).to.deep.equal(['radio', 'radio', 'radio']);
    expect($$(el, 'label').map(text)).to.deep.equal(OPTIONS.map((o) => o.text));
    expect(text($(el, '[part="vote"]'))).to.equal('Vote');
    expect($(el, '[part~="results"]')).to.equal(null);
    expect($(el, '[part="show-results"]')).to.equal(null);
    expect(text(el.shadowRoot!.querySelector('form'))).to.include('Results appear once you vote.');
  });

  it('takes a vote from the keyboard alone, shows the results as text and sends the browser’s voter token', async () => {
    const server = await fakePoll();
    const el = await mount(server);
    const voted = oneEvent(el, 'chorus-vote') as Promise<ChorusVoteEvent>;
    inputs(el)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(checked(el)).to.deep.equal(['b']);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal($(el, '[part="vote"]'));
    await sendKeys({ press: 'Enter' });
    const event = await voted;
    await el.updateComplete;
    expect(event.detail.options).to.deep.equal(['b']);
    expect(results(el)).to.deep.equal([
      'At work in production 60%, 3 votes',
      'At work but not in production (your choice) 40%, 2 votes',
      'Not yet, when it matures 0%, 0 votes',
    ]);
    expect(text($(el, '[part="total"]'))).to.equal('5 people voted');
    expect(announced(el)).to.equal('Your vote was counted.');
    expect(focused(el)).to.equal($(el, '[part="results"]'));
    const token = localStorage.getItem(VOTER_KEY)!;
    expect(token).to.match(/^[0-9a-f-]{36}$/);
    const vote = (await server.log()).requests.find((r) => r.method === 'POST')!;
    expect(vote.body).to.deep.equal({ options: ['b'], voter: token });
    // Bars are meters hidden from assistive technology: the text beside them says it all.
    expect($$<HTMLMeterElement>(el, 'meter').map((m) => [m.value, m.max, m.getAttribute('aria-hidden')])).to.deep.equal([
      [3, 5, 'true'],
      [2, 5, 'true'],
      [0, 5, 'true'],
    ]);
  });

  it('lets the same browser change its vote with the pointer, replacing the first', async () => {
    const server = await fakePoll();
    localStorage.setItem(VOTER_KEY, 'reader-token-0123456789');
    const el = await mount(server);
    await click($$(el, 'label')[2]!);
    await click($(el, '[part="vote"]')!);
    await waitUntil(() => $(el, '[part="change"]'));
    expect(text($(el, '[part="total"]'))).to.equal('5 people voted');
    await click($(el, '[part="change"]')!);
    await el.updateComplete;
    expect(checked(el), 'the recorded choice is ticked').to.deep.equal(['c']);
    expect(focused(el)).to.equal(inputs(el)[2]);
    await click($$(el, 'label')[0]!);
    await click($(el, '[part="vote"]')!);
    await waitUntil(() => $(el, '[part="change"]'));
    expect(results(el)[0]).to.equal('At work in production (your choice) 80%, 4 votes');
    expect(results(el)[2]).to.equal('Not yet, when it matures 0%, 0 votes');
    expect(text($(el, '[part="total"]')), 'a changed vote is not a second one').to.equal('5 people voted');
    const votes = (await server.log()).requests.filter((r) => r.method === 'POST');
    expect(votes.map((r) => r.body)).to.deep.equal([
      { options: ['c'], voter: 'reader-token-0123456789' },
      { options: ['a'], voter: 'reader-token-0123456789' },
    ]);
  });

  it('shows a voted browser its results and choice when the page opens again', async () => {
    const server = await fakePoll();
    localStorage.setItem(VOTER_KEY, 'reader-token-0123456789');
    await server.control({ op: 'vote', voter: 'reader-token-0123456789', options: ['a'] });
    const el = await mount(server);
    expect(results(el)[0]).to.equal('At work in production (your choice) 80%, 4 votes');
    expect((await server.log()).requests[0]!.query).to.deep.equal({ voter: 'reader-token-0123456789' });
  });

  it('offers checkboxes when several answers may be chosen', async () => {
    const server = await fakePoll({ multiple: true });
    const el = await mount(server);
    expect(inputs(el).map((input) => input.type)).to.deep.equal(['checkbox', 'checkbox', 'checkbox']);
    expect(text($(el, '[part="hint"]'))).to.equal('Choose one or more answers.');
    inputs(el)[0]!.focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    expect(checked(el)).to.deep.equal(['a', 'c']);
    await click($(el, '[part="vote"]')!);
    await waitUntil(() => $(el, '[part="results"]'));
    expect((await server.log()).requests.find((r) => r.method === 'POST')!.body!.options).to.deep.equal(['a', 'c']);
  });

  it('offers "Show results" when the poll shows them before voting, and goes back to voting', async () => {
    const el = await mount(await fakePoll({ resultsBeforeVote: true }));
    const show = $(el, '[part="show-results"]')!;
    expect(text(show)).to.equal('Show results');
    await click(show);
    await el.updateComplete;
    expect(results(el)[0]).to.equal('At work in production 75%, 3 votes');
    expect(focused(el)).to.equal($(el, '[part="results"]'));
    expect(text($(el, '[part="change"]'))).to.equal('Back to voting');
    await click($(el, '[part="change"]')!);
    await el.updateComplete;
    expect($(el, 'fieldset')).to.not.equal(null);
  });

  it('shows a closed poll’s final results and no form, and follows no stream', async () => {
    const server = await fakePoll({ closed: true });
    const el = await mount(server);
    expect($(el, 'form')).to.equal(null);
    expect(text($(el, '[part="note"]'))).to.equal('This poll is closed. These are the final results.');
    expect(results(el)).to.have.length(3);
    expect(el.live).to.equal(false);
    expect((await server.log()).requests.map((r) => r.path)).to.deep.equal([`/polls/${POLL_ID}`]);
  });

  describe('when a vote fails, says so in place and keeps the choice', () => {
    async function refusedWith(fail: Record<string, unknown>) {
      const server = await fakePoll();
      const el = await mount(server);
      await server.control({ op: 'fail', ...fail });
      const failed = oneEvent(el, 'chorus-error') as Promise<ChorusErrorEvent>;
      await click($$(el, 'label')[1]!);
      await click($(el, '[part="vote"]')!);
      const event = await failed;
      await el.updateComplete;
      return { el, server, event };
    }

    it('with no answer chosen', async () => {
      const el = await mount(await fakePoll());
      await click($(el, '[part="vote"]')!);
      await waitUntil(() => $(el, '[part="error"]'));
      expect(text($(el, '[part="error"]'))).to.equal('Choose an answer, then vote.');
      expect($(el, 'fieldset')!.getAttribute('aria-describedby')).to.equal('hint vote-error');
      expect(focused(el)).to.equal(inputs(el)[0]);
    });

    it('rate limited', async () => {
      const { el, event } = await refusedWith({
        status: 429,
        body: { error: { code: 'rate_limited', message: 'Too many' } },
        headers: { 'Retry-After': '150' },
      });
      expect(event.detail.code).to.equal('rate-limited');
      expect(text($(el, '[part="error"]'))).to.equal('Too many votes came from your network. Your choice is kept; try again in 3 minutes.');
      expect(checked(el)).to.deep.equal(['b']);
    });

    it('rate limited for a minute: one minute, not "1 minutes"', async () => {
      const { el } = await refusedWith({ status: 429, body: { error: { code: 'rate_limited', message: 'Too many' } }, headers: { 'Retry-After': '45' } });
      expect(text($(el, '[part="error"]'))).to.equal('Too many votes came from your network. Your choice is kept; try again in 1 minute.');
    });

    it('refused field by field (422), worded from the poll’s issue codes', async () => {
      const { el } = await refusedWith({
        status: 422,
        body: { error: { code: 'validation', message: 'Check', issues: [{ path: ['options'], code: 'vote.single', message: 'x' }] } },
      });
      expect(text($(el, '[part="error"]'))).to.equal('Choose only one answer');
      expect(checked(el)).to.deep.equal(['b']);
    });

    it('a server failure, with the shared error table', async () => {
      const { el, event } = await refusedWith({ status: 503, body: { error: { code: 'unavailable', message: 'Down' } } });
      expect(event.detail.code).to.equal('server');
      expect(text($(el, '[part="error"]'))).to.equal('Your vote was not counted: the server had a problem. Your choice is kept; try again.');
      expect(checked(el)).to.deep.equal(['b']);
      expect($(el, '[role="alert"]')).to.equal($(el, '[part="error"]'));
    });

    it('the network', async () => {
      const server = await fakePoll();
      const el = await mount(server);
      await click($$(el, 'label')[2]!);
      const original = window.fetch;
      window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
      try {
        await click($(el, '[part="vote"]')!);
        await waitUntil(() => $(el, '[part="error"]'));
      } finally {
        window.fetch = original;
      }
      expect(text($(el, '[part="error"]'))).to.equal('Your vote was not counted: the server could not be reached. Your choice is kept; try again.');
      expect(checked(el)).to.deep.equal(['c']);
    });

    it('the poll closed meanwhile (409): shows the final results and says the vote was not counted', async () => {
      const server = await fakePoll();
      const el = await mount(server);
      await click($$(el, 'label')[0]!);
      // The live stream opens once the poll shows and the page is idle; a stream opened after the
      // close would bring the final results itself, before the vote is sent. Wait for it first.
      await waitUntil(async () => (await server.log()).streams === 1, 'no stream opened', { timeout: 5000 });
      // Closed without a stream event, as a poll whose closing time passed a moment ago.
      await server.control({ op: 'close', quietly: true });
      await click($(el, '[part="vote"]')!);
      await waitUntil(() => $(el, '[part="results"]'));
      expect($(el, 'form')).to.equal(null);
      expect(text($(el, '[part="note"]'))).to.equal('This poll closed before your vote arrived. Your vote was not counted.');
      expect(results(el)[0]).to.equal('At work in production 75%, 3 votes');
    });
  });

  it('says when the poll cannot be read, and tries again', async () => {
    const server = await fakePoll();
    const el = await fixture<ChorusPoll>(html`<chorus-poll loading="eager" poll="nope" endpoint=${server.endpoint}></chorus-poll>`);
    await waitUntil(() => el.state === 'error');
    await el.updateComplete;
    expect(text($(el, '[part="status"] p'))).to.equal('The poll could not be loaded: it was not found on the server.');
    await expect(el).to.be.accessible();
    el.poll = POLL_ID;
    await waitUntil(() => el.state === 'ready');
  });

  it('speaks Spanish', async () => {
    const server = await fakePoll({ closed: true });
    const el = await fixture<ChorusPoll>(html`<chorus-poll loading="eager" lang="es" poll=${POLL_ID} endpoint=${server.endpoint}></chorus-poll>`);
    await waitUntil(() => el.state === 'ready');
    await el.updateComplete;
    expect(text($(el, '[part="total"]'))).to.equal('Votaron 4 personas');
    expect(results(el)[0]).to.equal('At work in production 75 %, 3 votos');
  });

  describe('live results', () => {
    it('follows another browser’s votes, announcing a new leader once and not every change', async () => {
      const server = await fakePoll();
      localStorage.setItem(VOTER_KEY, 'reader-token-0123456789');
      await server.control({ op: 'vote', voter: 'reader-token-0123456789', options: ['b'] });
      const el = await mount(server);
      await waitUntil(async () => (await server.log()).streams === 1, 'no stream opened');
      expect(el.live).to.equal(true);
      expect((await server.log()).requests.at(-1)!.query).to.deep.equal({ voter: 'reader-token-0123456789' });
      for (const voter of ['other-browser-0000001', 'other-browser-0000002', 'other-browser-0000003']) {
        await server.control({ op: 'vote', voter, options: ['b'] });
      }
      await waitUntil(() => text($(el, '[part="total"]')) === '8 people voted', 'the votes did not arrive');
      expect(results(el)[1]).to.equal('At work but not in production (your choice) 63%, 5 votes');
      await waitUntil(() => announced(el) !== '');
      expect(announced(el)).to.equal('Live results: At work but not in production leads with 63%, 8 people voted.');
      // Another lead change right away: the screen reader is not told again within the window.
      for (const voter of ['other-browser-0000004', 'other-browser-0000005', 'other-browser-0000006', 'other-browser-0000007']) {
        await server.control({ op: 'vote', voter, options: ['a'] });
      }
      await waitUntil(() => text($(el, '[part="total"]')) === '12 people voted');
      expect(announced(el)).to.equal('Live results: At work but not in production leads with 63%, 8 people voted.');
    });

    it('freezes the results when the poll closes, and stops following', async () => {
      const server = await fakePoll({ resultsBeforeVote: true });
      const el = await mount(server);
      await waitUntil(async () => (await server.log()).streams === 1);
      await server.control({ op: 'close' });
      await waitUntil(() => $(el, '[part="results"]'));
      expect($(el, 'form')).to.equal(null);
      expect(el.live).to.equal(false);
      expect(announced(el)).to.equal('The poll closed. At work in production won with 75%, 4 people voted.');
    });

    it('says the poll is gone when a moderator deletes it', async () => {
      const server = await fakePoll();
      const el = await mount(server);
      await waitUntil(async () => (await server.log()).streams === 1);
      await server.control({ op: 'delete' });
      await waitUntil(() => el.state === 'empty');
      expect(text($(el, '[part="status"]'))).to.equal('This poll was removed.');
      expect(el.live).to.equal(false);
    });

    it('closes the stream when the element is hidden or removed, and opens it again when shown', async () => {
      const server = await fakePoll();
      const el = await mount(server);
      await waitUntil(async () => (await server.log()).streams === 1);
      el.hidden = true;
      await waitUntil(() => !el.live, 'the hidden poll kept its stream');
      await waitUntil(async () => (await server.log()).streams === 0, 'the hidden poll kept its stream');
      el.hidden = false;
      await waitUntil(() => el.live, 'the shown poll did not follow its stream again');
      await waitUntil(async () => (await server.log()).streams === 1);
      el.remove();
      expect(el.live).to.equal(false);
      await waitUntil(async () => (await server.log()).streams === 0, 'the removed poll kept its stream');
    });
  });

  it('waits until it is near the viewport to read the poll (loading="lazy", the default)', async () => {
    // IntersectionObserver never calls back in a background tab (two test pages run at once): the test says when.
    const restore = FakeIntersectionObserver.install();
    try {
      const server = await fakePoll();
      const el = await fixture<ChorusPoll>(html`<chorus-poll poll=${POLL_ID} endpoint=${server.endpoint}></chorus-poll>`);
      await el.updateComplete;
      expect((await server.log()).requests).to.have.length(0);
      expect(el.state).to.equal('loading');
      FakeIntersectionObserver.near(el);
      await waitUntil(() => el.state === 'ready');
      expect((await server.log()).requests[0]!.path).to.equal(`/polls/${POLL_ID}`);
    } finally {
      restore();
    }
  });
});

describe('live announcements', () => {
  const poll = (a: number, b: number): Poll => ({
    id: 'p',
    question: 'Q',
    options: [
      { id: 'a', text: 'A', votes: a },
      { id: 'b', text: 'B', votes: b },
    ],
    multiple: false,
    resultsBeforeVote: false,
    closesAt: null,
    closed: false,
    total: a + b,
  });

  it('knows the leader, and no leader on a tie or before any vote', () => {
    expect(leaderOf(poll(3, 1))?.id).to.equal('a');
    expect(leaderOf(poll(2, 2))).to.equal(undefined);
    expect(leaderOf(poll(0, 0))).to.equal(undefined);
  });

  it('speaks of a new leader or a tenth more voters (at least 5), not of every vote', () => {
    const last = hearing(poll(10, 5), 0);
    expect(worthSaying(last, hearing(poll(11, 5), ANNOUNCE_EVERY_MS))).to.equal(false);
    expect(worthSaying(last, hearing(poll(10, 11), ANNOUNCE_EVERY_MS))).to.equal(true);
    expect(worthSaying(last, hearing(poll(15, 5), ANNOUNCE_EVERY_MS))).to.equal(true);
    expect(worthSaying(hearing(poll(300, 100), 0), hearing(poll(330, 100), 1))).to.equal(false);
    expect(worthSaying(hearing(poll(300, 100), 0), hearing(poll(340, 100), 1))).to.equal(true);
  });
});
