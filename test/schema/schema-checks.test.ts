// The browser's response checks (src/client/schema-checks.ts) are generated from the zod
// schemas. These tests keep the file in step with the schemas and show that it answers as
// zod does, on real answers and on every field broken in every way.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { expected, OUTPUTS, type OutputName } from '../../scripts/schema-checks.ts';
import * as adminShapes from '../../src/client/admin-checks.ts';
import * as publicShapes from '../../src/client/schema-checks.ts';
import { PSF_TIERS } from '../../src/data/psf-membership.ts';
import * as schemas from '../../src/schema/index.ts';
import { pageFromTopicList } from '../../src/upstream/discourse.ts';
import { storyFromIssue, type GitHubIssue } from '../../src/upstream/github.ts';

const fixture = (path: string): unknown => JSON.parse(readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8'));

const shapes = { ...publicShapes, ...adminShapes };
type Name = keyof typeof shapes;
interface Parser {
  safeParse(data: unknown): { success: boolean; data?: unknown; error?: { issues: readonly { path: PropertyKey[] }[] } };
}

/** Both checks agree: the same success, the same parsed value, the same places at fault. */
function agree(name: Name, input: unknown, why: string): void {
  const zod = (schemas as unknown as Record<Name, Parser>)[name].safeParse(structuredClone(input));
  const ours = (shapes as unknown as Record<Name, Parser>)[name].safeParse(structuredClone(input));
  assert.equal(ours.success, zod.success, `${name} ${why}: zod says ${zod.success ? 'valid' : 'invalid'}`);
  if (zod.success) assert.deepEqual(ours.data, zod.data, `${name} ${why}: the parsed value`);
  else {
    const paths = (result: Parser extends unknown ? ReturnType<Parser['safeParse']> : never) =>
      [...new Set(result.error?.issues.map((issue) => issue.path.join('.')))].sort();
    assert.deepEqual(paths(ours), paths(zod), `${name} ${why}: the paths of the issues`);
  }
}

const WRONG: unknown[] = [undefined, null, 0, -1, 1.5, Number.NaN, '', 'x', 'https://example.org/', '2026-01-01T00:00:00Z', true, [], [1], {}, { a: 1 }];

/** Every field of `value` replaced by every wrong value, recursively, and every field removed. */
function* mutations(value: unknown, path: string[] = []): Generator<[string, unknown]> {
  if (value === null || typeof value !== 'object') return;
  const entries = Array.isArray(value) ? value.slice(0, 2).map((item, index) => [String(index), item] as const) : Object.entries(value);
  for (const [key, child] of entries) {
    const at = [...path, key].join('.');
    for (const wrong of WRONG) {
      const copy = structuredClone(value) as Record<string, unknown>;
      copy[key] = wrong;
      yield [`with ${at} = ${JSON.stringify(wrong) ?? 'undefined'}`, copy];
    }
    if (!Array.isArray(value)) {
      yield [`without ${at}`, Object.fromEntries(Object.entries(value).filter(([name]) => name !== key))];
    }
    for (const [why, changed] of mutations(child, [...path, key])) {
      const copy = structuredClone(value) as Record<string, unknown>;
      copy[key] = changed;
      yield [why, copy];
    }
  }
}

const story = storyFromIssue(fixture('github/issue.json') as GitHubIssue) ?? assert.fail('the fixture issue makes a story');
const forum = pageFromTopicList(fixture('discourse/latest.json') as Parameters<typeof pageFromTopicList>[0], 'https://discuss.python.org/');
const adminStory = {
  ...story,
  status: 'pending',
  authorEmail: 'ada@example.org',
  flags: ['likely-spam'],
  createdAt: '2026-03-01T10:00:00.000Z',
  moderatedAt: null,
  deliveries: [{ target: 'github', status: 'failed', attempts: 3, lastError: 'HTTP 502', url: null, at: '2026-03-01T11:00:00Z' }],
};

const EXAMPLES: [Name, unknown][] = [
  ['Story', story],
  ['Story', forum.stories[0]],
  ['Story', { id: 'a', kind: 'news', title: 'T', authorName: 'A', publishedAt: '2026-01-01T00:00:00+02:00' }],
  ['StoryPage', forum],
  ['StoryPage', { stories: [story], nextCursor: null }],
  ['StoryFile', { stories: [story, forum.stories[1]] }],
  ['SubmissionReceipt', { id: 'st-1', status: 'pending' }],
  ['MembershipTier', PSF_TIERS[1]],
  ['MembershipTiers', { tiers: PSF_TIERS }],
  ['MembershipTiers', fixture('membership/tiers.json')],
  ['AdminStory', adminStory],
  ['AdminStoryList', { stories: [adminStory] }],
  ['DigestText', { text: '## News' }],
  [
    'AdminStory',
    {
      ...adminStory,
      status: 'approved',
      decidedBy: { id: 'm-1', name: 'Ada' },
      decidedAt: '2026-03-01T12:00:00Z',
      origin: { channel: 'slack', url: 'https://example.slack.com/archives/C1/p1', externalId: 'T1/C1/1.1', author: 'ada' },
      amplification: {
        storyUrl: 'https://stories.example.org/stories/a',
        channels: [
          {
            channel: 'mastodon',
            action: 'boost',
            preselected: true,
            delivery: { status: 'delivered', attempts: 1, url: 'https://m.example/@c/1', at: '2026-03-01T12:01:00Z' },
          },
          { channel: 'bluesky', action: 'post', preselected: false },
        ],
      },
    },
  ],
  ['AdminIdentity', { id: 'owner', name: 'Owner', role: 'owner' }],
  ['ModeratorList', { moderators: [{ id: 'm-1', name: 'Ada', createdAt: '2026-03-01T10:00:00Z' }] }],
  ['NewModerator', { id: 'm-2', name: 'Grace', createdAt: '2026-03-01T10:00:00Z', token: 'chorus_mod_abc' }],
  [
    'AuditPage',
    {
      entries: [
        {
          id: 'a-1',
          storyId: 'st-1',
          storyTitle: 'T',
          action: 'undo',
          fromStatus: 'approved',
          toStatus: 'pending',
          moderator: { id: 'm-1', name: 'Ada' },
          at: '2026-03-01T10:00:00Z',
          undoes: 'a-0',
        },
      ],
      nextCursor: 'abc',
    },
  ],
  [
    'ShareKits',
    {
      storyUrl: 'https://stories.example.org/stories/a',
      kits: [
        { network: 'x', action: 'post', text: 'T https://stories.example.org/stories/a', intentUrl: 'https://x.com/intent/post?text=T' },
        { network: 'linkedin', action: 'post', text: 'T', intentUrl: 'https://www.linkedin.com/sharing/share-offsite/?url=x' },
      ],
    },
  ],
  ['ApiError', { error: { code: 'validation', message: 'Check', issues: [{ path: ['title', 0], message: 'Enter a title', code: 'title.required' }] } }],
];

describe('the browser’s generated response checks', () => {
  for (const name of Object.keys(OUTPUTS) as OutputName[]) {
    it(`are up to date with the zod schemas in ${name} (run \`node --import tsx scripts/schema-checks.ts\` if not)`, async () => {
      const { path, source } = await expected(name);
      assert.equal(readFileSync(path, 'utf8'), source);
    });
  }

  for (const [name, example] of EXAMPLES) {
    it(`answer as zod does for ${name}, and for every field of it broken`, () => {
      agree(name, example, 'as recorded');
      let count = 0;
      for (const [why, broken] of mutations(example)) {
        agree(name, broken, why);
        count++;
      }
      assert.ok(count > 10, `${count} variations`);
    });
  }

  it('answer as zod does for values that are not objects', () => {
    for (const name of Object.keys(shapes) as Name[]) for (const wrong of WRONG) agree(name, wrong, `given ${JSON.stringify(wrong)}`);
  });
});
