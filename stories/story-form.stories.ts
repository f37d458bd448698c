import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { delay, http, HttpResponse } from 'msw';
import { expect, waitFor } from 'storybook/test';
import '../src/elements/story-form/story-form.ts';
import type { ChorusStoryForm, StoryFormValues } from '../src/elements/story-form/story-form.ts';
import { draftKey, removeDraft, writeDraft } from '../src/shared/drafts.ts';

const ENDPOINT = '/api/v1';
const STORIES = '*/api/v1/stories';

/** What a member typed, used by every story that starts part-way through. */
const SAMPLE: StoryFormValues = {
  kind: 'story',
  title: 'Our first Django Girls workshop in Lagos',
  link: '',
  body: 'Forty people wrote their **first Python** on a Saturday.\n\n- 12 coaches\n- 3 cups of coffee each',
  tags: 'community, workshops',
  authorName: 'Ada Obi',
  authorEmail: 'ada@example.org',
  region: 'Lagos, Nigeria',
  consent: true,
};

interface Args {
  id: string;
  kinds: string;
  tags: string;
  privacyUrl: string;
  theme: '' | 'light' | 'dark';
  githubRepo: string;
  discourseUrl: string;
  /** Start from a saved draft (as if the member came back). */
  draft: boolean;
}

function prepareDraft(args: Args): void {
  const key = draftKey(args.githubRepo || args.discourseUrl || ENDPOINT, args.id);
  if (args.draft) writeDraft(key, { values: SAMPLE, idempotencyKey: crypto.randomUUID(), startedAt: Date.now() - 3_600_000, savedAt: Date.now() });
  else removeDraft(key);
}

const form = (args: Args) => {
  prepareDraft(args);
  return html`<chorus-story-form
    id=${args.id}
    endpoint=${ifDefined(args.githubRepo || args.discourseUrl ? undefined : ENDPOINT)}
    kinds=${args.kinds}
    tags=${args.tags}
    privacy-url=${ifDefined(args.privacyUrl || undefined)}
    theme=${ifDefined(args.theme || undefined)}
    github-repo=${ifDefined(args.githubRepo || undefined)}
    discourse-url=${ifDefined(args.discourseUrl || undefined)}
    .retryDelays=${[300, 600]}
  >
    <p slot="intro">Tell the community team about something you did, saw or want shared.</p>
  </chorus-story-form>`;
};

/** Presses send once the element is ready, as a member would. */
async function submit({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const element = canvasElement.querySelector<ChorusStoryForm>('chorus-story-form');
  if (!element) return;
  await element.updateComplete;
  await element.submit();
}

/** Presses send and returns while the request is on its way (it never answers in `Submitting`). */
async function startSubmit({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const element = canvasElement.querySelector<ChorusStoryForm>('chorus-story-form');
  if (!element) return;
  await element.updateComplete;
  void element.submit();
  await waitFor(() => expect(element.getAttribute('state')).toBe('loading'));
}

const meta: Meta<Args> = {
  title: 'Elements/Story form',
  component: 'chorus-story-form',
  render: form,
  args: {
    id: 'story',
    kinds: '',
    tags: 'pycon,community,workshops,packaging',
    privacyUrl: 'https://www.python.org/privacy/',
    theme: '',
    githubRepo: '',
    discourseUrl: '',
    draft: false,
  },
  parameters: {
    msw: { handlers: [http.post(STORIES, () => HttpResponse.json({ id: 'st_01', status: 'pending' }, { status: 202 }))] },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Empty: Story = { args: { id: 'empty' } };

export const Errors: Story = { args: { id: 'errors' }, play: submit };

export const Submitting: Story = {
  args: { id: 'submitting', draft: true },
  parameters: { chorus: { state: 'loading' }, msw: { handlers: [http.post(STORIES, () => delay('infinite'))] } },
  play: startSubmit,
};

export const Success: Story = { args: { id: 'success', draft: true }, play: submit };

export const Offline: Story = {
  args: { id: 'offline', draft: true },
  parameters: { msw: { handlers: [http.post(STORIES, () => HttpResponse.error())] } },
  // The browser says it is offline for this story only.
  beforeEach: () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    return () => void Reflect.deleteProperty(navigator, 'onLine');
  },
  play: submit,
};

export const ServerError: Story = {
  args: { id: 'server-error', draft: true },
  parameters: {
    msw: { handlers: [http.post(STORIES, () => HttpResponse.json({ error: { code: 'server', message: 'The store is not answering' } }, { status: 503 }))] },
  },
  play: submit,
};

export const RateLimited: Story = {
  args: { id: 'rate-limited', draft: true },
  parameters: {
    msw: {
      handlers: [
        http.post(STORIES, () =>
          HttpResponse.json({ error: { code: 'rate_limited', message: 'Too many stories' } }, { status: 429, headers: { 'Retry-After': '45' } }),
        ),
      ],
    },
  },
  play: submit,
};

export const ServerValidation: Story = {
  args: { id: 'server-validation', draft: true },
  parameters: {
    msw: {
      handlers: [
        http.post(STORIES, () =>
          HttpResponse.json(
            {
              error: {
                code: 'validation',
                message: 'Check your story',
                issues: [{ path: ['title'], message: 'Enter a title of 120 characters or fewer', code: 'title.tooLong' }],
              },
            },
            { status: 422 },
          ),
        ),
      ],
    },
  },
  play: submit,
};

export const DraftRestored: Story = { args: { id: 'draft', draft: true } };

export const BoostOnly: Story = { args: { id: 'boost', kinds: 'boost' } };

export const GitHubMode: Story = { args: { id: 'github', githubRepo: 'psf/community-stories' } };

export const DiscourseMode: Story = { args: { id: 'discourse', discourseUrl: 'https://discuss.python.org/c/community/27' } };

export const Dark: Story = {
  args: { id: 'dark', theme: 'dark' },
  decorators: [(story) => html`<div style="background:#0f1114;padding:1rem">${story()}</div>`],
  play: submit,
};

export const RightToLeft: Story = {
  args: { id: 'rtl' },
  decorators: [(story) => html`<div dir="rtl">${story()}</div>`],
};

export const Spanish: Story = {
  args: { id: 'es' },
  decorators: [(story) => html`<div lang="es">${story()}</div>`],
  play: submit,
};
