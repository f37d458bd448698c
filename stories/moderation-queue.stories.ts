import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/moderation-queue/moderation-queue.ts';
import type { ModerationTab } from '../src/elements/moderation-queue/moderation-queue.ts';
import { EXAMPLE_TOKEN, exampleStories, fakeAdminServer, type FakeAdminServerOptions } from '../src/elements/moderation-queue/moderation-queue.examples.ts';
import type { StoryChannel, StoryStatus } from '../src/schema/index.ts';

interface Args {
  status: StoryStatus;
  tab: ModerationTab;
  channel: StoryChannel | undefined;
  theme: 'light' | 'dark' | undefined;
  lang: string;
  dir: 'ltr' | 'rtl';
  undoDelay: number;
}

/**
 * Each story talks to an in-memory admin API (the same one the tests use) through
 * the real AdminClient, so requests, 401s and undo behave as against a server.
 * Every story has its own endpoint, so the token one story stores in sessionStorage
 * does not sign another story in. The example token is `correct-horse-battery-staple`.
 */
function queue(
  name: string,
  server: FakeAdminServerOptions,
  signIn: string | undefined,
  then?: (el: HTMLElementTagNameMap['chorus-moderation-queue']) => void,
) {
  return (args: Args) => {
    const el = document.createElement('chorus-moderation-queue');
    el.endpoint = `https://chorus.example/${name}/api/v1`;
    el.adminClient = fakeAdminServer(server).clientFor;
    el.status = args.status;
    el.tab = args.tab;
    el.channel = args.channel;
    el.theme = args.theme;
    el.undoDelay = args.undoDelay;
    // Unset by default so the toolbar's page language applies.
    if (args.lang) el.lang = args.lang;
    el.dir = args.dir;
    if (signIn !== undefined) el.signIn(signIn);
    then?.(el);
    return el;
  };
}

/** Runs `act` on the element's first match of `selector` once it is shown (the examples' stand-in for a person's action). */
function whenShown(selector: string, act: (node: HTMLElement) => void) {
  return (el: HTMLElement) => {
    const started = Date.now();
    const look = () => {
      const node = el.shadowRoot?.querySelector<HTMLElement>(selector);
      if (node) act(node);
      else if (Date.now() - started < 10_000) setTimeout(look, 50);
    };
    look();
  };
}

const only = (...ids: string[]) => exampleStories().filter((story) => ids.includes(story.id));

const meta: Meta<Args> = {
  title: 'Elements/Moderation queue',
  component: 'chorus-moderation-queue',
  args: { status: 'pending', tab: 'queue', channel: undefined, theme: undefined, lang: '', dir: 'ltr', undoDelay: 6000 },
  argTypes: {
    status: { control: 'select', options: ['pending', 'approved', 'rejected', 'spam'] },
    tab: { control: 'inline-radio', options: ['queue', 'digest', 'audit', 'moderators'] },
    channel: { control: 'select', options: [undefined, 'form', 'github', 'discourse', 'slack', 'discord'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    lang: { control: 'inline-radio', options: ['', 'en', 'es'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Signed out: the token form. Sign in with `correct-horse-battery-staple`. */
export const TokenForm: Story = { render: queue('token-form', {}, undefined) };

/** Pending stories, one flagged as likely spam, one with an HTML body (rendered safely). Try J, K, A, R, S, U. */
export const Queue: Story = { render: queue('queue', {}, EXAMPLE_TOKEN) };

/** The spam filter: a story caught by the honeypot. */
export const Spam: Story = { args: { status: 'spam' }, render: queue('spam', {}, EXAMPLE_TOKEN) };

/** Approved stories with where they were shared (GitHub issue, forum topic) or not yet. */
export const Approved: Story = { args: { status: 'approved' }, render: queue('approved', {}, EXAMPLE_TOKEN) };

/** Nothing to review. */
export const Empty: Story = { render: queue('empty', { stories: [] }, EXAMPLE_TOKEN) };

/** A wrong or expired token: the server answers 401, the form asks again. */
export const WrongToken: Story = { render: queue('wrong-token', {}, 'not-the-token') };

/** The server is down while the token is checked. */
export const ServerDown: Story = { render: queue('server-down', { failWith: 503 }, EXAMPLE_TOKEN) };

/** The newsletter digest tab: pick a range and a format, build, copy. */
export const Digest: Story = { args: { tab: 'digest' }, render: queue('digest', {}, EXAMPLE_TOKEN) };

export const Dark: Story = { args: { theme: 'dark' }, render: queue('dark', {}, EXAMPLE_TOKEN) };

export const Spanish: Story = { args: { lang: 'es' }, render: queue('es', {}, EXAMPLE_TOKEN) };

export const RightToLeft: Story = { args: { dir: 'rtl' }, render: queue('rtl', {}, EXAMPLE_TOKEN) };

/** Where each story came in: the channel (icon and name), the member's handle there and a link to the original. */
export const OriginChannels: Story = { render: queue('origin-channels', {}, EXAMPLE_TOKEN) };

/** Only the stories shared from Slack (`channel="slack"`). */
export const ChannelFilter: Story = { args: { channel: 'slack' }, render: queue('channel-filter', {}, EXAMPLE_TOKEN) };

/** Before approving, the moderator ticks where the story is shared: the server's defaults come ticked. */
export const AmplifyChoice: Story = { render: queue('amplify-choice', { stories: only('st-1', 'st-2') }, EXAMPLE_TOKEN) };

/** An approved story's deliveries: one post sent (with its link), one waiting, two given up with the reason. */
export const DeliveryFailed: Story = { args: { status: 'approved' }, render: queue('delivery-failed', { stories: only('st-6') }, EXAMPLE_TOKEN) };

/** The share kit for X and LinkedIn, opened: text to copy and each network's composer. */
export const ShareKit: Story = {
  args: { status: 'approved' },
  parameters: { settledOn: '.kit' },
  render: queue(
    'share-kit',
    { stories: only('st-5') },
    EXAMPLE_TOKEN,
    whenShown('[part="share-kit"] summary', (summary) => summary.click()),
  ),
};

/** The audit log: every decision, who made it and when, newest first, a page at a time. */
export const AuditLog: Story = { args: { tab: 'audit' }, parameters: { settledOn: '.audit tbody' }, render: queue('audit-log', {}, EXAMPLE_TOKEN) };

/** The owner's Moderators tab: add a moderator, list them, revoke one (after a confirmation). */
export const Moderators: Story = { args: { tab: 'moderators' }, parameters: { settledOn: '.moderator-list' }, render: queue('moderators', {}, EXAMPLE_TOKEN) };

/** A moderator just added: their token, shown this once, with a copy button. */
export const NewModeratorToken: Story = {
  args: { tab: 'moderators' },
  parameters: { settledOn: '#new-token' },
  render: queue(
    'new-moderator-token',
    {},
    EXAMPLE_TOKEN,
    whenShown('.moderator-list', (list) => {
      const form = list.getRootNode() instanceof ShadowRoot ? (list.getRootNode() as ShadowRoot).querySelector<HTMLFormElement>('.add-moderator') : null;
      const field = form?.querySelector<HTMLInputElement>('#moderator-name');
      if (!form || !field) return;
      field.value = 'Linus';
      field.dispatchEvent(new Event('input'));
      form.requestSubmit();
    }),
  ),
};

/** A moderator's revocation waiting for a yes. */
export const RevokeConfirmation: Story = {
  args: { tab: 'moderators' },
  parameters: { settledOn: '.confirm' },
  render: queue(
    'revoke-confirmation',
    {},
    EXAMPLE_TOKEN,
    whenShown('[data-moderator="m-grace"] .revoke', (button) => button.click()),
  ),
};
