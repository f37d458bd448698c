import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/elements/poll/poll.ts';
import type { ChorusPoll } from '../../src/elements/poll/poll.ts';
import { VOTER_KEY } from '../../src/elements/poll/poll-client.ts';

// The voting form (poll-ballot.ts) is a chunk of its own: an open poll fetches it before it is
// ready, a poll voted on from this browser once it has shown, or on "Change your vote". This file
// runs in a page of its own, so nothing has fetched the form's code before it blocks it; a module
// that loaded once stays loaded, so the whole story is one test.

const POLL_ID = '01900000-0000-7000-8000-000000000017';
const OPTIONS = [
  { id: 'a', text: 'At work in production', votes: 3 },
  { id: 'b', text: 'At work but not in production', votes: 1 },
  { id: 'c', text: 'Not yet, when it matures', votes: 0 },
];
const TOKEN = 'reader-token-0123456789';

/** A poll on the fake API (test/poll-api.mjs), in a session of its own. */
async function fakePoll(): Promise<{ endpoint: string; control(body: Record<string, unknown>): Promise<void> }> {
  const session = `o${Math.random().toString(36).slice(2)}`;
  const control = async (body: Record<string, unknown>) => {
    const response = await fetch(`/__poll/${session}/control`, { method: 'POST', body: JSON.stringify(body) });
    expect(response.status).to.equal(204);
  };
  await control({ op: 'create', poll: { id: POLL_ID, question: 'Where are you using WebAssembly?', options: OPTIONS } });
  return { endpoint: `/__poll/${session}/api/v1`, control };
}

const $ = <T extends Element = HTMLElement>(el: ChorusPoll, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const status = (el: ChorusPoll) => text($(el, '[part="status"] p'));
const checked = (el: ChorusPoll) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value);

async function click(node: Element): Promise<void> {
  const box = node.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
}

beforeEach(() => localStorage.clear());
afterEach(() => executeServerCommand('block-urls', { urls: [] }));

describe('<chorus-poll> when the voting form’s code cannot arrive', () => {
  it('says so with "Try again" for an open poll and on "Change your vote", and loses neither poll nor choice once it arrives', async () => {
    await executeServerCommand('block-urls', { urls: ['*poll-ballot*'] });
    const server = await fakePoll();
    localStorage.setItem(VOTER_KEY, TOKEN);
    await server.control({ op: 'vote', voter: TOKEN, options: ['b'] });

    // This browser voted: its results show at once, without the form's code (fetched at idle, and blocked).
    const voted = await fixture<ChorusPoll>(html`<chorus-poll loading="eager" poll=${POLL_ID} endpoint=${server.endpoint}></chorus-poll>`);
    await waitUntil(() => voted.state === 'ready', 'the voted poll never showed');
    await voted.updateComplete;
    expect(text($(voted, '[part~="chosen"]'))).to.equal('At work but not in production (your choice) 40%, 2 votes');
    await click($(voted, '[part="change"]')!);
    await waitUntil(() => voted.state === 'error', 'the voted poll never said the form could not come');
    await voted.updateComplete;
    expect(status(voted)).to.match(/^The poll could not be loaded: /);
    expect($(voted, 'form')).to.equal(null);
    // Focus does not fall to the page: it goes to the way forward.
    expect(voted.shadowRoot!.activeElement).to.equal($(voted, '[part="status"] button'));
    expect(text($(voted, '[part="status"] button'))).to.equal('Try again');
    await expect(voted).to.be.accessible();

    // A poll this browser has not voted on shows its form first: it cannot be ready without it.
    const open = await fixture<ChorusPoll>(html`<chorus-poll loading="eager" poll=${POLL_ID} endpoint=${(await fakePoll()).endpoint}></chorus-poll>`);
    await waitUntil(() => open.state === 'error', 'the open poll never said the form could not come');
    await open.updateComplete;
    expect(status(open)).to.match(/^The poll could not be loaded: /);
    expect($(open, 'fieldset')).to.equal(null);
    await expect(open).to.be.accessible();

    // The network is back.
    await executeServerCommand('block-urls', { urls: [] });
    await click($(open, '[part="status"] button')!);
    await waitUntil(() => open.state === 'ready' && $(open, 'fieldset'), 'the open poll’s form never came');
    expect([...open.shadowRoot!.querySelectorAll('label')].map(text)).to.deep.equal(OPTIONS.map((option) => option.text));
    // Its styles came with it.
    expect(getComputedStyle($(open, 'label')!).display).to.equal('flex');

    // The voted poll's "Try again", from the keyboard: the form with the recorded choice ticked, and a new vote counts.
    $(voted, '[part="status"] button')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => voted.state === 'ready' && $(voted, 'fieldset'), 'the voted poll’s form never came');
    expect(checked(voted)).to.deep.equal(['b']);
    $<HTMLInputElement>(voted, 'input:checked')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(checked(voted)).to.deep.equal(['c']);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(voted, '[part="results"]'), 'the changed vote was not counted');
    expect(text($(voted, '[part~="chosen"]'))).to.equal('Not yet, when it matures (your choice) 20%, 1 vote');
    expect(text($(voted, '[part="total"]'))).to.equal('5 people voted');
  });
});
