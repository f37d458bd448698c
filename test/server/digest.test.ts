import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { digestHtml, digestMarkdown, digestRange, type DigestRange } from '../../server/digest.ts';
import type { KyselyStoryStore } from '../../server/store/kysely-store.ts';
import { ApiError, type Story } from '../../src/schema/index.ts';
import { admin, closeSharedStore, publish, resetStore, sharedStore, testApp } from './helpers.ts';

let store: KyselyStoryStore;
before(async () => {
  store = await sharedStore();
});
beforeEach(() => resetStore(store));
after(closeSharedStore);

const DAY = 86_400_000;

describe('GET /api/v1/admin/digest', () => {
  it('gives the week’s approved stories as Markdown, grouped news, stories, events, boosts, both days included', async () => {
    let now = Date.UTC(2025, 0, 5, 12);
    const { app } = await testApp({ now: () => now });
    await publish(app, { kind: 'story', title: 'Too early' });
    now = Date.UTC(2025, 0, 6, 9);
    await publish(app, {
      kind: 'boost',
      title: 'Please share our CFP',
      body: 'The call for proposals closes on Friday.',
      link: 'https://pycon.example.org/cfp',
    });
    now = Date.UTC(2025, 0, 7, 10);
    await publish(app, {
      kind: 'story',
      title: 'How our meetup grew',
      body: 'We started with **five people** in a [café](https://cafe.example).\n\nNow we are *fifty*.',
    });
    now = Date.UTC(2025, 0, 8, 11);
    await publish(app, { kind: 'news', title: 'Python 3.14 [released]', body: '# Big day\n\nEverything is faster.', link: 'https://python.org/downloads/' });
    now = Date.UTC(2025, 0, 12, 23, 30);
    await publish(app, { kind: 'event', title: 'Sprint in Lisbon', body: 'Join us_for_a day of code.' });
    now = Date.UTC(2025, 0, 13, 0, 30);
    await publish(app, { kind: 'news', title: 'Too late' });

    const response = await app.request('/api/v1/admin/digest?since=2025-01-06&until=2025-01-12&format=markdown', admin());
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('Content-Type'), 'text/markdown; charset=utf-8');
    assert.equal(
      await response.text(),
      [
        '# Community stories, January 6, 2025 to January 12, 2025',
        '',
        '## News',
        '',
        '- **[Python 3.14 \\[released\\]](<https://python.org/downloads/>)** by Ada Example — Big day',
        '',
        '## Stories',
        '',
        '- **How our meetup grew** by Ada Example — We started with five people in a café.',
        '',
        '## Events',
        '',
        '- **Sprint in Lisbon** by Ada Example — Join us\\_for\\_a day of code.',
        '',
        '## Posts to share',
        '',
        '- **[Please share our CFP](<https://pycon.example.org/cfp>)** by Ada Example — The call for proposals closes on Friday.',
        '',
      ].join('\n'),
    );
  });

  it('escapes HTML and links only http(s) addresses', async () => {
    const now = Date.UTC(2025, 0, 10);
    const { app } = await testApp({ now: () => now });
    await publish(app, { kind: 'news', title: '<img src=x onerror=alert(1)>', body: 'Tom & "Jerry" <b>bold</b>', link: 'https://python.org/?a=1&b=2' });
    const response = await app.request('/api/v1/admin/digest?since=2025-01-10&until=2025-01-10&format=html', admin());
    assert.match(response.headers.get('Content-Type') ?? '', /^text\/html/);
    assert.equal(
      await response.text(),
      '<h1>Community stories, January 10, 2025 to January 10, 2025</h1>\n<h2>News</h2>\n<ul>\n' +
        '<li><strong><a href="https://python.org/?a=1&#38;b=2">&#60;img src=x onerror=alert(1)&#62;</a></strong> by Ada Example — Tom &#38; &#34;Jerry&#34; &#60;b&#62;bold&#60;/b&#62;</li>\n</ul>\n',
    );
  });

  it('says so when nothing was published', async () => {
    const { app } = await testApp({ now: () => Date.UTC(2025, 0, 10) });
    const text = await (await app.request('/api/v1/admin/digest?since=2025-01-01&until=2025-01-07', admin())).text();
    assert.equal(text, '# Community stories, January 1, 2025 to January 7, 2025\n\nNo stories were published in this period.\n');
  });

  it('answers 422 for dates it cannot read, impossible dates and a range that ends before it starts', async () => {
    const { app } = await testApp();
    for (const [query, field] of [
      ['since=last-week', 'since'],
      ['since=2025-02-30&until=2025-03-01', 'since'],
      ['since=2025-01-01&until=2025-13-01', 'until'],
      ['since=2025-01-10&until=2025-01-01', 'until'],
    ] as const) {
      const response = await app.request(`/api/v1/admin/digest?${query}`, admin());
      assert.equal(response.status, 422, query);
      assert.deepEqual(
        ApiError.parse(await response.json()).error.issues?.map((issue) => issue.path[0]),
        [field],
        query,
      );
    }
  });

  it('needs the admin token', async () => {
    const { app } = await testApp();
    assert.equal((await app.request('/api/v1/admin/digest?since=2025-01-01&until=2025-01-07')).status, 401);
  });
});

describe('digestRange', () => {
  it('defaults to the seven days up to today', () => {
    const range = digestRange(undefined, undefined, Date.UTC(2025, 0, 10, 15)) as DigestRange;
    assert.deepEqual(
      [range.since.toISOString(), range.until.toISOString(), range.firstDay, range.lastDay],
      ['2025-01-04T00:00:00.000Z', '2025-01-11T00:00:00.000Z', '2025-01-04', '2025-01-10'],
    );
  });

  it('takes exact times as they are', () => {
    const range = digestRange('2025-01-01T12:00:00Z', '2025-01-02T12:00:00Z', 0) as DigestRange;
    assert.equal(range.until.getTime() - range.since.getTime(), DAY);
  });
});

describe('digest excerpts', () => {
  const base: Story = {
    id: '1',
    kind: 'story',
    title: 'T',
    body: '',
    bodyFormat: 'markdown',
    tags: [],
    authorName: 'A',
    publishedAt: '2025-01-01T00:00:00.000Z',
    links: [{ rel: 'github', url: 'https://github.com/python/community-stories/issues/1' }],
  };
  const range = digestRange('2025-01-01', '2025-01-01', 0) as DigestRange;

  it('uses the first paragraph of HTML bodies, and the amplified link when the story has no other', () => {
    const md = digestMarkdown([{ ...base, bodyFormat: 'html', body: '<p>First <em>para</em>.</p><p>Second.</p>' }], range);
    assert.match(md, /^- \*\*\[T\]\(<https:\/\/github.com\/python\/community-stories\/issues\/1>\)\*\* by A — First para\.$/m);
  });

  it('cuts a long paragraph at a word', () => {
    const html = digestHtml([{ ...base, links: [], body: 'word '.repeat(100) }], range);
    const excerpt = / — (.*)<\/li>/.exec(html)?.[1] ?? '';
    assert.ok(excerpt.length <= 280 && excerpt.endsWith('word…'), excerpt);
  });
});
