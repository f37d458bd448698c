import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/moderation-queue/moderation-queue.ts';
import type { ChorusModerationQueue, ModerationTab } from '../../src/elements/moderation-queue/moderation-queue.ts';
import {
  EXAMPLE_TOKEN,
  exampleAudit,
  exampleModerators,
  exampleStories,
  fakeAdminServer,
} from '../../src/elements/moderation-queue/moderation-queue.examples.ts';
import { moderationQueueEn } from '../../src/elements/moderation-queue/moderation-queue.strings.ts';
import { HttpPollAdmin } from '../../src/elements/moderation-queue/poll-admin.ts';
import type { AdminPoll } from '../../src/schema/poll.ts';
import { englishLeft, LANGUAGES, RIGHT_TO_LEFT, startEdge, textOf, translationOf } from './i18n.helpers.ts';

// <chorus-moderation-queue> in Arabic, Hebrew, Japanese and German: the sign-in form and every
// tab (stories pending and approved, digest, polls, audit log, moderators) without English of
// its own, mirrored right to left, accessible.

const POLL: AdminPoll = {
  id: 'p1',
  question: 'Where are you using WebAssembly?',
  options: [
    { id: 'a', text: 'At work', votes: 3 },
    { id: 'b', text: 'Not yet', votes: 1 },
  ],
  multiple: false,
  resultsBeforeVote: false,
  closesAt: null,
  closed: false,
  total: 4,
  createdAt: '2026-11-30T10:00:00.000Z',
  updatedAt: '2026-11-30T10:00:00.000Z',
  closedAt: null,
};

/** Every string of a value: the stories, people and polls the fake servers hold are user content, in any language. */
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : typeof value === 'object' && value !== null ? Object.values(value).flatMap(strings) : [];
const USER_CONTENT = [...strings(exampleStories()), ...strings(exampleModerators()), ...strings(exampleAudit()), ...strings(POLL), 'Owner'];

const $ = <T extends Element = HTMLElement>(el: ChorusModerationQueue, selector: string) => el.shadowRoot!.querySelector<T>(selector);

const pages: HTMLElement[] = [];
async function queueIn(lang: string, status = 'pending'): Promise<ChorusModerationQueue> {
  const session = `q${Math.random().toString(36).slice(2)}`;
  await fetch(`/__poll/${session}/control`, { method: 'POST', body: JSON.stringify({ op: 'admin', polls: [POLL] }) });
  const server = fakeAdminServer();
  const page = document.body.appendChild(Object.assign(document.createElement('div'), { lang }));
  pages.push(page);
  return fixture<ChorusModerationQueue>(
    html`<chorus-moderation-queue
      status=${status}
      undo-delay="0"
      .adminClient=${(token: string) => Object.assign(server.clientFor(token), { polls: new HttpPollAdmin(`/__poll/${session}/api/v1`, 'moderator-token') })}
    ></chorus-moderation-queue>`,
    { parentNode: page },
  );
}

/** Signs in from the keyboard, as a moderator would, and waits for the owner's tabs. */
async function signIn(el: ChorusModerationQueue): Promise<void> {
  await waitUntil(() => $(el, '#token'), 'no sign-in form', { timeout: 10_000 });
  $(el, '#token')!.focus();
  await sendKeys({ type: EXAMPLE_TOKEN });
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => $(el, '.stories, .empty') && $(el, '#tab-moderators'), 'the queue did not load', { timeout: 10_000 });
  await el.updateComplete;
}

async function openTab(el: ChorusModerationQueue, tab: ModerationTab): Promise<void> {
  const button = $(el, `#tab-${tab}`);
  if (!button) throw new Error(`no ${tab} tab among ${[...el.shadowRoot!.querySelectorAll('[role="tab"]')].map((node) => node.id).join(', ')}`);
  button.click();
  await waitUntil(() => el.tab === tab && el.state !== 'loading', `the ${tab} tab did not open`, { timeout: 10_000 });
  const panel = $(el, `[role="tabpanel"]#panel-${tab}, [role="tabpanel"][aria-labelledby="tab-${tab}"]`);
  const inner = panel?.querySelector<HTMLElement & { state?: string; updateComplete?: Promise<unknown> }>('[state]');
  if (inner) await waitUntil(() => inner.state !== 'loading', `the ${tab} tab never loaded`, { timeout: 10_000 });
  await inner?.updateComplete;
  await el.updateComplete;
}

beforeEach(() => sessionStorage.clear());
afterEach(() => {
  pages.splice(0).forEach((page) => page.remove());
  sessionStorage.clear();
});

for (const lang of LANGUAGES) {
  describe(`<chorus-moderation-queue> in ${lang}`, function () {
    // axe over a whole signed-in queue is slow on a busy machine; nothing here measures time.
    this.timeout(60_000);

    it('asks for the token in the language, accessibly', async () => {
      const el = await queueIn(lang);
      await waitUntil(() => $(el, '#token'), 'no sign-in form', { timeout: 10_000 });
      expect(await englishLeft(el, lang)).to.deep.equal([]);
      const words = await translationOf(lang, moderationQueueEn);
      expect(textOf($(el, 'label[for="token"]'))).to.equal(words.tokenLabel);
      await expect(el).to.be.accessible();
    });

    it('is accessible with the pending stories', async () => {
      const el = await queueIn(lang);
      await signIn(el);
      await expect(el).to.be.accessible();
    });

    it('shows no English of its own in any tab', async () => {
      const el = await queueIn(lang);
      await signIn(el);
      expect(await englishLeft(el, lang, USER_CONTENT), 'pending stories').to.deep.equal([]);
      for (const tab of ['digest', 'polls', 'audit', 'moderators'] as const) {
        await openTab(el, tab);
        expect(await englishLeft(el, lang, USER_CONTENT), tab).to.deep.equal([]);
      }
    });

    it('shows no English of its own with approved stories, their deliveries and a share kit', async () => {
      const el = await queueIn(lang, 'approved');
      await signIn(el);
      const kit = $(el, '.share-kit summary');
      kit?.click();
      await el.updateComplete;
      expect(await englishLeft(el, lang, USER_CONTENT)).to.deep.equal([]);
    });

    if (RIGHT_TO_LEFT.includes(lang)) {
      it('is mirrored right to left', async () => {
        const el = await queueIn(lang);
        await signIn(el);
        expect(el.getAttribute('dir')).to.equal('rtl');
        expect(getComputedStyle(el).direction).to.equal('rtl');
        // The first tab is the rightmost, and a story's title starts at the right of its card.
        const tabs = [...el.shadowRoot!.querySelectorAll('[role="tab"]')].map((tab) => tab.getBoundingClientRect());
        expect(tabs[0]!.left).to.be.above(tabs[1]!.left);
        const article = $(el, 'article')!;
        const title = startEdge(article.querySelector('h4')!, article);
        expect(title.start).to.be.below(title.end);
      });
    }
  });
}
