import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/elements/moderation-queue/moderation-queue.ts';
import type { ChorusModerationQueue } from '../../src/elements/moderation-queue/moderation-queue.ts';
import {
  EXAMPLE_MODERATOR_TOKEN,
  EXAMPLE_TOKEN,
  fakeAdminServer,
  type FakeAdminServerOptions,
} from '../../src/elements/moderation-queue/moderation-queue.examples.ts';

// Who decided and undoing it, the audit log, moderator accounts, where stories came from,
// the amplification choice, delivery statuses and share kits: against the in-memory admin API
// behind the real AdminClient, with real pointer and keyboard input.

type Server = ReturnType<typeof fakeAdminServer>;

const $ = <T extends Element = HTMLElement>(el: ChorusModerationQueue, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: ChorusModerationQueue, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const announced = (el: ChorusModerationQueue) => text($(el, '[role="status"]'));
const active = (el: ChorusModerationQueue) => el.shadowRoot!.activeElement;
const article = (el: ChorusModerationQueue, id: string) => $(el, `[data-story="${id}"]`)!;
const posts = (server: Server) => server.requests.filter((r) => r.method !== 'GET');

/** A real pointer click in the middle of an element. */
async function click(node: Element) {
  node.scrollIntoView({ block: 'center' });
  const box = node.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

async function signedIn(server: Server = fakeAdminServer(), { status = 'pending', token = EXAMPLE_TOKEN, lang = 'en', owner = true } = {}) {
  const el = await fixture<ChorusModerationQueue>(
    html`<chorus-moderation-queue lang=${lang} .adminClient=${server.clientFor} status=${status} undo-delay="0"></chorus-moderation-queue>`,
  );
  el.signIn(token);
  await waitUntil(() => $(el, '.stories, .empty'), 'the list did not load');
  // The tabs are complete once the server said whose token it is.
  if (owner) await waitUntil(() => $(el, '#tab-moderators'), 'the owner got no Moderators tab');
  else await waitUntil(() => server.requests.some((r) => r.path === '/admin/me'));
  await el.updateComplete;
  return el;
}

async function openTab(el: ChorusModerationQueue, tab: string) {
  await click($(el, `#tab-${tab}`)!);
  await el.updateComplete;
  await waitUntil(() => el.state !== 'loading', `the ${tab} tab did not load`);
}

const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
function clipboard(writeText: (value: string) => Promise<void>) {
  Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => ({ writeText }) });
}

beforeEach(() => sessionStorage.clear());
afterEach(() => Object.defineProperty(Navigator.prototype, 'clipboard', original));

describe('<chorus-moderation-queue> tools', () => {
  describe('is accessible', function () {
    // axe over a whole signed-in queue is slow on a busy machine; nothing here measures time.
    this.timeout(30_000);
    it('with decisions, origins, delivery statuses and an open share kit', async () => {
      const el = await signedIn(fakeAdminServer(), { status: 'approved' });
      await click(article(el, 'st-5').querySelector('.share-kit summary')!);
      await waitUntil(() => article(el, 'st-5').querySelector('.kit'));
      await expect(el).to.be.accessible();
    });

    it('with the amplification choice', async () => {
      const el = await signedIn();
      await expect(el).to.be.accessible();
    });

    it('with the audit log', async () => {
      const el = await signedIn();
      await openTab(el, 'audit');
      await expect(el).to.be.accessible();
    });

    it('with the moderators, a new token and a revocation to confirm', async () => {
      const el = await signedIn();
      await openTab(el, 'moderators');
      $<HTMLInputElement>(el, '#moderator-name')!.focus();
      await sendKeys({ type: 'Linus' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '#new-token'));
      await click($(el, '[data-moderator="m-grace"] .revoke')!);
      await expect(el).to.be.accessible();
    });
  });

  describe('decisions', () => {
    it('say who decided and how long ago', async () => {
      const el = await signedIn(fakeAdminServer(), { status: 'approved' });
      const decided = article(el, 'st-5').querySelector('[part="decided"]')!;
      expect(text(decided)).to.equal('Approved by Ada, 2 hours ago');
      expect(decided.querySelector('time')!.dateTime).to.match(/^\d{4}-\d\d-\d\dT/);
      expect(text(article(el, 'st-6').querySelector('[part="decided"]'))).to.equal('Approved by Owner, 1 hour ago');
    });

    it('say it in Spanish', async () => {
      const el = await signedIn(fakeAdminServer(), { status: 'approved', lang: 'es' });
      await waitUntil(() => text(article(el, 'st-5').querySelector('[part="decided"]')) === 'Aprobada por Ada, hace 2 horas');
    });

    it('are not claimed for a pending story nobody decided', async () => {
      const el = await signedIn();
      expect(article(el, 'st-1').querySelector('[part="decided"]')).to.be.null;
      expect(article(el, 'st-1').querySelector('.undo-decision')).to.be.null;
    });

    it('can be undone on the server, with the status the moderator saw', async () => {
      const server = fakeAdminServer();
      const el = await signedIn(server, { status: 'approved' });
      const undone = oneEvent(el, 'chorus-moderate');
      await click(article(el, 'st-5').querySelector('.undo-decision')!);
      const event = await undone;
      expect(event.detail.action).to.equal('undo');
      expect(event.detail.story.status).to.equal('pending');
      expect(posts(server).map((r) => [r.path, r.body])).to.deep.equal([['/admin/stories/st-5/undo', { expectedStatus: 'approved' }]]);
      await el.updateComplete;
      expect($(el, '[data-story="st-5"]')).to.be.null;
      expect(announced(el)).to.equal('Decision undone: “PyCon Africa 2026 call for proposals” is back in “Pending”.');
      expect(server.statusOf('st-5')).to.equal('pending');
      expect(active(el)).to.equal(article(el, 'st-6'));
    });

    it('are not undone when someone changed the story since, and the moderator is told', async () => {
      const server = fakeAdminServer();
      const el = await signedIn(server, { status: 'approved' });
      server.stories.find((s) => s.id === 'st-5')!.status = 'rejected';
      await click(article(el, 'st-5').querySelector('.undo-decision')!);
      await waitUntil(() => $(el, '.failure[role="alert"]'));
      expect(text($(el, '.failure p'))).to.equal(
        '“PyCon Africa 2026 call for proposals” was changed by someone else since this list was loaded. Reload the list to see where it is now.',
      );
      expect(server.statusOf('st-5')).to.equal('rejected');
      expect($(el, '[data-story="st-5"]')).to.exist;
    });
  });

  describe('tabs', () => {
    it('offer the owner Queue, Digest, Polls, Audit log and Moderators, by arrow keys', async () => {
      const el = await signedIn();
      expect($$(el, '[role="tab"]').map((tab) => text(tab))).to.deep.equal(['Queue', 'Digest', 'Polls', 'Audit log', 'Moderators']);
      $<HTMLElement>(el, '#tab-queue')!.focus();
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(el.tab).to.equal('moderators');
      expect(active(el)).to.equal($(el, '#tab-moderators'));
      expect($(el, '#panel-moderators')!.hidden).to.be.false;
      expect($(el, '#panel-moderators')!.getAttribute('aria-labelledby')).to.equal('tab-moderators');
      await sendKeys({ press: 'ArrowLeft' });
      expect(el.tab).to.equal('audit');
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      expect(el.tab).to.equal('queue');
    });

    for (const [who, options, token] of [
      ['a moderator', {}, EXAMPLE_MODERATOR_TOKEN],
      ['a token the server calls a moderator', { role: 'moderator' }, EXAMPLE_TOKEN],
    ] as const) {
      it(`leave out Moderators for ${who}`, async () => {
        const server = fakeAdminServer(options as FakeAdminServerOptions);
        // Hold on to the answer to "whose token is this?", so the check below comes after the queue has it.
        const answers: Promise<unknown>[] = [];
        const clientFor = server.clientFor;
        server.clientFor = (each: string) => {
          const client = clientFor(each);
          const me = client.me?.bind(client);
          if (me)
            client.me = (init) => {
              const answer = me(init);
              answers.push(answer);
              return answer;
            };
          return client;
        };
        const el = await signedIn(server, { token, owner: false });
        await waitUntil(() => answers.length > 0, 'the queue never asked whose token it is');
        await Promise.allSettled(answers);
        await el.updateComplete;
        // Told who the token is, the queue still offers no Moderators tab.
        expect($$(el, '[role="tab"]').map((tab) => text(tab))).to.deep.equal(['Queue', 'Digest', 'Polls', 'Audit log']);
        el.tab = 'moderators';
        await el.updateComplete;
        expect($(el, '#panel-queue')!.hidden).to.be.false;
      });
    }
  });

  describe('the audit log', () => {
    it('pages through every decision, newest first, keeping the reader’s place', async () => {
      const server = fakeAdminServer();
      const el = await signedIn(server);
      await openTab(el, 'audit');
      const rows = () => $$(el, '.audit tbody tr').map((row) => [...row.querySelectorAll('td')].map((cell) => text(cell)));
      expect(rows()).to.have.length(4);
      expect(rows()[0]!.slice(1)).to.deep.equal(['Owner', 'Approved', 'A new mentoring programme', 'Pending → Approved']);
      expect(rows()[3]).to.include('Undid a decision').and.to.include('A deleted story');
      expect(text($(el, '.audit caption'))).to.equal('Moderation decisions, newest first');
      await click($(el, '.audit-more')!);
      await el.updateComplete;
      expect(server.requests.filter((r) => r.path === '/admin/audit').map((r) => r.query)).to.deep.equal([{}, { cursor: '4' }]);
      expect(rows()).to.have.length(6);
      expect(active(el)).to.equal($$(el, '.audit tbody tr')[4]);
      expect($(el, '.audit-more')).to.be.null;
      expect(announced(el)).to.equal('2 more decisions shown. That is the first decision: there is nothing older.');
    });

    it('shows decisions made since it was last open', async () => {
      const server = fakeAdminServer();
      const el = await signedIn(server);
      await openTab(el, 'audit');
      await openTab(el, 'queue');
      await click(article(el, 'st-1').querySelector('button.approve')!);
      await waitUntil(() => posts(server).length > 0, 'nothing was sent');
      await openTab(el, 'audit');
      await waitUntil(() => text($(el, '.audit tbody tr')).includes('How PyLadies Lagos got me my first job'));
    });

    it('includes a decision made in the queue', async () => {
      const server = fakeAdminServer();
      const el = await signedIn(server);
      await click(article(el, 'st-1').querySelector('button.approve')!);
      await waitUntil(() => posts(server).length > 0, 'nothing was sent');
      await openTab(el, 'audit');
      expect(text($(el, '.audit tbody tr')))
        .to.include('Owner')
        .and.to.include('How PyLadies Lagos got me my first job');
    });

    it('says why it could not load, and tries again', async () => {
      const server = fakeAdminServer();
      const el = await signedIn(server);
      server.fail.set('/admin/audit', 503);
      await openTab(el, 'audit');
      expect(el.state).to.equal('error');
      expect(text($(el, '.audit .failure'))).to.match(/^The audit log could not be loaded: /);
      await click($(el, '.audit-more')!);
      await el.updateComplete;
      expect($$(el, '.audit tbody tr')).to.have.length(4);
    });
  });

  describe('moderators', () => {
    async function moderatorsTab(server = fakeAdminServer()) {
      const el = await signedIn(server);
      await openTab(el, 'moderators');
      return el;
    }
    const names = (el: ChorusModerationQueue) => $$(el, '.moderator .name').map((n) => text(n));

    it('lists the accounts', async () => {
      const el = await moderatorsTab();
      expect(names(el)).to.deep.equal(['Ada', 'Grace']);
      expect(text($(el, '#moderators-list-heading'))).to.equal('2 moderators');
    });

    it('adds one and shows its token once, with a copy button', async () => {
      const server = fakeAdminServer();
      const el = await moderatorsTab(server);
      let copied = '';
      clipboard(async (value) => void (copied = value));
      $<HTMLInputElement>(el, '#moderator-name')!.focus();
      await sendKeys({ type: '  Linus  ' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '#new-token'));
      const request = posts(server).at(-1)!;
      expect([request.path, request.body]).to.deep.equal(['/admin/moderators', { name: 'Linus' }]);
      const token = $<HTMLInputElement>(el, '#new-token')!;
      expect(token.value).to.match(/^chorus_mod_example_/);
      expect(token.readOnly).to.be.true;
      expect(server.tokens.get(token.value)?.name).to.equal('Linus');
      expect(active(el)).to.equal($(el, '#new-token-heading'));
      expect(text($(el, '#new-token-heading'))).to.equal('Token for Linus');
      expect(announced(el)).to.equal('Added Linus. Copy their token now: it is shown only once.');
      expect(names(el)).to.deep.equal(['Ada', 'Grace', 'Linus']);
      expect($<HTMLInputElement>(el, '#moderator-name')!.value).to.equal('');

      await click($(el, '.copy-token')!);
      await waitUntil(() => announced(el) === 'The token was copied to the clipboard.');
      expect(copied).to.equal(token.value);

      const secret = token.value;
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect($(el, '#new-token')).to.be.null;
      expect(el.shadowRoot!.innerHTML).not.to.include(secret);
      expect(active(el)).to.equal($(el, '#moderator-name'));
    });

    it('selects the token when the clipboard refuses', async () => {
      const el = await moderatorsTab();
      clipboard(() => Promise.reject(new DOMException('Denied', 'NotAllowedError')));
      $<HTMLInputElement>(el, '#moderator-name')!.focus();
      await sendKeys({ type: 'Linus' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '#new-token'));
      await click($(el, '.copy-token')!);
      await waitUntil(() => announced(el).startsWith('Could not copy automatically'));
      const token = $<HTMLInputElement>(el, '#new-token')!;
      expect(active(el)).to.equal(token);
      expect([token.selectionStart, token.selectionEnd]).to.deep.equal([0, token.value.length]);
    });

    it('asks for a name, and for another one when it is taken', async () => {
      const server = fakeAdminServer();
      const el = await moderatorsTab(server);
      const field = $<HTMLInputElement>(el, '#moderator-name')!;
      await click($(el, '.add-moderator button[type="submit"]')!);
      await el.updateComplete;
      expect(text($(el, '#name-error'))).to.equal('Error: Enter the moderator’s name');
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      expect(field.getAttribute('aria-describedby')).to.equal('moderator-name-hint name-error');
      expect(active(el)).to.equal(field);
      expect(posts(server)).to.have.length(0);
      await sendKeys({ type: 'Ada' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => text($(el, '#name-error')).includes('already exists'));
      expect(text($(el, '#name-error'))).to.equal('Error: A moderator named “Ada” already exists. Choose another name.');
      expect(active(el)).to.equal(field);
      expect($(el, '#new-token')).to.be.null;
    });

    it('revokes one only after a confirmation', async () => {
      const server = fakeAdminServer();
      const el = await moderatorsTab(server);
      await click($(el, '[data-moderator="m-grace"] .revoke')!);
      await el.updateComplete;
      expect(text($(el, '#confirm-m-grace'))).to.equal('Revoke Grace’s token? They are signed out at once and cannot sign in with it again.');
      expect(active(el)).to.equal($(el, '[data-moderator="m-grace"] .revoke-yes'));
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(active(el)).to.equal($(el, '[data-moderator="m-grace"] .revoke'));
      expect(posts(server)).to.have.length(0);

      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => announced(el) === 'Revoked Grace’s token.');
      expect(posts(server).map((r) => [r.method, r.path])).to.deep.equal([['DELETE', '/admin/moderators/m-grace']]);
      expect(names(el)).to.deep.equal(['Ada']);
      expect(active(el)).to.equal($(el, '#moderators-list-heading'));
    });
  });

  describe('where stories came from', () => {
    it('shows the channel by icon and name, the member’s handle and a link to the original', async () => {
      const el = await signedIn();
      const slack = article(el, 'st-2').querySelector('[part="origin"]')!;
      expect(text(slack)).to.equal('Came in through Slack as mateo.a · Open the original “Please boost: Django Girls workshop in Quito”');
      expect(slack.querySelector('.channel svg')!.getAttribute('aria-hidden')).to.equal('true');
      expect(text(slack.querySelector('.channel'))).to.equal('Slack');
      const link = slack.querySelector<HTMLAnchorElement>('a')!;
      expect(link.href).to.equal('https://example-community.slack.com/archives/C024BE91L/p1700000000000100');
      expect(link.rel).to.equal('noopener noreferrer nofollow');
      expect(text(article(el, 'st-1').querySelector('[part="origin"]'))).to.equal('Came in through Web form');
      expect(article(el, 'st-1').querySelector('[part="origin"] a')).to.be.null;
      expect(text(article(el, 'st-3').querySelector('[part="origin"] .channel'))).to.equal('Forum');
    });

    it('filters by channel', async () => {
      const server = fakeAdminServer();
      const el = await signedIn(server);
      const select = $<HTMLSelectElement>(el, '#channel')!;
      expect(text($(el, 'label[for="channel"]'))).to.equal('Channel');
      expect([...select.options].map((o) => o.text)).to.deep.equal(['All channels', 'Web form', 'GitHub', 'Forum', 'Slack', 'Discord']);
      select.focus();
      select.value = 'slack';
      select.dispatchEvent(new Event('change'));
      await waitUntil(() => $$(el, '.story').length === 1);
      expect(server.requests.filter((r) => r.path === '/admin/stories').at(-1)!.query).to.deep.equal({ status: 'pending', channel: 'slack' });
      expect(el.getAttribute('channel')).to.equal('slack');
      expect(article(el, 'st-2')).to.exist;
    });

    it('lists every channel when the channel attribute is unknown', async () => {
      const server = fakeAdminServer();
      const el = await signedIn(server);
      el.setAttribute('channel', 'carrier-pigeon');
      await el.updateComplete;
      await waitUntil(() => $$(el, '.story').length === 3);
      expect(server.requests.filter((r) => r.path === '/admin/stories').every((r) => !('channel' in r.query))).to.be.true;
    });
  });

  describe('amplification', () => {
    it('offers the story’s channels, the preselected ones ticked, and sends the choice on approve', async () => {
      const server = fakeAdminServer();
      const el = await signedIn(server);
      const story = article(el, 'st-1');
      const boxes = [...story.querySelectorAll<HTMLInputElement>('[part="amplify"] input[type="checkbox"]')];
      expect(text(story.querySelector('[part="amplify"] legend'))).to.equal('On approval, share to');
      expect(boxes.map((box) => [text(box.closest('label')), box.checked])).to.deep.equal([
        ['GitHub: open an issue', true],
        ['Forum: open a topic', false],
        ['Mastodon: new post', true],
        ['Bluesky: new post', false],
      ]);
      await click(boxes[3]!);
      boxes[0]!.focus();
      await sendKeys({ press: 'Space' });
      expect(boxes.map((box) => box.checked)).to.deep.equal([false, false, true, true]);
      await click(story.querySelector('button.approve')!);
      await waitUntil(() => posts(server).length > 0, 'nothing was sent');
      expect(posts(server).map((r) => [r.path, r.body])).to.deep.equal([['/admin/stories/st-1/approve', { amplify: ['mastodon', 'bluesky'] }]]);
    });

    it('says when nothing is ticked, and then amplifies nowhere', async () => {
      const server = fakeAdminServer();
      const el = await signedIn(server);
      for (const box of article(el, 'st-2').querySelectorAll<HTMLInputElement>('[part="amplify"] input:checked')) await click(box);
      expect(text(article(el, 'st-2').querySelector('.amplify-none'))).to.equal('Nothing is ticked: approving only publishes the story on this site.');
      await click(article(el, 'st-2').querySelector('button.approve')!);
      await waitUntil(() => posts(server).length > 0, 'nothing was sent');
      expect(posts(server).map((r) => r.body)).to.deep.equal([{ amplify: [] }]);
    });

    it('sends no choice for a story the server offers none for', async () => {
      const server = fakeAdminServer();
      const el = await signedIn(server);
      expect(article(el, 'st-3').querySelector('[part="amplify"]')).to.be.null;
      await click(article(el, 'st-3').querySelector('button.approve')!);
      await waitUntil(() => posts(server).length > 0, 'nothing was sent');
      expect(posts(server).map((r) => [r.path, r.body])).to.deep.equal([['/admin/stories/st-3/approve', undefined]]);
    });

    it('shows each channel’s delivery: sent with a link, waiting, given up with why', async () => {
      const el = await signedIn(fakeAdminServer(), { status: 'approved' });
      const items = [...article(el, 'st-6').querySelectorAll('.amplify-status li')];
      expect(items.map((item) => text(item))).to.deep.equal([
        'GitHub: gave up after 9 tries (GitHub answered 422: Validation Failed)',
        'Forum: waiting to send (tries so far: 2)',
        'Mastodon: sent View (Mastodon)',
        'Bluesky: gave up after 1 tries (The post no longer exists)',
      ]);
      expect(items[0]!.classList.contains('failed')).to.be.true;
      expect(items[2]!.querySelector('a')!.href).to.equal('https://mastodon.example/@community/111222333444555666');
      expect(article(el, 'st-6').querySelector('[part="amplify"]')).to.be.null;
    });
  });

  describe('the share kit', () => {
    it('loads when opened, with the text to copy and the network’s composer', async () => {
      const server = fakeAdminServer();
      const el = await signedIn(server, { status: 'approved' });
      let copied = '';
      clipboard(async (value) => void (copied = value));
      const kit = article(el, 'st-5').querySelector<HTMLDetailsElement>('[part="share-kit"]')!;
      expect(text(kit.querySelector('summary'))).to.equal('Share kit for X and LinkedIn');
      expect(server.requests.some((r) => r.path.endsWith('/share-kits'))).to.be.false;
      kit.querySelector('summary')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => kit.querySelector('.kit'));
      expect(server.requests.filter((r) => r.path.endsWith('/share-kits')).map((r) => r.path)).to.deep.equal(['/admin/stories/st-5/share-kits']);
      const x = kit.querySelector('[data-network="x"]')!;
      const area = x.querySelector('textarea')!;
      expect(area.value).to.equal('PyCon Africa 2026 call for proposals https://chorus.example/stories/st-5');
      expect(text(x.querySelector(`label[for="${area.id}"]`))).to.equal('Text for X');
      const intent = x.querySelector<HTMLAnchorElement>('a.intent')!;
      expect(text(intent)).to.equal('Open the X composer');
      expect(new URL(intent.href).searchParams.get('text')).to.equal(area.value);
      expect(text(kit.querySelector('[data-network="linkedin"] a.intent'))).to.equal('Open the LinkedIn composer');
      await click(x.querySelector('button.copy-kit')!);
      await waitUntil(() => announced(el) === 'Copied to the clipboard.');
      expect(copied).to.equal(area.value);
      expect(text(x.querySelector('.copy span'))).to.equal('Copied to the clipboard.');
    });

    it('selects the text when the clipboard refuses', async () => {
      const el = await signedIn(fakeAdminServer(), { status: 'approved' });
      clipboard(() => Promise.reject(new DOMException('Denied', 'NotAllowedError')));
      await click(article(el, 'st-5').querySelector('[part="share-kit"] summary')!);
      await waitUntil(() => article(el, 'st-5').querySelector('.kit'));
      await click(article(el, 'st-5').querySelector('[data-network="linkedin"] button.copy-kit')!);
      await waitUntil(() => announced(el).startsWith('Could not copy automatically'));
      const area = article(el, 'st-5').querySelector<HTMLTextAreaElement>('[data-network="linkedin"] textarea')!;
      expect(active(el)).to.equal(area);
      expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
    });

    it('is only offered once a story is approved', async () => {
      const el = await signedIn();
      expect($(el, '[part="share-kit"]')).to.be.null;
    });
  });
});
