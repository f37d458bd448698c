import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/elements/moderation-queue/moderation-queue.ts';
import type { ChorusModerationQueue } from '../../src/elements/moderation-queue/moderation-queue.ts';
import { EXAMPLE_TOKEN, fakeAdminServer } from '../../src/elements/moderation-queue/moderation-queue.examples.ts';
import { HttpPollAdmin, type ChorusPollsPanel } from '../../src/elements/moderation-queue/polls-panel.ts';
import type { AdminPoll } from '../../src/schema/poll.ts';

const TOKEN = 'moderator-token';

function adminPoll(id: string, extra: Partial<AdminPoll> = {}): AdminPoll {
  return {
    id,
    question: `Question ${id}?`,
    options: [
      { id: `${id}-a`, text: 'Yes', votes: 0 },
      { id: `${id}-b`, text: 'No', votes: 0 },
    ],
    multiple: false,
    resultsBeforeVote: false,
    closesAt: null,
    closed: false,
    total: 0,
    createdAt: '2026-11-30T10:00:00.000Z',
    updatedAt: '2026-11-30T10:00:00.000Z',
    closedAt: null,
    ...extra,
  };
}

interface Logged {
  method: string;
  path: string;
  body?: Record<string, unknown>;
}

/** A session of the fake poll API (test/poll-api.mjs) holding these polls. */
async function server(polls: AdminPoll[] = []) {
  const session = `p${Math.random().toString(36).slice(2)}`;
  await fetch(`/__poll/${session}/control`, { method: 'POST', body: JSON.stringify({ op: 'admin', polls }) });
  return {
    endpoint: `/__poll/${session}/api/v1`,
    requests: async () =>
      ((await (await fetch(`/__poll/${session}/log`)).json()) as { requests: Logged[] }).requests.filter((r) => r.path.startsWith('/admin')),
  };
}

/** The panel, in a shadow root as the queue shows it, with the queue's delegate replaced by a recorder. */
async function panel(polls: AdminPoll[] = [adminPoll('one')]) {
  const api = await server(polls);
  const said: string[] = [];
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const root = host.attachShadow({ mode: 'open' });
  const el = document.createElement('chorus-polls-panel') as ChorusPollsPanel;
  el.client = new HttpPollAdmin(api.endpoint, TOKEN);
  el.delegate = { announce: (text) => said.push(text), refused: () => said.push('refused') };
  root.append(el);
  await waitUntil(() => el.state !== 'loading', 'the polls never loaded');
  await el.updateComplete;
  return { el, api, said };
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.querySelector<T>(selector);
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const active = (el: Element) => (el.getRootNode() as ShadowRoot).activeElement;

async function click(node: Element): Promise<void> {
  const box = node.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
}

async function type(input: HTMLInputElement, value: string): Promise<void> {
  input.focus();
  input.select();
  await sendKeys({ type: value });
}

describe('the Polls tab (<chorus-polls-panel>)', () => {
  it('is accessible with its list', async () => {
    const { el } = await panel([
      adminPoll('one', {
        total: 3,
        options: [
          { id: 'a', text: 'Yes', votes: 2 },
          { id: 'b', text: 'No', votes: 1 },
        ],
      }),
      adminPoll('two', { closed: true }),
    ]);
    await expect(el).to.be.accessible();
  });

  it('is accessible with the form open', async () => {
    const { el } = await panel();
    await click($(el, '.new-poll')!);
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('lists polls with their state, results and embed code', async () => {
    const { el } = await panel([
      adminPoll('one', {
        total: 4,
        options: [
          { id: 'a', text: 'Yes', votes: 3 },
          { id: 'b', text: 'No', votes: 1 },
        ],
      }),
      adminPoll('two', { closed: true }),
    ]);
    const items = [...el.querySelectorAll('.poll')];
    expect(items.map((item) => text(item.querySelector('h4')))).to.deep.equal(['Question one?', 'Question two?']);
    expect(text(items[0]!.querySelector('.meta'))).to.equal('Open 4 people voted');
    expect(text(items[0]!.querySelector('.poll-results'))).to.equal('Yes: 3 (75%) No: 1 (25%)');
    expect(text(items[0]!.querySelector('code'))).to.equal('<chorus-poll poll="one"></chorus-poll>');
    expect(text(items[1]!.querySelector('.meta'))).to.include('Closed');
    expect(items[1]!.querySelector('.edit, .close')).to.equal(null);
  });

  it('creates a poll from the keyboard: question, answers added and removed, options', async () => {
    const { el, api, said } = await panel([]);
    expect(text($(el, '.empty'))).to.include('No polls yet');
    await click($(el, '.new-poll')!);
    await el.updateComplete;
    expect(active(el)).to.equal($(el, '#poll-question'));
    await sendKeys({ type: 'Where are you using WebAssembly?' });
    await type($<HTMLInputElement>(el, '#poll-option-0')!, 'In production');
    await type($<HTMLInputElement>(el, '#poll-option-1')!, 'Not yet');
    await click($(el, '.add-answer')!);
    await el.updateComplete;
    expect(active(el)).to.equal($(el, '#poll-option-2'));
    await sendKeys({ type: 'Typo' });
    await click(el.querySelectorAll('.remove-answer')[2]!);
    await el.updateComplete;
    expect(el.querySelectorAll('.answer-list input')).to.have.length(2);
    await click($(el, '#poll-multiple')!);
    $<HTMLButtonElement>(el, '.poll-form button[type="submit"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !$(el, '.poll-form'), 'the form did not close');
    const post = (await api.requests()).find((r) => r.method === 'POST')!;
    expect(post.body).to.deep.equal({
      question: 'Where are you using WebAssembly?',
      options: ['In production', 'Not yet'],
      multiple: true,
      resultsBeforeVote: false,
      closesAt: null,
    });
    expect(text($(el, '.poll h4'))).to.equal('Where are you using WebAssembly?');
    expect(said).to.deep.equal(['Poll created: Where are you using WebAssembly?']);
  });

  it('shows the server’s refusals beside their fields and keeps what was typed', async () => {
    const { el } = await panel([]);
    await click($(el, '.new-poll')!);
    await type($<HTMLInputElement>(el, '#poll-option-0')!, 'Only one');
    await click($(el, '.poll-form button[type="submit"]')!);
    await waitUntil(() => $(el, '#poll-form-error'));
    await el.updateComplete;
    expect(text($(el, '#poll-form-error'))).to.equal('The poll was not saved. Fix the fields marked below.');
    expect(text($(el, '#poll-question-error'))).to.equal('Enter a question');
    expect($(el, '#poll-question')!.getAttribute('aria-invalid')).to.equal('true');
    expect(text($(el, '#poll-option-1-error'))).to.equal('Enter the text of every answer, or remove the empty one');
    expect($<HTMLInputElement>(el, '#poll-option-0')!.value).to.equal('Only one');
    expect(active(el)).to.equal($(el, '#poll-form-error'));
    await expect(el).to.be.accessible();
  });

  it('edits a poll until its first vote, then only its closing time', async () => {
    const { el, api } = await panel([
      adminPoll('one'),
      adminPoll('voted', {
        total: 1,
        options: [
          { id: 'a', text: 'Yes', votes: 1 },
          { id: 'b', text: 'No', votes: 0 },
        ],
      }),
    ]);
    await click($(el, '[data-poll="one"] .edit')!);
    await el.updateComplete;
    await type($<HTMLInputElement>(el, '#poll-question')!, 'A better question?');
    await click($(el, '.poll-form button[type="submit"]')!);
    await waitUntil(() => text($(el, '[data-poll="one"] h4')) === 'A better question?');
    await click($(el, '[data-poll="voted"] .edit')!);
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#poll-question')!.disabled).to.equal(true);
    expect(text($(el, '.poll-form'))).to.include('only the closing time can change now');
    expect(active(el)).to.equal($(el, '#poll-closesAt'));
    $(el, '#poll-closesAt')!.blur();
    $<HTMLInputElement>(el, '#poll-closesAt')!.value = '2099-06-30T18:00';
    $(el, '#poll-closesAt')!.dispatchEvent(new Event('input'));
    await el.updateComplete;
    $<HTMLButtonElement>(el, '.poll-form button[type="submit"]')!.click();
    await waitUntil(() => !$(el, '.poll-form'));
    const patches = (await api.requests()).filter((r) => r.method === 'PATCH');
    expect(patches[0]!.body!.question).to.equal('A better question?');
    expect(patches[1]!.path).to.equal('/admin/polls/voted');
    expect(Object.keys(patches[1]!.body!)).to.deep.equal(['closesAt']);
    expect(patches[1]!.body!.closesAt).to.equal(new Date('2099-06-30T18:00').toISOString());
  });

  it('closes a poll', async () => {
    const { el, said } = await panel();
    await click($(el, '[data-poll="one"] .close')!);
    await waitUntil(() => text($(el, '[data-poll="one"] .meta')).startsWith('Closed'));
    expect($(el, '[data-poll="one"] .edit')).to.equal(null);
    expect(said).to.deep.equal(['Poll closed: Question one?']);
  });

  it('deletes a poll only after a confirmation', async () => {
    const { el, api, said } = await panel([adminPoll('one'), adminPoll('two')]);
    await click($(el, '[data-poll="one"] .delete')!);
    await el.updateComplete;
    expect(text($(el, '[data-poll="one"] .confirm p'))).to.equal('Delete “Question one?” and its votes? This cannot be undone.');
    expect(active(el)).to.equal($(el, '[data-poll="one"] .cancel-delete'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, '[data-poll="one"] .confirm')).to.equal(null);
    expect((await api.requests()).some((r) => r.method === 'DELETE')).to.equal(false);
    await click($(el, '[data-poll="one"] .delete')!);
    await click($(el, '[data-poll="one"] .confirm-delete')!);
    await waitUntil(() => !$(el, '[data-poll="one"]'));
    expect((await api.requests()).filter((r) => r.method === 'DELETE').map((r) => r.path)).to.deep.equal(['/admin/polls/one']);
    expect(said).to.deep.equal(['Poll deleted: Question one?']);
  });

  it('downloads the results as CSV with the token', async () => {
    const { el } = await panel();
    const clicked: HTMLAnchorElement[] = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      await click($(el, '[data-poll="one"] .csv')!);
      await waitUntil(() => clicked.length === 1);
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(clicked[0]!.download).to.equal('poll-one.csv');
    const csv = await (await fetch(clicked[0]!.href)).text();
    expect(csv.split('\r\n')[0]).to.equal('poll_id,question,option_id,option,votes,percent,voters');
  });

  it('says when the polls cannot be loaded', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('chorus-polls-panel') as ChorusPollsPanel;
    const said: string[] = [];
    el.client = new HttpPollAdmin('/__poll/nobody/api/v1', 'wrong-token');
    el.delegate = { announce: (t) => said.push(t), refused: () => said.push('refused') };
    host.attachShadow({ mode: 'open' }).append(el);
    await waitUntil(() => el.state === 'error');
    await el.updateComplete;
    expect(text($(el, '[role="alert"] p'))).to.equal('The polls could not be loaded: the server sent an answer Chorus did not understand.');
    expect(said).to.deep.equal(['refused']);
  });
});

describe('<chorus-moderation-queue> Polls tab', () => {
  // A token another test file stored in this browser tab would skip the sign-in form.
  beforeEach(() => sessionStorage.clear());

  it('is the third tab, reached with the arrow keys, and lists the polls', async () => {
    const api = await server([adminPoll('one')]);
    const stories = fakeAdminServer();
    const el = await fixture<ChorusModerationQueue>(
      html`<chorus-moderation-queue
        .adminClient=${(token: string) => Object.assign(stories.clientFor(token), { polls: new HttpPollAdmin(api.endpoint, TOKEN) })}
      ></chorus-moderation-queue>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('#token'), 'no sign-in form');
    el.shadowRoot!.querySelector<HTMLInputElement>('#token')!.value = EXAMPLE_TOKEN;
    el.shadowRoot!.querySelector<HTMLButtonElement>('.token-form button[type="submit"]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('#tab-polls'), 'no Polls tab');
    el.shadowRoot!.querySelector<HTMLElement>('#tab-queue')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => el.tab === 'polls');
    expect(text(el.shadowRoot!.querySelector('#tab-polls'))).to.equal('Polls');
    const tab = el.shadowRoot!.querySelector('chorus-polls-panel')!;
    await waitUntil(() => tab.state === 'ready');
    expect(text(tab.querySelector('.poll h4'))).to.equal('Question one?');
    // The tab's code (and its styles) arrived when it opened, and styles the queue's shadow root.
    expect(getComputedStyle(tab.querySelector('.polls-top')!).display).to.equal('flex');
    await expect(el).to.be.accessible();
  });
});
