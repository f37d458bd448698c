import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AdminStory, ApiError, MembershipTiers, Story } from '../../src/schema/index.ts';
import { PSF_TIERS } from '../../src/data/psf-membership.ts';

describe('Story (public)', () => {
  const admin = AdminStory.parse({
    id: '01J0000000000000000000000',
    kind: 'news',
    title: 'New PSF grant',
    body: 'Details',
    tags: ['psf'],
    authorName: 'Ada',
    authorEmail: 'ada@example.org',
    status: 'approved',
    flags: ['likely-spam'],
    createdAt: '2026-11-20T10:00:00.000Z',
    moderatedAt: '2026-11-21T10:00:00.000Z',
    publishedAt: '2026-11-21T10:00:00.000Z',
  });

  it('keeps no e-mail address or moderation field when an admin story is made public', () => {
    const story = Story.parse(admin);
    for (const key of ['authorEmail', 'status', 'flags', 'createdAt', 'moderatedAt']) assert.equal(key in story, false, key);
    assert.equal(JSON.stringify(story).includes('ada@example.org'), false);
  });

  it('fills defaults for optional collections', () => {
    const story = Story.parse({ id: 'x', kind: 'boost', title: 't', authorName: 'a', publishedAt: '2026-01-01T00:00:00Z' });
    assert.deepEqual([story.tags, story.links, story.body, story.bodyFormat], [[], [], '', 'markdown']);
  });
});

describe('ApiError', () => {
  it('accepts the documented shape', () => {
    assert.equal(
      ApiError.safeParse({ error: { code: 'validation', message: 'Check the form', issues: [{ path: ['title'], message: 'Enter a title' }] } }).success,
      true,
    );
  });
});

describe('PSF default tiers', () => {
  it('are valid MembershipTiers', () => {
    assert.equal(MembershipTiers.safeParse({ tiers: PSF_TIERS }).success, true);
  });
});
