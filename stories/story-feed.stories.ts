import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import '../src/elements/story-feed/story-feed.ts';
import type { CachedStoryPage } from '../src/client/github.ts';
import { SourceError, type StorySource } from '../src/client/types.ts';
import type { Story, StoryPage } from '../src/schema/index.ts';
// Recorded answers (see test/fixtures/*/PROVENANCE.md): the mocks below serve them as the real services do.
import discourseLastPage from '../test/fixtures/discourse/latest-last-page.json';
import discourseLatest from '../test/fixtures/discourse/latest.json';
import issues2022 from '../test/fixtures/github/list-issues-2022-page-1.json';
import hub4jIssues from '../test/fixtures/github/list-issues.json';
import xss from '../test/fixtures/xss-corpus.json';

const GITHUB = 'https://api.github.com/repos/python/community-stories/issues';
const FORUM = 'https://discuss.example.org';
const CHORUS = 'https://stories.example.org/api/v1';

const now = Date.now();
const chorusStories: Story[] = [
  ['news', 'PyCon US 2027 call for proposals is open', 'Talks, tutorials and posters: the call closes in January.', ['pycon', 'events']],
  ['boost', 'Our meetup just hit 1,000 members', 'Please share our post so more people in Lagos find us!', ['meetups']],
  ['story', 'How Python got me my first job', 'I started with **Automate the Boring Stuff** at 34, while working nights. '.repeat(6), ['careers']],
  ['event', 'Django Girls workshop in Quito', 'A free one-day workshop for women who want to learn to build websites.', ['django', 'workshops']],
  [
    'story',
    'Teaching Python to my grandmother',
    'She wanted to sort her recipes. Three months later she writes list comprehensions. '.repeat(4),
    ['education'],
  ],
].map(([kind, title, body, tags], i) => ({
  id: `c${i}`,
  kind: kind as Story['kind'],
  title: title as string,
  body: body as string,
  bodyFormat: 'markdown' as const,
  url: `https://stories.example.org/s/${i}`,
  tags: tags as string[],
  authorName: ['Ada L.', 'Chinedu O.', 'María P.', 'Sofía R.', 'Jun K.'][i] ?? 'Anonymous',
  publishedAt: new Date(now - (i + 1) * 7_200_000 * (i + 1)).toISOString(),
  links: [],
}));

const chorusHandlers = [
  http.get(`${CHORUS}/stories`, ({ request }) => {
    const url = new URL(request.url);
    const start = Number(url.searchParams.get('cursor') ?? 0);
    const limit = Number(url.searchParams.get('limit') ?? 10);
    const kind = url.searchParams.get('kind');
    const tag = url.searchParams.get('tag');
    const matching = chorusStories.filter((story) => (!kind || story.kind === kind) && (!tag || story.tags.includes(tag)));
    const end = start + limit;
    return HttpResponse.json({ stories: matching.slice(start, end), nextCursor: end < matching.length ? String(end) : null });
  }),
];

const githubHandlers = [
  http.get(GITHUB, ({ request }) =>
    HttpResponse.json(new URL(request.url).searchParams.get('page') === '2' ? issues2022 : hub4jIssues, {
      headers: {
        ETag: 'W/"948dba2e444df962d7cb990928b64205"',
        Link: `<${GITHUB}?labels=story&page=2>; rel="next", <${GITHUB}?labels=story&page=2>; rel="last"`,
      },
    }),
  ),
];

const discourseHandlers = [
  http.get(`${FORUM}/c/community/5.json`, () => HttpResponse.json(discourseLatest)),
  http.get(`${FORUM}/latest.json`, () => HttpResponse.json(discourseLastPage)),
  http.get(`${FORUM}/user_avatar/*`, () => new HttpResponse(null, { status: 404 })),
];

const pending = (url: string) => [http.get(url, async () => delay('infinite'))];

/** A fake source, for the states no single HTTP answer produces (saved stories, 10,000 stories). */
function fakeSource(page: CachedStoryPage | (() => Promise<StoryPage>)): StorySource {
  const fail = async (): Promise<never> => {
    throw new SourceError('unsupported', 'read-only');
  };
  return {
    label: `storybook ${Math.random()}`,
    listStories: typeof page === 'function' ? page : async () => page,
    getStory: fail,
    submit: fail,
    membership: fail,
  };
}

interface Args {
  source?: string;
  endpoint?: string;
  layout: 'list' | 'grid' | 'compact';
  limit: number;
  tag?: string;
  kind?: string;
  filters: boolean;
  infinite: boolean;
  images: boolean;
  theme?: 'light' | 'dark';
  dir?: 'ltr' | 'rtl';
  lang?: string;
  dataSource?: StorySource;
}

const meta: Meta<Args> = {
  title: 'Elements/Story feed',
  component: 'chorus-story-feed',
  args: { endpoint: CHORUS, layout: 'list', limit: 3, filters: false, infinite: false, images: false },
  argTypes: {
    layout: { control: 'inline-radio', options: ['list', 'grid', 'compact'] },
    kind: { control: 'select', options: [undefined, 'boost', 'news', 'story', 'event'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
  parameters: { msw: { handlers: [...chorusHandlers, ...githubHandlers, ...discourseHandlers] } },
  // Each story starts as a first visit: no stories saved by another story's feed (sessionStorage, GitHub ETags).
  loaders: [
    async () => {
      sessionStorage.clear();
      for (const key of Object.keys(localStorage)) if (key.startsWith('chorus:')) localStorage.removeItem(key);
      return {};
    },
  ],
  render: (args) => html`
    <chorus-story-feed
      loading="eager"
      .source=${args.source}
      .endpoint=${args.endpoint}
      .dataSource=${args.dataSource}
      layout=${args.layout}
      limit=${args.limit}
      .tag=${args.tag}
      .kind=${args.kind as Story['kind'] | undefined}
      ?filters=${args.filters}
      ?infinite=${args.infinite}
      ?images=${args.images}
      .theme=${args.theme}
      dir=${args.dir ?? 'ltr'}
      lang=${args.lang ?? ''}
    ></chorus-story-feed>
  `,
};
export default meta;
type Feed = StoryObj<Args>;

// Chorus server (HTTP API v1)
export const Ready: Feed = {};
export const Grid: Feed = { args: { layout: 'grid', limit: 4 } };
export const Compact: Feed = { args: { layout: 'compact', limit: 5 } };
export const WithFilters: Feed = { args: { filters: true, limit: 5 } };
export const Infinite: Feed = { args: { infinite: true, limit: 2 } };
export const Loading: Feed = { parameters: { chorus: { state: 'loading' }, msw: { handlers: pending(`${CHORUS}/stories`) } } };
export const Empty: Feed = { parameters: { msw: { handlers: [http.get(`${CHORUS}/stories`, () => HttpResponse.json({ stories: [], nextCursor: null }))] } } };
export const EmptyWithSlot: Feed = {
  ...Empty,
  render: (args) =>
    html`<chorus-story-feed loading="eager" endpoint=${args.endpoint ?? CHORUS}>
      <p slot="empty">No stories yet — <a href="#submit">be the first to share one</a>.</p>
    </chorus-story-feed>`,
};
/** A filtered feed whose latest pages hold no match yet: the source has older pages (`nextCursor`), so "Load more" stays. */
export const NoMatchYet: Feed = {
  args: { kind: 'event', filters: true, dataSource: fakeSource(async () => ({ stories: [], nextCursor: 'older' })) },
};
export const Failed: Feed = {
  parameters: {
    msw: {
      handlers: [http.get(`${CHORUS}/stories`, () => HttpResponse.json({ error: { code: 'server', message: 'The store is not answering' } }, { status: 500 }))],
    },
  },
};
export const Stale: Feed = {
  args: {
    dataSource: fakeSource({
      stories: chorusStories.slice(0, 3),
      nextCursor: null,
      stale: new SourceError('rate-limited', 'limited', { resetAt: new Date(now + 1_800_000) }),
    }),
  },
};
export const Dark: Feed = { args: { theme: 'dark', filters: true } };
export const RightToLeft: Feed = { args: { dir: 'rtl', layout: 'grid' } };
export const Spanish: Feed = { args: { lang: 'es', filters: true } };

// GitHub Issues (the recorded hub4j list: 24 of its 30 items are pull requests, and are skipped)
export const GitHub: Feed = { args: { endpoint: undefined, source: 'github:python/community-stories?labels=story', limit: 30 } };
export const GitHubGrid: Feed = { args: { ...GitHub.args, layout: 'grid', images: true } };
export const GitHubCompact: Feed = { args: { ...GitHub.args, layout: 'compact' } };
export const GitHubLoading: Feed = { args: GitHub.args, parameters: { chorus: { state: 'loading' }, msw: { handlers: pending(GITHUB) } } };
export const GitHubRateLimited: Feed = {
  args: { ...GitHub.args, source: 'github:python/rate-limited?labels=story' },
  parameters: {
    msw: {
      handlers: [
        http.get('https://api.github.com/repos/python/rate-limited/issues', () =>
          HttpResponse.json(
            {
              message: 'API rate limit exceeded for 203.0.113.7.',
              documentation_url: 'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting',
            },
            { status: 403, headers: { 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(now / 1000) + 1800) } },
          ),
        ),
      ],
    },
  },
};
export const GitHubEmpty: Feed = { args: GitHub.args, parameters: { msw: { handlers: [http.get(GITHUB, () => HttpResponse.json([]))] } } };

// Discourse (the recorded topic list, with side-loaded users and a relative more_topics_url)
export const Discourse: Feed = { args: { endpoint: undefined, source: `discourse:${FORUM}/c/community/5`, limit: 30 } };
export const DiscourseGrid: Feed = { args: { ...Discourse.args, layout: 'grid' } };
export const DiscourseCompact: Feed = { args: { ...Discourse.args, layout: 'compact' } };
export const DiscourseLoading: Feed = {
  args: Discourse.args,
  parameters: { chorus: { state: 'loading' }, msw: { handlers: pending(`${FORUM}/c/community/5.json`) } },
};
export const DiscourseBlockedByCors: Feed = {
  args: Discourse.args,
  parameters: { msw: { handlers: [http.get(`${FORUM}/c/community/5.json`, () => HttpResponse.error())] } },
};

// A static JSON file
export const JsonFile: Feed = {
  args: { endpoint: undefined, source: 'https://example.org/stories.json', layout: 'grid' },
  parameters: { msw: { handlers: [http.get('https://example.org/stories.json', () => HttpResponse.json({ stories: chorusStories }))] } },
};
export const JsonFileEmpty: Feed = {
  args: JsonFile.args,
  parameters: { msw: { handlers: [http.get('https://example.org/stories.json', () => HttpResponse.json({ stories: [] }))] } },
};
export const JsonFileMissing: Feed = {
  args: JsonFile.args,
  parameters: { msw: { handlers: [http.get('https://example.org/stories.json', () => new HttpResponse('Not found', { status: 404 }))] } },
};
/** Every payload of the XSS corpus as a story: nothing runs, links are http(s) only. */
export const XssCorpus: Feed = {
  args: { ...JsonFile.args, layout: 'list', images: true, limit: 50 },
  parameters: {
    msw: {
      handlers: [
        http.get('https://example.org/stories.json', () =>
          HttpResponse.json({
            stories: xss.payloads.map((payload, i) => ({
              id: `x${i}`,
              kind: 'story',
              title: payload,
              body: `${payload}\n\n${'Padding so the story can expand. '.repeat(10)}`,
              bodyFormat: i % 2 ? 'html' : 'markdown',
              url: "javascript:alert('title')",
              tags: ['xss'],
              authorName: 'Mallory',
              publishedAt: new Date(now - i * 60_000).toISOString(),
            })),
          }),
        ),
      ],
    },
  },
};

/** 10,000 stories: past a few hundred, only the visible ones are rendered. */
export const TenThousand: Feed = {
  args: {
    endpoint: undefined,
    limit: 10_000,
    dataSource: fakeSource(async () => ({
      stories: Array.from({ length: 10_000 }, (_, i) => {
        const model = chorusStories[i % chorusStories.length] as Story;
        return { ...model, id: `big${i}`, title: `#${i + 1} ${model.title}` };
      }),
      nextCursor: null,
    })),
  },
};
