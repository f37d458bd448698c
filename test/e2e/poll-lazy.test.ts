// The built <chorus-poll> (dist/) on real pages in Chromium, under a strict Content-Security-Policy
// with Trusted Types: which of its chunks a page fetches before the poll is ready, and that a
// person still votes, sees results and is told of failures when a deferred chunk arrives late or not at all.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, afterEach, before, describe, it } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import { has, hostPage as page, visit as open, type Visit, startHost } from './visit.ts';

const root = new URL('../../', import.meta.url).pathname;
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html chorus-rich-text";
const OPEN = '01900000-0000-7000-8000-000000000017';
const CLOSED = '01900000-0000-7000-8000-000000000018';
const OPTIONS = ['At work in production', 'At work but not in production', 'Not yet, when it matures'];

let browser: Browser;
let base: string;
let stop: (() => Promise<void>) | undefined;
/** Script files held back until the test releases them, by a pattern of their name. */
const held = new Map<RegExp, { requested: () => void; release: Promise<void> }>();
/** Script files answered with a 404 (a deploy that removed them, a network that dropped them). */
const missing = new Set<RegExp>();
const votes: { options: string[]; voter: string }[] = [];

function poll(id: string, chosen?: string[]) {
  const counts = [3, 1, 0].map((count, i) => count + (chosen?.includes(`o${i}`) ? 1 : 0));
  return {
    id,
    question: 'Where are you using WebAssembly?',
    options: OPTIONS.map((text, i) => ({ id: `o${i}`, text, votes: counts[i] })),
    multiple: false,
    resultsBeforeVote: false,
    closesAt: null,
    closed: id === CLOSED,
    total: counts.reduce((sum, count) => sum + count, 0),
    ...(chosen ? { choice: chosen } : {}),
  };
}

/** A poll answer as the server sends it: an open poll hides its counts until this browser voted. */
function visible(id: string, chosen?: string[]) {
  const full = poll(id, chosen);
  if (full.closed || chosen) return full;
  const { total: _total, ...rest } = full;
  return { ...rest, options: rest.options.map(({ votes: _votes, ...option }) => option) };
}

before(async () => {
  ({ base, browser, stop } = await startHost(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const json = (status: number, body: unknown) => response.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
    if (url.pathname === '/page') {
      response
        .writeHead(200, { 'Content-Security-Policy': CSP, 'Content-Type': 'text/html' })
        .end(page(url.searchParams.get('body') ?? '', url.searchParams.get('lang') ?? 'en'));
    } else if (url.pathname.startsWith('/dist/') && existsSync(`${root}${url.pathname.slice(1)}`)) {
      if ([...missing].some((pattern) => pattern.test(url.pathname))) return json(404, { error: { code: 'not_found', message: 'Not here' } });
      for (const [pattern, gate] of held) {
        if (!pattern.test(url.pathname)) continue;
        gate.requested();
        await gate.release;
      }
      response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(readFileSync(`${root}${url.pathname.slice(1)}`));
    } else if (url.pathname === `/api/v1/polls/${OPEN}` || url.pathname === `/api/v1/polls/${CLOSED}`) {
      const id = url.pathname.split('/').pop()!;
      const voter = url.searchParams.get('voter');
      json(200, visible(id, votes.findLast((vote) => vote.voter === voter)?.options));
    } else if (url.pathname === `/api/v1/polls/${OPEN}/votes` && request.method === 'POST') {
      let body = '';
      for await (const chunk of request) body += chunk;
      const vote = JSON.parse(body) as { options: string[]; voter: string };
      votes.push(vote);
      json(200, poll(OPEN, vote.options));
    } else if (url.pathname.endsWith('/events')) {
      // No live results here: 204 tells EventSource not to reconnect.
      response.writeHead(204).end();
    } else json(404, { error: { code: 'not_found', message: 'Not here' } });
  }));
});

after(() => stop?.());

afterEach(() => {
  held.clear();
  missing.clear();
  votes.length = 0;
});

/** Holds a chunk back: `arrived` once the page asked for it, `release()` to send it. */
function hold(pattern: RegExp): { arrived: Promise<void>; release: () => void } {
  let requested = () => {};
  let release = () => {};
  const arrived = new Promise<void>((resolve) => (requested = resolve));
  held.set(pattern, { requested: () => requested(), release: new Promise<void>((resolve) => (release = resolve)) });
  return { arrived, release };
}

// A chunk answered with a 404 on purpose, and the failure the element logs for it, are the test's own.
const visit = (body: string, lang = 'en'): Promise<Visit> =>
  open(browser, `${base}/page?${new URLSearchParams({ body, lang })}`, { expected: /404|Failed to fetch dynamically imported module/, failedScripts: false });
const ready = (tab: Page) =>
  tab.waitForFunction(() => document.querySelector('chorus-poll')?.getAttribute('state') === 'ready', undefined, { timeout: 15_000 });
const RESULTS = /\/poll-results-[\w-]{8}\.js$/;
const BALLOT = /\/poll-ballot-[\w-]{8}\.js$/;
/** Whether the page has received a script whose name matches (a resource entry is added once its response has ended). */
const arrived = (tab: Page, pattern: RegExp) =>
  tab.evaluate((source) => performance.getEntriesByType('resource').some((entry) => new RegExp(source).test(new URL(entry.name).pathname)), pattern.source);

describe('<chorus-poll> built, under a strict CSP with Trusted Types', { timeout: 120_000 }, () => {
  it('an open poll is ready without its results’ code, and a keyboard-only vote waits for that code when it arrives late', async () => {
    const results = hold(RESULTS);
    const { tab, scripts, problems, close } = await visit(`<chorus-poll poll="${OPEN}" loading="eager"></chorus-poll>`);
    await ready(tab);
    const poll = tab.locator('chorus-poll');
    assert.equal(await poll.getByRole('radio').count(), 3);
    assert.ok(has(scripts(), 'poll'));
    // Choosing an answer asks for the results' code (it may already be on its way, fetched at idle); it is held back.
    await tab.keyboard.press('Tab');
    await tab.keyboard.press('ArrowDown');
    await results.arrived;
    await tab.keyboard.press('Tab');
    assert.equal(await poll.getByRole('button', { name: 'Vote' }).evaluate((button) => button.matches(':focus')), true);
    await tab.keyboard.press('Enter');
    await tab.waitForFunction(() => document.querySelector('chorus-poll')?.shadowRoot?.querySelector('[part="vote"]')?.textContent === 'Sending your vote…');
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(
      votes.map((vote) => vote.options),
      [['o1']],
    );
    assert.equal(await poll.locator('[part="results"]').count(), 0, 'no chart before its code and styles are here');
    results.release();
    await poll.locator('[part="results"]').waitFor();
    assert.deepEqual(await poll.locator('[part~="result"]').evaluateAll((items) => items.map((item) => item.textContent?.replace(/\s+/g, ' ').trim())), [
      'At work in production 60%, 3 votes',
      'At work but not in production (your choice) 40%, 2 votes',
      'Not yet, when it matures 0%, 0 votes',
    ]);
    assert.equal(await poll.locator('[part="results"]').evaluate((list) => list.matches(':focus')), true);
    assert.equal(await poll.locator('[role="status"]').innerText(), 'Your vote was counted.');
    // The bars take the results' styles, which came with their code (a <meter> with none would be inline-block and 80px).
    assert.equal(
      await poll
        .locator('meter')
        .first()
        .evaluate((meter) => getComputedStyle(meter).borderRadius),
      '999px',
    );
    assert.deepEqual(problems, []);
    await close();
  });

  it('a closed poll fetches its results’ code before it is ready, and shows them at once', async () => {
    const { tab, scripts, problems, close } = await visit(`<chorus-poll poll="${CLOSED}" loading="eager"></chorus-poll>`);
    await ready(tab);
    assert.ok(has(scripts(), 'poll-results'));
    const poll = tab.locator('chorus-poll');
    assert.equal(await poll.locator('[part="note"]').innerText(), 'This poll is closed. These are the final results.');
    assert.equal(await poll.locator('[part="total"]').innerText(), '4 people voted');
    assert.equal(has(scripts(), 'poll-live'), false, 'a closed poll follows no stream');
    assert.deepEqual(problems, []);
    await close();
  });

  // A view's chunk that cannot arrive: the poll says so, and "Try again" brings it.
  for (const { name, chunk, poll: id, shown } of [
    {
      name: 'says so when the results’ code cannot be fetched, and shows them on "Try again"',
      chunk: RESULTS,
      poll: CLOSED,
      shown: async (poll: Locator) => assert.equal(await poll.locator('[part="total"]').innerText(), '4 people voted'),
    },
    {
      name: 'says so when the form’s code cannot be fetched, and shows the form on "Try again"',
      chunk: BALLOT,
      poll: OPEN,
      shown: async (poll: Locator) => assert.equal(await poll.getByRole('radio').count(), 3),
    },
  ])
    it(name, async () => {
      missing.add(chunk);
      const { tab, problems, close } = await visit(`<chorus-poll poll="${id}" loading="eager"></chorus-poll>`);
      const poll = tab.locator('chorus-poll');
      await tab.waitForFunction(() => document.querySelector('chorus-poll')?.getAttribute('state') === 'error', undefined, { timeout: 15_000 });
      assert.match(await poll.locator('[part="status"] p').innerText(), /^The poll could not be loaded: /);
      missing.clear();
      await poll.getByRole('button', { name: 'Try again' }).click();
      await ready(tab);
      await shown(poll);
      assert.deepEqual(problems, []);
      await close();
    });
  it('an open poll is ready with its form, and the form’s styles, before the results’ code has arrived', async () => {
    const results = hold(RESULTS);
    const { tab, scripts, problems, close } = await visit(`<chorus-poll poll="${OPEN}" loading="eager"></chorus-poll>`);
    await ready(tab);
    const poll = tab.locator('chorus-poll');
    assert.equal(await poll.getByRole('radio').count(), 3);
    assert.ok(has(scripts(), 'poll-ballot'), 'the form’s code came before the poll was ready');
    assert.equal(await arrived(tab, RESULTS), false, 'the results’ code is held back, and the poll is ready without it');
    // The answers take the form's styles, which came with its code (a bare label is inline and has no border).
    assert.deepEqual(
      await poll
        .locator('label')
        .first()
        .evaluate((label) => [getComputedStyle(label).display, getComputedStyle(label).borderTopStyle]),
      ['flex', 'solid'],
    );
    results.release();
    assert.deepEqual(problems, []);
    await close();
  });

  it('a closed poll is ready without the form’s code, and never fetches it', async () => {
    const { tab, scripts, problems, close } = await visit(`<chorus-poll poll="${CLOSED}" loading="eager"></chorus-poll>`);
    await ready(tab);
    assert.ok(has(scripts(), 'poll-results'));
    assert.equal(has(scripts(), 'poll-ballot'), false);
    // What a poll fetches once it has shown and the page is idle (the words for a failure) has come: the form's code still has not.
    await tab.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => /\/errors-[\w-]{8}\.js$/.test(entry.name)), undefined, {
      timeout: 15_000,
    });
    assert.equal(has(scripts(), 'poll-ballot'), false);
    assert.equal(await tab.locator('chorus-poll form').count(), 0);
    assert.deepEqual(problems, []);
    await close();
  });

  it('a poll voted on from this browser shows its results first, and "Change your vote" waits for the form’s code when it arrives late', async () => {
    const { tab, problems, close } = await visit(`<chorus-poll poll="${OPEN}" loading="eager"></chorus-poll>`);
    await ready(tab);
    const poll = tab.locator('chorus-poll');
    await poll.getByRole('radio', { name: OPTIONS[2] }).check();
    await poll.getByRole('button', { name: 'Vote' }).click();
    await poll.locator('[part="results"]').waitFor();
    // The same browser comes back: its results show at once; the form's code is held back.
    const ballot = hold(BALLOT);
    await tab.reload();
    await ready(tab);
    assert.equal(await poll.locator('[part~="chosen"] [part="answer"]').innerText(), OPTIONS[2]);
    assert.equal(await arrived(tab, BALLOT), false);
    await poll.getByRole('button', { name: 'Change your vote' }).focus();
    await tab.keyboard.press('Enter');
    await ballot.arrived;
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(await poll.locator('form').count(), 0, 'no form before its code and styles are here');
    ballot.release();
    await poll.locator('form').waitFor();
    assert.equal(await poll.getByRole('radio', { name: OPTIONS[2] }).isChecked(), true, 'the recorded choice is ticked');
    assert.equal(await poll.getByRole('radio', { name: OPTIONS[2] }).evaluate((input) => input.matches(':focus')), true);
    assert.deepEqual(problems, []);
    await close();
  });

  it('a page in another language fetches the poll’s language loaders and its words; an English page fetches neither', async () => {
    const spanish = await visit(`<chorus-poll poll="${OPEN}" loading="eager"></chorus-poll>`, 'es');
    await ready(spanish.tab);
    assert.equal(await spanish.tab.locator('chorus-poll [part="vote"]').innerText(), 'Votar');
    assert.ok(has(spanish.scripts(), 'poll.strings.locales'));
    assert.ok(has(spanish.scripts(), 'poll.strings.es'));
    assert.deepEqual(spanish.problems, []);
    await spanish.close();

    const english = await visit(`<chorus-poll poll="${OPEN}" loading="eager"></chorus-poll>`);
    await ready(english.tab);
    assert.equal(await english.tab.locator('chorus-poll [part="vote"]').innerText(), 'Vote');
    assert.equal(
      english.scripts().some((file) => file.startsWith('poll.strings.')),
      false,
    );
    assert.deepEqual(english.problems, []);
    await english.close();
  });
});
