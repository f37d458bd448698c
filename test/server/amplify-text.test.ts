import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isValidTid } from '@atproto/syntax';
import { TID } from '@atproto/common-web';
import { parseSettings } from '../../server/env.ts';
import { blueskyFailure, postRecord, recordKey } from '../../server/integrations/bluesky.ts';
import { mastodonLanguage } from '../../server/integrations/mastodon.ts';
import { blueskyPost, mastodonPostUrl, xPostId } from '../../server/integrations/post-urls.ts';
import { rateLimitWaitMs } from '../../server/integrations/rate-limit.ts';
import { shareKits } from '../../server/integrations/share-kit.ts';
import { composePost, cutOnWord, graphemeCount, xWeightedLength } from '../../server/integrations/social-text.ts';
import type { AdminStory } from '../../src/schema/index.ts';
import { XRPCError } from '@atproto/api';
import { mastodonLength } from './fakes/mastodon.ts';

const LINK = 'https://stories.example.org/stories/01936f0e-0000-7000-8000-000000000001';
const MASTODON = { max: 500, measure: graphemeCount, linkCost: 23 };
const BLUESKY = { max: 300, measure: graphemeCount, maxBytes: 3000 };

function story(overrides: Partial<AdminStory> = {}): AdminStory {
  return {
    id: '01936f0e-0000-7000-8000-000000000001',
    kind: 'story',
    title: 'How our meetup grew',
    body: 'We started with five people in a café.',
    bodyFormat: 'markdown',
    link: null,
    url: null,
    tags: [],
    authorName: 'Ada',
    authorUrl: null,
    authorAvatar: null,
    region: null,
    language: null,
    links: [],
    status: 'approved',
    authorEmail: 'ada.private@example.org',
    flags: [],
    createdAt: '2025-01-10T09:00:00.000Z',
    moderatedAt: '2025-01-10T10:00:00.000Z',
    publishedAt: '2025-01-10T10:00:00.000Z',
    ...overrides,
  };
}

/** The text before the link, as a reader sees it. */
const head = (text: string) => text.slice(0, text.lastIndexOf('\n\n'));

describe('a post that fits', () => {
  it('is the title, the whole excerpt and the link when they fit, without the e-mail address or a live mention', () => {
    const text = composePost(story({ body: 'Write to **ada.private@example.org** or @guido.' }), LINK, MASTODON);
    assert.equal(text, `How our meetup grew\n\nWrite to [e-mail hidden] or @\u200bguido.\n\n${LINK}`);
  });

  it('fills Mastodon’s 500 characters exactly, counting the link as 23, and cuts on a word with an ellipsis', () => {
    const body = Array.from({ length: 200 }, (_, n) => `word${n}`).join(' ');
    const text = composePost(story({ body }), LINK, MASTODON);
    const length = mastodonLength(text);
    assert.ok(length <= 500 && length > 490, `${length} characters`);
    assert.match(head(text), / word\d+…$/, 'ends on a whole word');
    assert.ok(text.endsWith(`\n\n${LINK}`), 'the link is never cut');
  });

  it('uses the instance’s own limit', () => {
    const body = 'Lorem ipsum dolor sit amet '.repeat(100);
    assert.ok(mastodonLength(composePost(story({ body }), LINK, { ...MASTODON, max: 1000 })) > 900);
    assert.ok(mastodonLength(composePost(story({ body }), LINK, { ...MASTODON, max: 120 })) <= 120);
  });

  it('counts emoji with modifiers as one grapheme and stays within Bluesky’s 300', () => {
    const body = '👩🏽‍💻🐍 '.repeat(400);
    const text = composePost(story({ title: 'Emoji 🎉 night', body }), LINK, BLUESKY);
    assert.ok(graphemeCount(text) <= 300 && graphemeCount(text) >= 290, `${graphemeCount(text)} graphemes`);
    assert.doesNotMatch(text, /\uFFFD|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/, 'no emoji is split in half');
  });

  it('cuts Chinese text, which has no spaces, between words, up to Bluesky’s limit', () => {
    const body = '我們從五個人開始，在一家咖啡館裡。現在每個月有超過一百人參加，還有初學者工作坊。'.repeat(20);
    const text = composePost(story({ title: '台北 Python 聚會', body, language: 'zh-TW' }), LINK, BLUESKY);
    // Chinese words are one to four characters: the cut is at most a word short of the limit.
    assert.ok(graphemeCount(text) <= 300 && graphemeCount(text) >= 296, `${graphemeCount(text)} graphemes`);
    const cut = head(text).split('\n\n')[1]?.replace(/…$/, '') ?? '';
    assert.ok(cut.length > 100 && body.startsWith(cut), 'the excerpt is the story’s start');
    const ends = new Set([...new Intl.Segmenter('zh-TW', { granularity: 'word' }).segment(body)].map(({ index, segment }) => index + segment.length));
    assert.ok(ends.has(cut.length), `"${cut.slice(-4)}" ends a word`);
  });

  it('keeps Bluesky’s 3,000-byte limit too', () => {
    const text = composePost(story({ title: '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', body: '𝔞𝔟𝔠 '.repeat(2000) }), LINK, { max: 3000, measure: graphemeCount, maxBytes: 3000 });
    assert.ok(Buffer.byteLength(text) <= 3000);
  });

  it('never cuts inside a link in the story', () => {
    const body = 'Slides: https://example.org/talks/2025/how-our-meetup-grew-and-what-we-learned.pdf and more words here';
    for (let max = 60; max <= 140; max += 5) {
      const text = composePost(story({ body }), LINK, { max, measure: graphemeCount });
      const excerpt = head(text).split('\n\n')[1] ?? '';
      assert.ok(!/https?:\/\/\S*…/.test(excerpt), `${max}: ${excerpt}`);
    }
  });

  it('cuts a title that alone is too long, and keeps the link', () => {
    assert.equal(
      cutOnWord('one two three', (candidate) => candidate.length <= 9),
      'one two…',
    );
    assert.equal(
      cutOnWord('unbreakable', (candidate) => candidate.length <= 3),
      '',
    );
    const text = composePost(story({ title: 'A very long title indeed', body: '' }), LINK, { max: 36, measure: graphemeCount, linkCost: 23 });
    assert.equal(text, `A very…\n\n${LINK}`);
  });
});

describe('the Bluesky post record', () => {
  it('links the story page with a facet at the right UTF-8 byte offsets, after emoji and CJK text, and adds an external card', () => {
    const record = postRecord(
      story({ title: '台北 🐍 meetup', body: 'Café ☕ and 日本語 — see https://python.org/events #python', language: 'zh-TW' }),
      LINK,
      '2025-01-10T10:00:00.000Z',
    );
    const bytes = Buffer.from(record.text, 'utf8');
    const links = (record.facets ?? []).flatMap((facet) =>
      facet.features.filter((feature) => feature.$type === 'app.bsky.richtext.facet#link').map((feature) => ({ facet, uri: (feature as { uri: string }).uri })),
    );
    assert.deepEqual(
      links.map(({ uri }) => uri),
      ['https://python.org/events', LINK],
    );
    for (const { facet, uri } of links) assert.equal(bytes.subarray(facet.index.byteStart, facet.index.byteEnd).toString('utf8'), uri);
    const storyFacet = links[1]!.facet;
    assert.equal(storyFacet.index.byteStart, Buffer.byteLength(record.text.slice(0, record.text.indexOf(LINK))), 'offsets count bytes, not UTF-16 units');
    assert.notEqual(storyFacet.index.byteStart, record.text.indexOf(LINK));
    assert.ok(
      (record.facets ?? []).some((facet) => facet.features.some((feature) => feature.$type === 'app.bsky.richtext.facet#tag')),
      'hashtags are tags',
    );
    assert.deepEqual(record.langs, ['zh-TW']);
    assert.deepEqual(record.embed, {
      $type: 'app.bsky.embed.external',
      external: { uri: LINK, title: '台北 🐍 meetup', description: 'Café ☕ and 日本語 — see https://python.org/events #python' },
    });
  });

  it('never mentions anyone', () => {
    const record = postRecord(story({ body: 'Thanks @ada.bsky.social!' }), LINK, '2025-01-10T10:00:00.000Z');
    assert.equal(JSON.stringify(record.facets ?? []).includes('mention'), false);
  });
});

describe('record keys', () => {
  it('are valid TIDs, the same for a story every time, different for two stories', () => {
    const first = recordKey(story());
    assert.ok(isValidTid(first), first);
    assert.equal(recordKey(story()), first);
    assert.notEqual(recordKey(story({ id: '01936f0e-0000-7000-8000-000000000002' })), first);
    assert.equal(Math.floor(TID.fromStr(first).timestamp() / 1000), Date.parse('2025-01-10T09:00:00.000Z'), 'its time is when the story was sent');
  });
});

describe('links to posts', () => {
  it('recognise posts on any fediverse server, and nothing else', () => {
    for (const url of [
      'https://fosstodon.org/@ada/112233445566778899',
      'https://mastodon.social/@ada@fosstodon.org/112233445566778899',
      'https://fosstodon.org/users/ada/statuses/112233445566778899',
      'https://pleroma.example/notice/AbC123',
      'https://misskey.example/notes/9abcdefghi',
    ]) {
      assert.equal(mastodonPostUrl(url), url);
    }
    for (const url of [
      'https://fosstodon.org/@ada',
      'https://python.org/@ada/2024',
      'https://bsky.app/profile/ada.bsky.social/post/3l6oveex3ii2l',
      'ftp://x/@a/1',
      'nonsense',
    ]) {
      assert.equal(mastodonPostUrl(url), undefined, url);
    }
  });

  it('read a Bluesky post’s author (handle or DID) and record key', () => {
    assert.deepEqual(blueskyPost('https://bsky.app/profile/Ada.bsky.social/post/3l6oveex3ii2l'), { actor: 'ada.bsky.social', rkey: '3l6oveex3ii2l' });
    assert.deepEqual(blueskyPost('https://bsky.app/profile/did:plc:ewvi7nxzyoun6zhxrhs64oiz/post/3l6oveex3ii2l'), {
      actor: 'did:plc:ewvi7nxzyoun6zhxrhs64oiz',
      rkey: '3l6oveex3ii2l',
    });
    for (const url of [
      'https://bsky.app/profile/ada.bsky.social',
      'https://bsky.app/profile/not a handle/post/x',
      'https://evil.example/profile/a.b/post/3l6oveex3ii2l',
    ]) {
      assert.equal(blueskyPost(url), undefined, url);
    }
  });

  it('read an X post’s id', () => {
    assert.equal(xPostId('https://x.com/ThePSF/status/1234567890123456789'), '1234567890123456789');
    assert.equal(xPostId('https://twitter.com/ThePSF/status/1234567890123456789/'), '1234567890123456789');
    assert.equal(xPostId('https://x.com/ThePSF'), undefined);
  });
});

describe('share kits', () => {
  it('give X a post of at most 280 weighted characters (CJK and emoji count 2, the link 23) and its Web Intent', () => {
    const [x, linkedIn] = shareKits(story({ title: '台北 🐍 meetup', body: '我們從五個人開始。'.repeat(60) }), LINK);
    assert.equal(x?.network, 'x');
    const withoutLink = head(x!.text);
    assert.ok(xWeightedLength(withoutLink) + 1 + 23 <= 280, `${xWeightedLength(withoutLink)} weighted`);
    const intent = new URL(x!.intentUrl);
    assert.equal(`${intent.origin}${intent.pathname}`, 'https://twitter.com/intent/tweet');
    assert.equal(intent.searchParams.get('text'), withoutLink);
    assert.equal(intent.searchParams.get('url'), LINK);
    assert.equal(linkedIn?.intentUrl, `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(LINK)}`);
    assert.ok(linkedIn?.text.endsWith(LINK));
  });

  it('offer X’s repost intent for a boost of a post on X', () => {
    const [x] = shareKits(story({ kind: 'boost', link: 'https://x.com/ThePSF/status/1234567890123456789', body: '' }), LINK);
    assert.deepEqual(x, { network: 'x', action: 'repost', text: '', intentUrl: 'https://twitter.com/intent/retweet?tweet_id=1234567890123456789' });
  });

  it('weigh text as X does', () => {
    assert.equal(xWeightedLength('hello'), 5);
    assert.equal(xWeightedLength('日本'), 4);
    assert.equal(xWeightedLength('👩🏽‍💻'), 2);
    assert.equal(xWeightedLength('Ñandú “quoted”'), 14);
  });
});

describe('rate-limit waits', () => {
  const now = Date.parse('2025-01-10T10:00:00.000Z');
  const headers = (entries: Record<string, string>) => new Headers(entries);
  it('read Retry-After, Mastodon’s ISO reset time, Bluesky’s epoch seconds and a delay in seconds', () => {
    assert.equal(rateLimitWaitMs(headers({ 'Retry-After': '30' }), now), 30_000);
    assert.equal(rateLimitWaitMs(headers({ 'X-RateLimit-Reset': '2025-01-10T10:05:00.000Z' }), now), 300_000);
    assert.equal(rateLimitWaitMs(headers({ 'RateLimit-Reset': String(now / 1000 + 90) }), now), 90_000);
    assert.equal(rateLimitWaitMs(headers({ 'RateLimit-Reset': '45' }), now), 45_000);
    assert.equal(rateLimitWaitMs(headers({}), now), undefined);
  });
});

describe('Bluesky failures', () => {
  it('say what to do', () => {
    assert.deepEqual(
      [blueskyFailure(new XRPCError(401, 'AuthenticationRequired', 'Invalid identifier or password'), 0, 1000)].map((f) => [
        f.retryable,
        /CHORUS_BLUESKY_APP_PASSWORD/.test(f.error),
      ]),
      [[false, true]],
    );
    const gone = blueskyFailure(new XRPCError(400, 'RecordNotFound', 'Could not locate record'), 0, 1000);
    assert.equal(gone.retryable, false);
    assert.match(gone.error, /^the post no longer exists/);
    const now = Date.parse('2025-01-10T10:00:00.000Z');
    const limited = blueskyFailure(new XRPCError(429, 'RateLimitExceeded', 'Rate Limit Exceeded', { 'ratelimit-reset': String(now / 1000 + 60) }), now, 1000);
    assert.deepEqual([limited.retryable, limited.retryAfterMs], [true, 60_000]);
    assert.equal(blueskyFailure(new XRPCError(502, 'UpstreamFailure', 'x'), 0, 1000).retryable, true);
    assert.equal(blueskyFailure(new XRPCError(400, 'InvalidRequest', 'Invalid app.bsky.feed.post record'), 0, 1000).retryable, false);
  });
});

describe('Mastodon language', () => {
  it('is the ISO 639-1 part of the story’s language', () => {
    assert.equal(mastodonLanguage('pt-BR'), 'pt');
    assert.equal(mastodonLanguage('es'), 'es');
    assert.equal(mastodonLanguage('yue'), undefined);
    assert.equal(mastodonLanguage(null), undefined);
  });
});

describe('settings', () => {
  const base = { CHORUS_PUBLIC_URL: 'https://stories.example.org' };
  const mastodon = { CHORUS_MASTODON_URL: 'https://mastodon.social/', CHORUS_MASTODON_TOKEN: 'token-not-real-0123456789abcdef' };
  const bluesky = { CHORUS_BLUESKY_HANDLE: '@Community.bsky.social', CHORUS_BLUESKY_APP_PASSWORD: 'abcd-efgh-ijkl-mnop' };

  it('are off until set, and read when set', () => {
    const off = parseSettings({});
    assert.equal(off.CHORUS_MASTODON_URL, undefined);
    assert.equal(off.CHORUS_BLUESKY_SERVICE, 'https://bsky.social');
    assert.equal(off.CHORUS_AMPLIFY_DEFAULT, undefined);
    const on = parseSettings({ ...base, ...mastodon, ...bluesky, CHORUS_AMPLIFY_DEFAULT: 'Mastodon, bluesky' });
    assert.equal(on.CHORUS_MASTODON_URL, 'https://mastodon.social');
    assert.equal(on.CHORUS_BLUESKY_HANDLE, 'community.bsky.social');
    assert.deepEqual(on.CHORUS_AMPLIFY_DEFAULT, ['mastodon', 'bluesky']);
    assert.deepEqual(parseSettings({ CHORUS_AMPLIFY_DEFAULT: 'none' }).CHORUS_AMPLIFY_DEFAULT, []);
  });

  it('stop start-up naming the setting, and never echo a secret', () => {
    const cases: [Record<string, string>, RegExp][] = [
      [
        { ...base, CHORUS_MASTODON_URL: 'https://mastodon.social/@community', CHORUS_MASTODON_TOKEN: 'x'.repeat(20) },
        /CHORUS_MASTODON_URL: must be your Mastodon server's address/,
      ],
      [{ ...base, CHORUS_MASTODON_URL: 'https://mastodon.social' }, /CHORUS_MASTODON_TOKEN: must be set as well, since CHORUS_MASTODON_URL is/],
      [{ ...base, ...mastodon, CHORUS_MASTODON_TOKEN: 'Bearer secret-token-0123456789' }, /CHORUS_MASTODON_TOKEN: must be the access token itself/],
      [{ ...base, CHORUS_BLUESKY_APP_PASSWORD: 'abcd-efgh-ijkl-mnop' }, /CHORUS_BLUESKY_HANDLE: must be set as well/],
      [{ ...base, ...bluesky, CHORUS_BLUESKY_APP_PASSWORD: 'my real password' }, /CHORUS_BLUESKY_APP_PASSWORD: must be an app password/],
      [{ ...base, ...bluesky, CHORUS_BLUESKY_HANDLE: 'not a handle' }, /CHORUS_BLUESKY_HANDLE: must be the Bluesky account's handle/],
      [{ ...mastodon }, /CHORUS_PUBLIC_URL: must be set when Mastodon amplification is on: each post links to the story's page/],
      [{ ...bluesky }, /CHORUS_PUBLIC_URL: must be set when Bluesky amplification is on/],
      [
        { CHORUS_AMPLIFY_DEFAULT: 'mastodon' },
        /CHORUS_AMPLIFY_DEFAULT: lists mastodon, which is not set up \(set CHORUS_MASTODON_URL and CHORUS_MASTODON_TOKEN\)/,
      ],
      [{ CHORUS_AMPLIFY_DEFAULT: 'twitter' }, /CHORUS_AMPLIFY_DEFAULT: each entry must be one of github, discourse, mastodon, bluesky/],
    ];
    for (const [env, message] of cases) {
      let error: Error | undefined;
      try {
        parseSettings(env);
      } catch (caught) {
        error = caught as Error;
      }
      assert.match(error?.message ?? 'no error', message);
      assert.equal(error?.message.includes('my real password') || error?.message.includes('secret-token'), false, 'secrets are never shown');
    }
  });
});
