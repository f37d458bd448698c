import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/moderation-queue/moderation-queue.ts';
import type { ModerationTab } from '../src/elements/moderation-queue/moderation-queue.ts';
import { EXAMPLE_TOKEN, fakeAdminServer, type FakeAdminServerOptions } from '../src/elements/moderation-queue/moderation-queue.examples.ts';
import type { StoryStatus } from '../src/schema/index.ts';

interface Args {
  status: StoryStatus;
  tab: ModerationTab;
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
function queue(name: string, server: FakeAdminServerOptions, signIn: string | undefined) {
  return (args: Args) => {
    const el = document.createElement('chorus-moderation-queue');
    el.endpoint = `https://chorus.example/${name}/api/v1`;
    el.adminClient = fakeAdminServer(server).clientFor;
    el.status = args.status;
    el.tab = args.tab;
    el.theme = args.theme;
    el.undoDelay = args.undoDelay;
    // Unset by default so the toolbar's page language applies.
    if (args.lang) el.lang = args.lang;
    el.dir = args.dir;
    if (signIn !== undefined) el.signIn(signIn);
    return el;
  };
}

const meta: Meta<Args> = {
  title: 'Elements/Moderation queue',
  component: 'chorus-moderation-queue',
  args: { status: 'pending', tab: 'queue', theme: undefined, lang: '', dir: 'ltr', undoDelay: 6000 },
  argTypes: {
    status: { control: 'select', options: ['pending', 'approved', 'rejected', 'spam'] },
    tab: { control: 'inline-radio', options: ['queue', 'digest'] },
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
