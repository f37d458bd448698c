/**
 * One set of examples for `<chorus-moderation-queue>`: sample stories and an
 * in-memory admin API behind a fake `fetch`, shared by Storybook and the tests
 * so both exercise the real AdminClient and the HTTP contract.
 * Not part of any bundle (nothing in src imports it).
 */
import { AdminClient, type AdminApi } from '../../client/admin.ts';
import type { AdminIdentity, AdminStory, AmplifyChannel, AuditEntry, Moderator, ShareKits, StoryStatus } from '../../schema/index.ts';

export const EXAMPLE_ENDPOINT = 'https://chorus.example/api/v1';
export const EXAMPLE_TOKEN = 'correct-horse-battery-staple';
/** A moderator's token in the examples (Ada): moderates, but has no Moderators tab. */
export const EXAMPLE_MODERATOR_TOKEN = 'ada-moderator-token';

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
      origin: { channel: 'form', url: null, externalId: null, author: null },
      amplification: {
        storyUrl: 'https://chorus.example/stories/st-1',
        channels: [
          { channel: 'github', action: 'issue', preselected: true },
          { channel: 'discourse', action: 'topic', preselected: false },
          { channel: 'mastodon', action: 'post', preselected: true },
          { channel: 'bluesky', action: 'post', preselected: false },
        ],
      },
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
      origin: {
        channel: 'slack',
        url: 'https://example-community.slack.com/archives/C024BE91L/p1700000000000100',
        externalId: 'T0001/C024BE91L/1700000000.000100',
        author: 'mateo.a',
      },
      amplification: {
        storyUrl: 'https://chorus.example/stories/st-2',
        channels: [
          { channel: 'mastodon', action: 'post', preselected: true },
          { channel: 'bluesky', action: 'post', preselected: true },
        ],
      },
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
      origin: { channel: 'discourse', url: 'https://discuss.example.org/t/our-user-group-turned-ten/456', externalId: '456', author: 'samlee' },
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
      origin: { channel: 'form', url: null, externalId: null, author: null },
      decidedBy: { id: 'owner', name: 'Owner' },
      decidedAt: ago(25),
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
      origin: { channel: 'github', url: 'https://github.com/example/stories/issues/12', externalId: 'example/stories#12', author: 'kmensah' },
      decidedBy: { id: 'm-ada', name: 'Ada' },
      decidedAt: ago(120),
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
        { target: 'discord', status: 'delivered', attempts: 1 },
      ],
      flags: [],
      createdAt: ago(60 * 5),
      publishedAt: ago(60),
      links: [],
      origin: {
        channel: 'discord',
        url: 'https://discord.com/channels/81384788765712384/81384788765712384/1123456789012345678',
        externalId: '1123456789012345678',
        author: 'ines_d',
      },
      decidedBy: { id: 'owner', name: 'Owner' },
      decidedAt: ago(60),
      amplification: {
        storyUrl: 'https://chorus.example/stories/st-6',
        channels: [
          {
            channel: 'github',
            action: 'issue',
            preselected: true,
            delivery: { status: 'failed', attempts: 9, lastError: 'GitHub answered 422: Validation Failed' },
          },
          { channel: 'discourse', action: 'topic', preselected: true, delivery: { status: 'pending', attempts: 2 } },
          {
            channel: 'mastodon',
            action: 'post',
            preselected: true,
            delivery: { status: 'delivered', attempts: 1, url: 'https://mastodon.example/@community/111222333444555666' },
          },
          { channel: 'bluesky', action: 'post', preselected: false, delivery: { status: 'failed', attempts: 1, lastError: 'The post no longer exists' } },
        ],
      },
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

/** The example moderator accounts (the owner sees them in the Moderators tab). */
export function exampleModerators(): Moderator[] {
  return [
    { id: 'm-ada', name: 'Ada', createdAt: ago(60 * 24 * 30) },
    { id: 'm-grace', name: 'Grace', createdAt: ago(60 * 24 * 7) },
  ];
}

/** The example audit log, newest first. */
export function exampleAudit(): AuditEntry[] {
  const entry = (
    id: string,
    storyId: string,
    storyTitle: string | null,
    action: AuditEntry['action'],
    from: StoryStatus,
    to: StoryStatus,
    who: AdminIdentity,
    minutes: number,
  ): AuditEntry => ({
    id,
    storyId,
    storyTitle,
    action,
    fromStatus: from,
    toStatus: to,
    moderator: { id: who.id, name: who.name },
    at: ago(minutes),
    undoes: null,
  });
  const owner: AdminIdentity = { id: 'owner', name: 'Owner', role: 'owner' };
  const ada: AdminIdentity = { id: 'm-ada', name: 'Ada', role: 'moderator' };
  const grace: AdminIdentity = { id: 'm-grace', name: 'Grace', role: 'moderator' };
  return [
    entry('a-6', 'st-6', 'A new mentoring programme', 'approve', 'pending', 'approved', owner, 60),
    entry('a-5', 'st-4', 'Cheap watches, best prices', 'spam', 'pending', 'spam', owner, 25 + 60),
    entry('a-4', 'st-5', 'PyCon Africa 2026 call for proposals', 'approve', 'pending', 'approved', ada, 120),
    { ...entry('a-3', 'st-9', null, 'undo', 'rejected', 'pending', grace, 60 * 20), undoes: 'a-2' },
    entry('a-2', 'st-9', null, 'reject', 'pending', 'rejected', grace, 60 * 21),
    entry('a-1', 'st-8', 'Welcome to our new members', 'approve', 'pending', 'approved', ada, 60 * 24 * 2),
  ];
}

export interface FakeAdminServerOptions {
  token?: string;
  /** What the owner token is, as `GET /admin/me` says (default `owner`); `moderator` hides the Moderators tab. */
  role?: AdminIdentity['role'];
  moderators?: Moderator[];
  audit?: AuditEntry[];
  /** Audit entries per page (default 4), so the examples page. */
  auditPageSize?: number;
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
  const moderators = options.moderators ?? exampleModerators();
  const audit = options.audit ?? exampleAudit();
  const pageSize = options.auditPageSize ?? 4;
  /** Token → who holds it. The owner token, the example moderator's, and every token the owner adds. */
  const tokens = new Map<string, AdminIdentity>([
    [token, { id: 'owner', name: 'Owner', role: options.role ?? 'owner' }],
    [EXAMPLE_MODERATOR_TOKEN, { id: 'm-ada', name: 'Ada', role: 'moderator' }],
  ]);
  /** Each story's earlier statuses, for undo. */
  const history = new Map<string, StoryStatus[]>();
  let made = 0;
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
    const body = text ? (JSON.parse(text) as { spam?: boolean; amplify?: AmplifyChannel[]; name?: string; expectedStatus?: StoryStatus }) : undefined;
    requests.push({ method: request.method, path, query: Object.fromEntries(url.searchParams), authorization: request.headers.get('Authorization'), body });
    if (options.hang) return new Promise<Response>(() => {});
    if (options.failWith) return error(options.failWith, 'server', 'Failed on purpose');
    const actor = tokens.get((request.headers.get('Authorization') ?? '').replace(/^Bearer /, ''));
    if (!actor) return error(401, 'unauthorized', 'A valid admin token is required');
    const once = [...fail.keys()].find((suffix) => path.endsWith(suffix));
    if (once) {
      const status = fail.get(once) ?? 500;
      fail.delete(once);
      return error(status, 'server', 'Failed on purpose');
    }
    const decide = (story: AdminStory, action: AuditEntry['action'], to: StoryStatus, undoes: string | null = null) => {
      const at = new Date().toISOString();
      audit.unshift({
        id: `a-new-${++made}`,
        storyId: story.id,
        storyTitle: story.title,
        action,
        fromStatus: story.status,
        toStatus: to,
        moderator: { id: actor.id, name: actor.name },
        at,
        undoes,
      });
      story.status = to;
      story.moderatedAt = at;
      story.decidedBy = { id: actor.id, name: actor.name };
      story.decidedAt = at;
    };
    if (request.method === 'GET' && path === '/admin/me') return json(actor);
    if (request.method === 'GET' && path === '/admin/stories') {
      const channel = url.searchParams.get('channel');
      return json({
        stories: stories.filter(
          (story) => story.status === (url.searchParams.get('status') ?? 'pending') && (!channel || (story.origin?.channel ?? 'form') === channel),
        ),
        nextCursor: null,
      });
    }
    const action = /^\/admin\/stories\/([^/]+)\/(approve|reject|undo|share-kits)$/.exec(path);
    const story = action ? stories.find((s) => s.id === decodeURIComponent(action[1] ?? '')) : undefined;
    if (action && !story) return error(404, 'not_found', 'No such story');
    if (request.method === 'POST' && story && (action?.[2] === 'approve' || action?.[2] === 'reject')) {
      history.set(story.id, [...(history.get(story.id) ?? []), story.status]);
      decide(story, action[2], action[2] === 'approve' ? 'approved' : body?.spam === true ? 'spam' : 'rejected');
      if (story.status === 'approved' && story.amplification) {
        const chosen = body?.amplify ?? story.amplification.channels.filter((option) => option.preselected).map((option) => option.channel);
        story.amplification.channels = story.amplification.channels.map((option) =>
          chosen.includes(option.channel) ? { ...option, delivery: { status: 'pending', attempts: 0 } } : option,
        );
      }
      return json(story);
    }
    if (request.method === 'POST' && story && action?.[2] === 'undo') {
      if (body?.expectedStatus && body.expectedStatus !== story.status) return error(409, 'conflict', `The story is ${story.status} now`);
      const before = history.get(story.id)?.pop() ?? (story.status === 'pending' ? undefined : 'pending');
      if (!before) return error(409, 'conflict', 'There is no decision to undo');
      decide(story, 'undo', before, audit.find((entry) => entry.storyId === story.id)?.id ?? null);
      return json(story);
    }
    if (request.method === 'GET' && story && action?.[2] === 'share-kits') {
      const storyUrl = `https://chorus.example/stories/${story.id}`;
      const text = `${story.title} ${storyUrl}`;
      const kits: ShareKits = {
        storyUrl,
        kits: [
          { network: 'x', action: 'post', text, intentUrl: `https://x.com/intent/post?${new URLSearchParams({ text })}` },
          { network: 'linkedin', action: 'post', text, intentUrl: `https://www.linkedin.com/sharing/share-offsite/?${new URLSearchParams({ url: storyUrl })}` },
        ],
      };
      return json(kits);
    }
    if (request.method === 'GET' && path === '/admin/audit') {
      const start = Number(url.searchParams.get('cursor') ?? '0');
      const entries = audit.slice(start, start + pageSize);
      return json({ entries, nextCursor: start + pageSize < audit.length ? String(start + pageSize) : null });
    }
    if (path.startsWith('/admin/moderators') && actor.role !== 'owner') return error(403, 'forbidden', 'Only the owner token can manage moderators');
    if (request.method === 'GET' && path === '/admin/moderators') return json({ moderators });
    if (request.method === 'POST' && path === '/admin/moderators') {
      const name = (body?.name ?? '').replace(/\s+/g, ' ').trim();
      if (!name)
        return new Response(
          JSON.stringify({
            error: {
              code: 'validation',
              message: 'Check the fields',
              issues: [{ path: ['name'], message: 'Give a name of 1 to 80 characters', code: 'name.invalid' }],
            },
          }),
          { status: 422, headers: { 'Content-Type': 'application/json' } },
        );
      if (moderators.some((m) => m.name === name)) return error(409, 'conflict', `A moderator named ${name} exists`);
      const created = { id: `m-new-${++made}`, name, createdAt: new Date().toISOString() };
      const secret = `chorus_mod_example_${made}_${Math.random().toString(36).slice(2)}`;
      moderators.push(created);
      tokens.set(secret, { id: created.id, name, role: 'moderator' });
      return new Response(JSON.stringify({ ...created, token: secret }), { status: 201, headers: { 'Content-Type': 'application/json' } });
    }
    const revoke = /^\/admin\/moderators\/([^/]+)$/.exec(path);
    if (request.method === 'DELETE' && revoke) {
      const index = moderators.findIndex((m) => m.id === decodeURIComponent(revoke[1] ?? ''));
      if (index < 0) return error(404, 'not_found', 'No such moderator');
      const [gone] = moderators.splice(index, 1);
      for (const [secret, who] of tokens) if (who.id === gone?.id) tokens.delete(secret);
      return new Response(null, { status: 204 });
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

  return { fetch, requests, fail, stories, moderators, audit, tokens, clientFor, statusOf };
}
