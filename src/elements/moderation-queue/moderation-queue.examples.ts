/**
 * One set of examples for `<chorus-moderation-queue>`: sample stories and an
 * in-memory admin API behind a fake `fetch`, shared by Storybook and the tests
 * so both exercise the real AdminClient and the HTTP contract.
 * Not part of any bundle (nothing in src imports it).
 */
import { AdminClient, type AdminApi } from '../../client/admin.ts';
import type { AdminStory, StoryStatus } from '../../schema/index.ts';

export const EXAMPLE_ENDPOINT = 'https://chorus.example/api/v1';
export const EXAMPLE_TOKEN = 'correct-horse-battery-staple';

const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

/** Fresh sample stories (each call a new copy, so one test's actions never leak into another's). */
export function exampleStories(): AdminStory[] {
  return [
    {
      id: 'st-1',
      kind: 'story',
      title: 'How PyLadies Lagos got me my first job',
      body: 'I joined a **PyLadies** study group in 2023.\n\n- We met every Saturday\n- We built a [bus tracker](https://example.org/bus)\n\nNow I teach the group.',
      bodyFormat: 'markdown',
      tags: ['pyladies', 'careers'],
      authorName: 'Adaeze Okafor',
      authorEmail: 'adaeze@example.org',
      region: 'Lagos, Nigeria',
      status: 'pending',
      flags: [],
      createdAt: ago(180),
      links: [],
    },
    {
      id: 'st-2',
      kind: 'boost',
      title: 'Please boost: Django Girls workshop in Quito',
      body: 'Free workshop, 40 places, laptops provided.',
      bodyFormat: 'markdown',
      link: 'https://djangogirls.org/quito/',
      tags: ['django'],
      authorName: 'Mateo Andrade',
      authorEmail: 'mateo@example.net',
      status: 'pending',
      flags: ['likely-spam'],
      createdAt: ago(12),
      links: [],
    },
    {
      id: 'st-3',
      kind: 'news',
      title: 'Our user group turned ten',
      body: '<p>Ten years of <em>monthly</em> meetups.</p><script>alert(1)</script>',
      bodyFormat: 'html',
      tags: [],
      authorName: 'Sam Lee',
      authorEmail: null,
      status: 'pending',
      flags: [],
      createdAt: ago(60 * 24 * 3),
      links: [],
    },
    {
      id: 'st-4',
      kind: 'story',
      title: 'Cheap watches, best prices',
      body: 'Visit [our shop](https://spam.example/) now!!!',
      bodyFormat: 'markdown',
      tags: [],
      authorName: 'Best Deals',
      authorEmail: 'deals@spam.example',
      status: 'spam',
      flags: ['honeypot', 'likely-spam'],
      createdAt: ago(30),
      links: [],
    },
    {
      id: 'st-5',
      kind: 'event',
      title: 'PyCon Africa 2026 call for proposals',
      body: 'The call for proposals is open until March.',
      bodyFormat: 'markdown',
      tags: ['events'],
      authorName: 'Kwame Mensah',
      authorEmail: 'kwame@example.org',
      status: 'approved',
      flags: [],
      createdAt: ago(60 * 24 * 2),
      moderatedAt: ago(60 * 24),
      publishedAt: ago(60 * 24),
      links: [
        { rel: 'github', url: 'https://github.com/example/stories/issues/12' },
        { rel: 'discourse', url: 'https://discuss.example.org/t/pycon-africa-2026/123' },
      ],
    },
    {
      id: 'st-6',
      kind: 'news',
      title: 'A new mentoring programme',
      body: 'Mentors wanted.',
      bodyFormat: 'markdown',
      tags: [],
      authorName: 'Ines Duarte',
      authorEmail: 'ines@example.pt',
      status: 'approved',
      deliveries: [
        { target: 'github', status: 'failed', attempts: 9, lastError: 'GitHub answered 422: Validation Failed' },
        { target: 'discourse', status: 'pending', attempts: 2 },
      ],
      flags: [],
      createdAt: ago(60 * 5),
      publishedAt: ago(60),
      links: [],
    },
  ];
}

export interface RecordedRequest {
  method: string;
  /** Path below the API base, e.g. `/admin/stories/st-1/approve`. */
  path: string;
  query: Record<string, string>;
  authorization: string | null;
  body: unknown;
}

export interface FakeAdminServerOptions {
  token?: string;
  stories?: AdminStory[];
  /** Answer every request with this status (e.g. 500, 401) instead. */
  failWith?: number;
  /** Never answer list requests (the loading state). */
  hang?: boolean;
}

/** An in-memory admin API: holds stories, checks the token, records every request. */
export function fakeAdminServer(options: FakeAdminServerOptions = {}) {
  const token = options.token ?? EXAMPLE_TOKEN;
  const stories = options.stories ?? exampleStories();
  const requests: RecordedRequest[] = [];
  /** Path suffix → status to answer once, e.g. `fail.set('approve', 500)`. */
  const fail = new Map<string, number>();
  const error = (status: number, code: string, message: string) =>
    new Response(JSON.stringify({ error: { code, message } }), { status, headers: { 'Content-Type': 'application/json' } });
  const json = (data: unknown) => new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });

  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const path = url.pathname.replace(/^.*\/api\/v1/, '');
    const text = await request.text();
    const body = text ? (JSON.parse(text) as { spam?: boolean }) : undefined;
    requests.push({ method: request.method, path, query: Object.fromEntries(url.searchParams), authorization: request.headers.get('Authorization'), body });
    if (options.hang) return new Promise<Response>(() => {});
    if (options.failWith) return error(options.failWith, 'server', 'Failed on purpose');
    if (request.headers.get('Authorization') !== `Bearer ${token}`) return error(401, 'unauthorized', 'A valid admin token is required');
    const once = [...fail.keys()].find((suffix) => path.endsWith(suffix));
    if (once) {
      const status = fail.get(once) ?? 500;
      fail.delete(once);
      return error(status, 'server', 'Failed on purpose');
    }
    if (request.method === 'GET' && path === '/admin/stories') {
      return json({ stories: stories.filter((story) => story.status === (url.searchParams.get('status') ?? 'pending')) });
    }
    const action = /^\/admin\/stories\/([^/]+)\/(approve|reject)$/.exec(path);
    if (request.method === 'POST' && action) {
      const story = stories.find((s) => s.id === decodeURIComponent(action[1] ?? ''));
      if (!story) return error(404, 'not_found', 'No such story');
      story.status = action[2] === 'approve' ? 'approved' : body?.spam === true ? 'spam' : 'rejected';
      story.moderatedAt = new Date().toISOString();
      return json(story);
    }
    if (request.method === 'GET' && path === '/admin/digest') {
      const approved = stories.filter((s) => s.status === 'approved');
      const html = url.searchParams.get('format') === 'html';
      const body = html
        ? `<h2>Community stories</h2>\n<ul>\n${approved.map((s) => `  <li><strong>${s.title}</strong> by ${s.authorName}</li>`).join('\n')}\n</ul>`
        : `## Community stories\n\n${approved.map((s) => `- **${s.title}** by ${s.authorName}`).join('\n')}\n`;
      return new Response(body, { headers: { 'Content-Type': html ? 'text/html; charset=utf-8' : 'text/markdown; charset=utf-8' } });
    }
    return error(404, 'not_found', 'Not found');
  };

  /** The `adminClient` factory for `<chorus-moderation-queue>`: the real HTTP client on this fake server. */
  const clientFor = (accessToken: string): AdminApi => new AdminClient(EXAMPLE_ENDPOINT, accessToken, { fetch });

  const statusOf = (id: string): StoryStatus | undefined => stories.find((s) => s.id === id)?.status;

  return { fetch, requests, fail, stories, clientFor, statusOf };
}
