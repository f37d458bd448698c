import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { SourceError } from '../src/client/types.ts';
import '../src/elements/poll/poll.ts';
import type { PollClient, PollStream } from '../src/elements/poll/poll-client.ts';
import type { Poll } from '../src/schema/poll.ts';

const QUESTION = 'Where are you using WebAssembly?';
const ANSWERS = ['At work in production', 'At work but not in production', 'Not yet, when it matures', 'No plans', 'No plans, and the buzzword annoys me'];
const COUNTS = [14, 9, 17, 6, 4];

/** A poll as the server shows it to a reader who voted `choice` (counts only when visible). */
function poll(extra: Partial<Poll> & { visible?: boolean } = {}): Poll {
  const { visible = Boolean(extra.choice) || Boolean(extra.closed) || Boolean(extra.resultsBeforeVote), ...rest } = extra;
  return {
    id: 'demo',
    question: QUESTION,
    options: ANSWERS.map((text, i) => ({ id: `o${i}`, text, ...(visible ? { votes: COUNTS[i] } : {}) })),
    multiple: false,
    resultsBeforeVote: false,
    closesAt: null,
    closed: false,
    ...(visible ? { total: 50 } : {}),
    ...rest,
  };
}

/** An in-memory server: reads answer `shown`, votes are counted, the stream stays quiet. */
function fakeClient(shown: Poll | 'loading' | 'error'): PollClient {
  return {
    read: () =>
      shown === 'loading'
        ? new Promise<Poll>(() => {})
        : shown === 'error'
          ? Promise.reject(new SourceError('network', 'Could not reach chorus.example.org'))
          : Promise.resolve(shown),
    vote: (_id, options) => {
      if (shown === 'loading' || shown === 'error') return Promise.reject(new SourceError('network', 'offline'));
      return Promise.resolve({ ...poll({ choice: options, multiple: shown.multiple }), total: 51 });
    },
    events: () => Object.assign(new EventTarget(), { close() {} }) as PollStream,
  };
}

interface Args {
  shown: Poll | 'loading' | 'error';
  theme: '' | 'light' | 'dark';
  dir: 'ltr' | 'rtl';
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Elements/chorus-poll',
  component: 'chorus-poll',
  args: { shown: poll(), theme: '', dir: 'ltr', lang: 'en' },
  argTypes: {
    shown: { control: false },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
  },
  render: ({ shown, theme, dir, lang }) =>
    html`<div dir=${dir} lang=${lang}>
      <chorus-poll poll="demo" loading="eager" theme=${theme || 'light'} .pollClient=${fakeClient(shown)}></chorus-poll>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The question, results hidden until the reader votes. */
export const Open: Story = {};
/** Reading the poll. */
export const Loading: Story = { args: { shown: 'loading' }, parameters: { chorus: { state: 'loading' } } };
/** The reader voted: results, their choice marked, and "Change your vote". */
export const Voted: Story = { args: { shown: poll({ choice: ['o2'] }) } };
/** The poll shows results before voting: a "Show results" link. */
export const ResultsBeforeVote: Story = { args: { shown: poll({ resultsBeforeVote: true }) } };
/** Closed: the final results, no form. */
export const Closed: Story = { args: { shown: poll({ closed: true, choice: ['o0'] }) } };
/** The poll could not be read. */
export const LoadError: Story = { args: { shown: 'error' } };
/** Several answers may be chosen: checkboxes, with a closing time. */
export const Multiple: Story = { args: { shown: poll({ multiple: true, closesAt: '2030-06-30T18:00:00Z' }) } };
/** Right to left (the bars grow from the right). */
export const RightToLeft: Story = { args: { shown: poll({ closed: true }), dir: 'rtl', lang: 'ar' } };
/** The dark scheme. */
export const Dark: Story = { args: { shown: poll({ choice: ['o1'] }), theme: 'dark' } };
/** In Spanish. */
export const Spanish: Story = { args: { shown: poll({ choice: ['o1'] }), lang: 'es' } };
