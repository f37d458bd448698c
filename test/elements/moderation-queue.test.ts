import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/moderation-queue/moderation-queue.ts';
import type { ChorusModerationQueue } from '../../src/elements/moderation-queue/moderation-queue.ts';
import { EXAMPLE_TOKEN, exampleStories, fakeAdminServer } from '../../src/elements/moderation-queue/moderation-queue.examples.ts';

type Server = ReturnType<typeof fakeAdminServer>;

const $ = <T extends Element = HTMLElement>(el: ChorusModerationQueue, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: ChorusModerationQueue, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const titles = (el: ChorusModerationQueue) => $$(el, '.story h4').map((h) => text(h));
const announced = (el: ChorusModerationQueue) => text($(el, '[role="status"]'));
const moderations = (server: Server) => server.requests.filter((r) => r.method === 'POST');

async function queue(server: Server = fakeAdminServer(), undoDelay = 60_000, template = html``) {
  const el = await fixture<ChorusModerationQueue>(
    html`<chorus-moderation-queue .adminClient=${server.clientFor} undo-delay=${undoDelay}>${template}</chorus-moderation-queue>`,
  );
  return el;
}

async function submitToken(el: ChorusModerationQueue, token: string) {
  $<HTMLInputElement>(el, '#token')!.value = token;
  $<HTMLButtonElement>(el, '.token-form button[type="submit"]')!.click();
  await el.updateComplete;
}

/** A queue signed in with the right token, its list shown. */
async function signedIn(server: Server = fakeAdminServer(), undoDelay = 60_000) {
  const el = await queue(server, undoDelay);
  await submitToken(el, EXAMPLE_TOKEN);
  await waitUntil(() => $(el, '.stories, .empty, [role="tabpanel"] .failure'), 'the list did not load');
  return el;
}

function storyArticle(el: ChorusModerationQueue, id: string) {
  return $(el, `[data-story="${id}"]`)!;
}

function button(el: ChorusModerationQueue, id: string, className: string) {
  return storyArticle(el, id).querySelector<HTMLButtonElement>(`button.${className}`)!;
}

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

describe('<chorus-moderation-queue>', () => {
  describe('is accessible', () => {
    it('with the token form', async () => {
      const el = await queue();
      await expect(el).to.be.accessible();
    });

    it('with a token error', async () => {
      const el = await queue();
      await submitToken(el, 'wrong');
      await waitUntil(() => $(el, '#token-error'));
      await expect(el).to.be.accessible();
    });

    it('with a list of stories, some flagged', async () => {
      const el = await signedIn();
      expect(el.state).to.equal('ready');
      await expect(el).to.be.accessible();
    });

    it('with a list in the dark theme', async () => {
      const el = await signedIn();
      el.theme = 'dark';
      await expect(el).to.be.accessible();
    });

    it('with an empty list', async () => {
      const el = await signedIn(fakeAdminServer({ stories: [] }));
      expect(el.state).to.equal('empty');
      await expect(el).to.be.accessible();
    });

    it('with a load error', async () => {
      const server = fakeAdminServer();
      const el = await signedIn(server);
      server.fail.set('/admin/stories', 500);
      el.reload();
      await waitUntil(() => el.state === 'error');
      await expect(el).to.be.accessible();
    });

    it('with the help and undo bar open', async () => {
      const el = await signedIn();
      $<HTMLElement>(el, '.help summary')!.click();
      button(el, 'st-1', 'approve').click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('with a digest', async () => {
      const el = await signedIn();
      el.tab = 'digest';
      await el.updateComplete;
      $<HTMLButtonElement>(el, '#panel-digest button[type="submit"]')!.click();
      await waitUntil(() => $(el, '#digest-text'));
      await expect(el).to.be.accessible();
    });
  });

  describe('the admin token', () => {
    it('is asked for with a labelled password field', async () => {
      const el = await queue();
      const input = $<HTMLInputElement>(el, '#token')!;
      expect(input.type).to.equal('password');
      expect(text($(el, 'label[for="token"]'))).to.equal('Admin token');
      expect(input.getAttribute('aria-describedby')).to.equal('token-hint');
      expect(el.signedIn).to.be.false;
    });

    it('asks again, focused, when sent empty', async () => {
      const server = fakeAdminServer();
      const el = await queue(server);
      await submitToken(el, '   ');
      const input = $<HTMLInputElement>(el, '#token')!;
      expect(text($(el, '#token-error'))).to.equal('Error: Enter the admin token');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.equal('token-hint token-error');
      expect(el.shadowRoot!.activeElement).to.equal(input);
      expect(server.requests).to.have.length(0);
    });

    it('is sent as a bearer token and kept in sessionStorage only', async () => {
      const server = fakeAdminServer();
      const el = await signedIn(server);
      expect(server.requests[0]!.authorization).to.equal(`Bearer ${EXAMPLE_TOKEN}`);
      expect(Object.values({ ...sessionStorage })).to.include(EXAMPLE_TOKEN);
      expect(JSON.stringify({ ...localStorage })).not.to.include(EXAMPLE_TOKEN);
      expect(location.href).not.to.include(EXAMPLE_TOKEN);
      expect(el.signedIn).to.be.true;
      expect(el.shadowRoot!.activeElement).to.equal($(el, '#queue-heading'));
    });

    it('is reused from sessionStorage when the element comes back', async () => {
      const server = fakeAdminServer();
      const first = await signedIn(server);
      first.remove();
      const el = await queue(server);
      await waitUntil(() => $(el, '.stories'));
      expect($(el, '#token')).to.be.null;
      expect(server.requests.at(-1)!.authorization).to.equal(`Bearer ${EXAMPLE_TOKEN}`);
    });

    it('is refused with a clear message, stored nowhere, when wrong (401)', async () => {
      const server = fakeAdminServer();
      const el = await queue(server);
      await submitToken(el, 'wrong-token');
      await waitUntil(() => $(el, '#token-error'));
      expect(text($(el, '#token-error'))).to.include('The server did not accept this token');
      expect(el.shadowRoot!.activeElement).to.equal($(el, '#token'));
      expect(JSON.stringify({ ...sessionStorage, ...localStorage })).not.to.include('wrong-token');
      expect(el.signedIn).to.be.false;
      expect($(el, '[role="tablist"]')).to.be.null;
    });

    it('says so and asks again when it expires, changing nothing', async () => {
      const server = fakeAdminServer();
      const el = await signedIn(server);
      server.fail.set('/admin/stories/st-1/approve', 401);
      el.undoDelay = 0;
      button(el, 'st-1', 'approve').click();
      await waitUntil(() => $(el, '#token-error'));
      expect(text($(el, '#token-error'))).to.include('Your admin token was refused');
      expect(text($(el, '#token-error'))).to.include('nothing was changed');
      expect(server.statusOf('st-1')).to.equal('pending');
      expect(JSON.stringify({ ...sessionStorage })).not.to.include(EXAMPLE_TOKEN);
      expect(el.shadowRoot!.activeElement).to.equal($(el, '#token'));
    });

    it('is forgotten on Sign out', async () => {
      const el = await signedIn();
      $<HTMLButtonElement>(el, '.sign-out')!.click();
      await waitUntil(() => $(el, '#token'));
      expect(sessionStorage.length).to.equal(0);
      expect(el.signedIn).to.be.false;
      expect(announced(el)).to.include('Signed out');
    });

    it('tells the moderator when it could not be checked', async () => {
      const el = await queue(fakeAdminServer({ failWith: 503 }));
      await submitToken(el, EXAMPLE_TOKEN);
      await waitUntil(() => $(el, '#token-error'));
      expect(text($(el, '#token-error'))).to.include('the server had a problem');
      expect($<HTMLInputElement>(el, '#token')!.disabled).to.be.false;
      expect(sessionStorage.length).to.equal(0);
    });
  });

  describe('the endpoint', () => {
    const realFetch = window.fetch;
    afterEach(() => {
      window.fetch = realFetch;
      document.head.querySelector('meta[name="chorus-endpoint"]')?.remove();
    });

    it('is where the admin API is called, with the token', async () => {
      const server = fakeAdminServer();
      const urls: string[] = [];
      window.fetch = (input, init) => {
        urls.push(new Request(input).url);
        return server.fetch(input, init);
      };
      const el = await fixture<ChorusModerationQueue>(html`<chorus-moderation-queue endpoint="https://stories.example.org/api/v1/"></chorus-moderation-queue>`);
      el.signIn(EXAMPLE_TOKEN);
      await waitUntil(() => $(el, '.stories'));
      await waitUntil(() => urls.length === 2);
      // The list, then whose token it is (which decides the owner's Moderators tab).
      expect(urls).to.deep.equal(['https://stories.example.org/api/v1/admin/stories?status=pending', 'https://stories.example.org/api/v1/admin/me']);
    });

    it("defaults to the page's <meta name=chorus-endpoint>", async () => {
      const server = fakeAdminServer();
      const urls: string[] = [];
      window.fetch = (input, init) => {
        urls.push(new Request(input).url);
        return server.fetch(input, init);
      };
      const meta = Object.assign(document.createElement('meta'), { name: 'chorus-endpoint', content: 'https://meta.example.org/api/v1' });
      document.head.append(meta);
      const el = await fixture<ChorusModerationQueue>(html`<chorus-moderation-queue></chorus-moderation-queue>`);
      el.signIn(EXAMPLE_TOKEN);
      await waitUntil(() => $(el, '.stories'));
      expect(urls[0]).to.equal('https://meta.example.org/api/v1/admin/stories?status=pending');
    });

    it('says what is missing when there is none', async () => {
      const el = await fixture<ChorusModerationQueue>(html`<chorus-moderation-queue></chorus-moderation-queue>`);
      expect(text($(el, '.failure'))).to.equal('This moderation queue has no server: set its endpoint attribute.');
      expect($(el, '#token')).to.be.null;
    });
  });

  describe('the list', () => {
    it('shows pending stories with everything a moderator needs', async () => {
      const server = fakeAdminServer();
      const el = await signedIn(server);
      expect(server.requests[0]!.query).to.deep.equal({ status: 'pending' });
      expect(titles(el)).to.deep.equal(['How PyLadies Lagos got me my first job', 'Please boost: Django Girls workshop in Quito', 'Our user group turned ten']);
      expect(text($(el, '#queue-heading'))).to.equal('Pending stories (3 stories)');
      const first = storyArticle(el, 'st-1');
      expect(text(first.querySelector('.kind'))).to.equal('Story');
      expect(text(first.querySelector('.meta'))).to.include('Sent 3 hours ago');
      expect(first.querySelector('time')!.getAttribute('datetime')).to.equal(server.stories[0]!.createdAt);
      expect(text(first.querySelector('.meta'))).to.include('By Adaeze Okafor');
      expect(first.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!.href).to.equal('mailto:adaeze@example.org');
      expect(text(first.querySelector('.body strong'))).to.equal('PyLadies');
      expect([...first.querySelectorAll('.body li')].map((li) => text(li))).to.deep.equal(['We met every Saturday', 'We built a bus tracker']);
      expect(text(storyArticle(el, 'st-3').querySelector('.meta'))).to.include('no e-mail address');
    });

    it('shows spam flags clearly and ties them to the story', async () => {
      const el = await signedIn();
      const flagged = storyArticle(el, 'st-2');
      expect(text(flagged.querySelector('[part="flags"]'))).to.equal('Warnings: Likely spam: sent very fast');
      expect(flagged.getAttribute('aria-describedby')).to.equal('flags-st-2');
      expect(storyArticle(el, 'st-1').querySelector('[part="flags"]')).to.be.null;
    });

    it('renders the body safely', async () => {
      const el = await signedIn();
      const body = storyArticle(el, 'st-3').querySelector('.body')!;
      expect(body.querySelector('script')).to.be.null;
      expect(text(body)).to.equal('Ten years of monthly meetups.');
      expect(text(body.querySelector('em'))).to.equal('monthly');
    });

    it('keeps the rendered text in place while the moderator works', async () => {
      const el = await signedIn();
      const emphasis = storyArticle(el, 'st-3').querySelector('.body em');
      button(el, 'st-1', 'approve').click();
      await el.updateComplete;
      el.undo('st-1');
      await el.updateComplete;
      expect(storyArticle(el, 'st-3').querySelector('.body em')).to.equal(emphasis);
      expect(text(storyArticle(el, 'st-1').querySelector('.body strong'))).to.equal('PyLadies');
    });

    it('never loads a submitted image (it could track the moderator)', async () => {
      const [story] = exampleStories();
      const el = await signedIn(fakeAdminServer({ stories: [{ ...story!, body: 'Look: ![us](https://tracker.example/pixel.png)' }] }));
      const body = storyArticle(el, 'st-1').querySelector('.body')!;
      expect(body.querySelector('img')).to.be.null;
      expect(text(body)).to.include('us');
    });

    it('lists another status when the filter changes, with where approved stories were shared', async () => {
      const server = fakeAdminServer();
      const el = await signedIn(server);
      const select = $<HTMLSelectElement>(el, '#status')!;
      select.value = 'approved';
      select.dispatchEvent(new Event('change'));
      await waitUntil(() => titles(el).includes('A new mentoring programme'));
      expect(server.requests.at(-1)!.query).to.deep.equal({ status: 'approved' });
      expect(el.status).to.equal('approved');
      const shared = storyArticle(el, 'st-5').querySelectorAll<HTMLAnchorElement>('.amplified a');
      expect([...shared].map((a) => [text(a), a.href])).to.deep.equal([
        ['GitHub issue', 'https://github.com/example/stories/issues/12'],
        ['Forum topic', 'https://discuss.example.org/t/pycon-africa-2026/123'],
      ]);
      expect(text(storyArticle(el, 'st-6').querySelector('.amplified'))).to.equal('Not shared to GitHub or the forum yet.');
      // GitHub and the forum report under amplification (below); the Discord notice stays a delivery.
      expect(text(storyArticle(el, 'st-6').querySelector('.deliveries'))).to.equal('Deliveries: Discord: sent;');
      expect(storyArticle(el, 'st-5').querySelector('button.approve')).to.be.null;
    });

    it('says when there is nothing to review', async () => {
      const el = await signedIn(fakeAdminServer({ stories: [] }));
      expect(text($(el, '.empty'))).to.equal('No stories are waiting. You are all caught up.');
    });

    it('offers to try again after a failed load', async () => {
      const server = fakeAdminServer();
      const el = await signedIn(server);
      server.fail.set('/admin/stories', 500);
      const failed = oneEvent(el, 'chorus-error');
      el.reload();
      expect((await failed).detail).to.deep.equal({ code: 'server', message: 'The stories could not be loaded: the server had a problem.' });
      await waitUntil(() => el.state === 'error');
      expect(text($(el, '#panel-queue [role="alert"]'))).to.include('The stories could not be loaded: the server had a problem.');
      $<HTMLButtonElement>(el, '#panel-queue .failure button')!.click();
      await waitUntil(() => el.state === 'ready');
      expect(titles(el)).to.have.length(3);
    });

    it('speaks Spanish', async () => {
      const server = fakeAdminServer();
      const el = await signedIn(server);
      el.setAttribute('lang', 'es');
      await waitUntil(() => text($(el, '#queue-heading')).startsWith('Historias'));
      expect(text($(el, '#queue-heading'))).to.equal('Historias pendientes (3 historias)');
      expect(text(button(el, 'st-1', 'approve'))).to.include('Aprobar');
    });
  });

  describe('moderating with buttons', () => {
    const cases = [
      ['approve', '/admin/stories/st-1/approve', { amplify: ['github', 'mastodon'] }, 'approved', 'Approved “How PyLadies Lagos got me my first job”.'],
      ['reject', '/admin/stories/st-1/reject', undefined, 'rejected', 'Rejected “How PyLadies Lagos got me my first job”.'],
      ['spam', '/admin/stories/st-1/reject', { spam: true }, 'spam', 'Marked “How PyLadies Lagos got me my first job” as spam.'],
    ] as const;
    for (const [action, path, body, status, message] of cases) {
      it(`${action}: hides the story, announces it, then sends ${path}`, async () => {
        const server = fakeAdminServer();
        const el = await signedIn(server, 0);
        const confirmed = oneEvent(el, 'chorus-moderate');
        button(el, 'st-1', action).click();
        await el.updateComplete;
        expect(titles(el)).not.to.include('How PyLadies Lagos got me my first job');
        expect(announced(el)).to.equal(`${message} Press U to undo.`);
        const event = await confirmed;
        expect(event.detail.action).to.equal(action);
        expect(event.detail.story.status).to.equal(status);
        const [request] = moderations(server);
        expect(request).to.deep.include({ method: 'POST', path, authorization: `Bearer ${EXAMPLE_TOKEN}`, body });
        expect(server.statusOf('st-1')).to.equal(status);
        expect(el.shadowRoot!.activeElement).to.equal(storyArticle(el, 'st-2'));
      });
    }

    it('waits for the undo window before sending', async () => {
      const server = fakeAdminServer();
      const el = await signedIn(server);
      button(el, 'st-1', 'approve').click();
      await el.updateComplete;
      expect(moderations(server)).to.have.length(0);
      expect(text($(el, '[part="undo"]'))).to.include('Approved “How PyLadies Lagos got me my first job”.');
      await el.flushPending();
      expect(moderations(server)).to.have.length(1);
      expect($(el, '[part="undo"]')).to.be.null;
    });

    it('Undo puts the story back where it was and sends nothing', async () => {
      const server = fakeAdminServer();
      const el = await signedIn(server);
      button(el, 'st-2', 'spam').click();
      await el.updateComplete;
      $<HTMLButtonElement>(el, '[part="undo"] button')!.click();
      await el.updateComplete;
      expect(titles(el)[1]).to.equal('Please boost: Django Girls workshop in Quito');
      expect(announced(el)).to.equal('Undone: “Please boost: Django Girls workshop in Quito” is back in the list.');
      await el.flushPending();
      expect(moderations(server)).to.have.length(0);
      expect(el.shadowRoot!.activeElement).to.equal(storyArticle(el, 'st-2'));
    });

    it('holds the undo window while focus is on Undo', async () => {
      const server = fakeAdminServer();
      const el = await signedIn(server, 20);
      button(el, 'st-1', 'approve').click();
      await el.updateComplete;
      $<HTMLButtonElement>(el, '[part="undo"] button')!.focus();
      await aTimeout(100);
      expect(moderations(server)).to.have.length(0);
      storyArticle(el, 'st-2').focus();
      await waitUntil(() => moderations(server).length === 1);
    });

    it('sends an action once, and no longer offers Undo once it is sent', async () => {
      const server = fakeAdminServer();
      const el = await signedIn(server);
      button(el, 'st-1', 'approve').click();
      await el.updateComplete;
      const first = el.flushPending();
      const second = el.flushPending();
      el.undo('st-1');
      await Promise.all([first, second]);
      expect(moderations(server)).to.have.length(1);
      expect(titles(el)).not.to.include('How PyLadies Lagos got me my first job');
      expect(server.statusOf('st-1')).to.equal('approved');
    });

    it('rolls back with a message when the server fails', async () => {
      const server = fakeAdminServer();
      const el = await signedIn(server, 0);
      server.fail.set('/admin/stories/st-1/approve', 500);
      const failed = oneEvent(el, 'chorus-error');
      button(el, 'st-1', 'approve').click();
      const event = await failed;
      await el.updateComplete;
      const message = 'Could not approve “How PyLadies Lagos got me my first job”: the server had a problem. It is back in the list.';
      expect(event.detail).to.deep.equal({ code: 'server', message });
      expect(text($(el, '[role="alert"] p'))).to.equal(message);
      expect(titles(el)[0]).to.equal('How PyLadies Lagos got me my first job');
      expect(server.statusOf('st-1')).to.equal('pending');
    });

    it('shows the empty state when the last story is moderated', async () => {
      const stories = exampleStories().filter((s) => s.id === 'st-1');
      const el = await signedIn(fakeAdminServer({ stories }));
      button(el, 'st-1', 'reject').click();
      await el.updateComplete;
      expect(el.state).to.equal('empty');
      expect(el.shadowRoot!.activeElement).to.equal($(el, '#queue-heading'));
    });
  });

  describe('keyboard shortcuts', () => {
    it('J and K move between stories', async () => {
      const el = await signedIn();
      storyArticle(el, 'st-1').focus();
      await sendKeys({ press: 'j' });
      expect(el.shadowRoot!.activeElement).to.equal(storyArticle(el, 'st-2'));
      await sendKeys({ press: 'j' });
      await sendKeys({ press: 'j' });
      expect(el.shadowRoot!.activeElement).to.equal(storyArticle(el, 'st-3'));
      await sendKeys({ press: 'k' });
      expect(el.shadowRoot!.activeElement).to.equal(storyArticle(el, 'st-2'));
      expect(storyArticle(el, 'st-2').tabIndex).to.equal(0);
      expect(storyArticle(el, 'st-1').tabIndex).to.equal(-1);
    });

    const keys = [
      ['a', '/admin/stories/st-2/approve', { amplify: ['mastodon', 'bluesky'] }],
      ['r', '/admin/stories/st-2/reject', undefined],
      ['s', '/admin/stories/st-2/reject', { spam: true }],
    ] as const;
    for (const [key, path, body] of keys) {
      it(`${key.toUpperCase()} acts on the focused story`, async () => {
        const server = fakeAdminServer();
        const el = await signedIn(server);
        storyArticle(el, 'st-2').querySelector<HTMLButtonElement>('button')!.focus();
        await sendKeys({ press: key });
        await el.flushPending();
        expect(moderations(server).map((r) => [r.path, r.body])).to.deep.equal([[path, body]]);
      });
    }

    it('U undoes the last action', async () => {
      const server = fakeAdminServer();
      const el = await signedIn(server);
      storyArticle(el, 'st-1').focus();
      await sendKeys({ press: 'a' });
      expect(titles(el)).to.have.length(2);
      await sendKeys({ press: 'u' });
      expect(titles(el)).to.have.length(3);
      await el.flushPending();
      expect(moderations(server)).to.have.length(0);
    });

    it('do nothing while typing in a field', async () => {
      const server = fakeAdminServer();
      const el = await signedIn(server);
      $<HTMLSelectElement>(el, '#status')!.focus();
      await sendKeys({ press: 'r' });
      await el.flushPending();
      expect($(el, '[part="undo"]')).to.be.null;
      expect(moderations(server)).to.have.length(0);
    });

    it('can be turned off with no-shortcuts', async () => {
      const server = fakeAdminServer();
      const el = await signedIn(server);
      el.noShortcuts = true;
      await el.updateComplete;
      storyArticle(el, 'st-1').focus();
      await sendKeys({ press: 'a' });
      await sendKeys({ press: 'j' });
      await el.flushPending();
      expect(moderations(server)).to.have.length(0);
      expect(el.shadowRoot!.activeElement).to.equal(storyArticle(el, 'st-1'));
      expect($(el, '[part="help"]')).to.be.null;
      expect(button(el, 'st-1', 'approve').hasAttribute('aria-keyshortcuts')).to.be.false;
    });

    it('are listed in a visible help, opened with ?', async () => {
      const el = await signedIn();
      const help = $<HTMLDetailsElement>(el, '[part="help"]')!;
      expect(text(help.querySelector('summary'))).to.equal('Keyboard shortcuts');
      expect(help.open).to.be.false;
      storyArticle(el, 'st-1').focus();
      await sendKeys({ press: '?' });
      await el.updateComplete;
      expect(help.open).to.be.true;
      expect($$(el, '[part="help"] kbd').map((k) => text(k))).to.deep.equal(['J', 'K', 'A', 'R', 'S', 'U', '?']);
    });
  });

  describe('tabs', () => {
    it('follow the ARIA tabs pattern', async () => {
      const el = await signedIn();
      const [queueTab, digestTab] = $$(el, '[role="tab"]');
      expect(queueTab!.getAttribute('aria-selected')).to.equal('true');
      expect(queueTab!.getAttribute('aria-controls')).to.equal('panel-queue');
      expect(digestTab!.tabIndex).to.equal(-1);
      queueTab!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.tab).to.equal('digest');
      expect(el.shadowRoot!.activeElement).to.equal($(el, '#tab-digest'));
      expect($(el, '#panel-queue')!.hidden).to.be.true;
      expect($(el, '#panel-digest')!.hidden).to.be.false;
      await sendKeys({ press: 'Home' });
      expect(el.tab).to.equal('queue');
    });

    it('reverse the arrow keys right to left', async () => {
      const el = await signedIn();
      el.dir = 'rtl';
      $<HTMLElement>(el, '#tab-queue')!.focus();
      await sendKeys({ press: 'ArrowLeft' });
      expect(el.tab).to.equal('digest');
    });
  });

  describe('the digest', () => {
    async function digestTab(server = fakeAdminServer()) {
      const el = await signedIn(server);
      $<HTMLButtonElement>(el, '#tab-digest')!.click();
      await el.updateComplete;
      return el;
    }

    it('defaults to the last seven days in Markdown', async () => {
      const el = await digestTab();
      const day = (offset: number) => {
        const date = new Date(Date.now() - offset * 86_400_000);
        return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
      };
      expect($<HTMLInputElement>(el, '#since')!.value).to.equal(day(7));
      expect($<HTMLInputElement>(el, '#until')!.value).to.equal(day(0));
      expect($<HTMLInputElement>(el, 'input[value="markdown"]')!.checked).to.be.true;
    });

    it('fetches the range and shows the text read-only', async () => {
      const server = fakeAdminServer();
      const el = await digestTab(server);
      $<HTMLInputElement>(el, '#since')!.value = '2026-11-01';
      $<HTMLInputElement>(el, '#since')!.dispatchEvent(new Event('input'));
      $<HTMLInputElement>(el, 'input[value="html"]')!.click();
      $<HTMLButtonElement>(el, '#panel-digest button[type="submit"]')!.click();
      await waitUntil(() => $(el, '#digest-text'));
      const request = server.requests.at(-1)!;
      expect(request.path).to.equal('/admin/digest');
      expect(request.query.since).to.equal('2026-11-01');
      expect(request.query.format).to.equal('html');
      expect(request.authorization).to.equal(`Bearer ${EXAMPLE_TOKEN}`);
      const area = $<HTMLTextAreaElement>(el, '#digest-text')!;
      expect(area.readOnly).to.be.true;
      expect(area.value).to.include('<strong>PyCon Africa 2026 call for proposals</strong> by Kwame Mensah');
      expect(announced(el)).to.equal('The digest is ready.');
    });

    it('says why it could not be built', async () => {
      const server = fakeAdminServer();
      const el = await digestTab(server);
      server.fail.set('/admin/digest', 503);
      const failed = oneEvent(el, 'chorus-error');
      $<HTMLButtonElement>(el, '#panel-digest button[type="submit"]')!.click();
      const message = 'The digest could not be built: the server had a problem.';
      expect((await failed).detail).to.deep.equal({ code: 'server', message });
      await waitUntil(() => $(el, '#panel-digest [role="alert"]'));
      expect(text($(el, '#panel-digest .failure'))).to.equal(message);
      expect(el.state).to.equal('error');
    });

    it('asks for the token again when it is refused', async () => {
      const server = fakeAdminServer();
      const el = await digestTab(server);
      server.fail.set('/admin/digest', 401);
      $<HTMLButtonElement>(el, '#panel-digest button[type="submit"]')!.click();
      await waitUntil(() => $(el, '#token-error'));
      expect(text($(el, '#token-error'))).to.include('Your admin token was refused');
      expect(sessionStorage.length).to.equal(0);
    });

    it('asks for a range in order', async () => {
      const server = fakeAdminServer();
      const el = await digestTab(server);
      const since = $<HTMLInputElement>(el, '#since')!;
      since.value = '2030-01-01';
      since.dispatchEvent(new Event('input'));
      $<HTMLButtonElement>(el, '#panel-digest button[type="submit"]')!.click();
      await el.updateComplete;
      expect(text($(el, '#since-error'))).to.equal('Error: The first day must be on or before the last day');
      expect(since.getAttribute('aria-invalid')).to.equal('true');
      expect(el.shadowRoot!.activeElement).to.equal(since);
      expect(server.requests.some((r) => r.path === '/admin/digest')).to.be.false;
    });

    describe('Copy', () => {
      const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
      afterEach(() => Object.defineProperty(Navigator.prototype, 'clipboard', original));

      async function built() {
        const el = await digestTab();
        $<HTMLButtonElement>(el, '#panel-digest button[type="submit"]')!.click();
        await waitUntil(() => $(el, '#digest-text'));
        return el;
      }

      it('copies the text and says so', async () => {
        let copied = '';
        Object.defineProperty(Navigator.prototype, 'clipboard', {
          configurable: true,
          get: () => ({ writeText: async (value: string) => void (copied = value) }),
        });
        const el = await built();
        $<HTMLButtonElement>(el, '.copy button')!.click();
        await waitUntil(() => announced(el) === 'Copied to the clipboard.');
        expect(copied).to.equal($<HTMLTextAreaElement>(el, '#digest-text')!.value);
        expect(text($(el, '.copy span'))).to.equal('Copied to the clipboard.');
      });

      it('selects the text when the clipboard refuses', async () => {
        Object.defineProperty(Navigator.prototype, 'clipboard', {
          configurable: true,
          get: () => ({ writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) }),
        });
        const el = await built();
        $<HTMLButtonElement>(el, '.copy button')!.click();
        await waitUntil(() => announced(el).startsWith('Could not copy automatically'));
        const area = $<HTMLTextAreaElement>(el, '#digest-text')!;
        expect(el.shadowRoot!.activeElement).to.equal(area);
        expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
      });
    });
  });
});
