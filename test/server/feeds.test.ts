import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { KyselyStoryStore } from '../../server/store/kysely-store.ts';
import { closeSharedStore, publish, resetStore, sharedStore, testApp } from './helpers.ts';

let store: KyselyStoryStore;
before(async () => {
  store = await sharedStore();
});
beforeEach(() => resetStore(store));
after(closeSharedStore);

const NASTY = `Tom & Jerry's <script>alert("x")</script> ]]> café 🐍`;

/**
 * Checks XML well-formedness the strict way for what the feed emits: every
 * tag closed in order, no raw `<` in text, every `&` an entity.
 */
function assertWellFormedXml(xml: string) {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  const tokens = body.split(/(<[^>]*>)/);
  for (const token of tokens) {
    if (token.startsWith('<')) {
      const match = /^<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>$/.exec(token);
      assert.ok(match, `malformed tag ${token}`);
      const [, closing, name, attributes, selfClosing] = match;
      for (const [, value] of (attributes ?? '').matchAll(/="([^"]*)"/g)) assert.doesNotMatch(value!, /&(?!(amp|lt|gt|quot|apos|#\d+);)/, `raw & in ${token}`);
      if (closing) assert.equal(stack.pop(), name, `unbalanced </${name}>`);
      else if (!selfClosing) stack.push(name!);
    } else {
      assert.doesNotMatch(token, /</, 'raw < in text');
      assert.doesNotMatch(token, /&(?!(amp|lt|gt|quot|apos|#\d+);)/, `raw & in text: ${token.slice(0, 60)}`);
    }
  }
  assert.deepEqual(stack, []);
}

describe('GET /feed.xml', () => {
  it('is a well-formed Atom feed with escaped titles and bodies', async () => {
    const { app } = await testApp();
    const id = await publish(app, { title: NASTY, body: `Body with ${NASTY}`, authorName: 'A & B <c>', tags: ['web'] });
    const response = await app.request('http://stories.example/feed.xml');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('Content-Type') ?? '', /^application\/atom\+xml/);
    assert.equal(response.headers.get('Cache-Control'), 'public, max-age=30, stale-while-revalidate=300');
    const xml = await response.text();
    assertWellFormedXml(xml);
    assert.match(xml, /<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    assert.match(xml, /<link rel="self" type="application\/atom\+xml" href="http:\/\/stories.example\/feed.xml"\/>/);
    assert.ok(xml.includes(`<id>urn:uuid:${id}</id>`));
    assert.ok(xml.includes('<title type="text">Tom &amp; Jerry&apos;s &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; ]]&gt; café 🐍</title>'));
    assert.ok(xml.includes('<name>A &amp; B &lt;c&gt;</name>'));
    assert.ok(xml.includes('<category term="web"/>'));
    assert.equal(xml.includes('<script>'), false);
    for (const element of ['<updated>', '<published>', '<author>', '<content type="html">']) assert.ok(xml.includes(element), element);
    assert.ok(xml.includes(`<link rel="alternate" type="text/html" href="http://stories.example/stories/${id}"/>`));
  });

  it('is a valid empty feed when nothing is published', async () => {
    const { app } = await testApp();
    const xml = await (await app.request('/feed.xml')).text();
    assertWellFormedXml(xml);
    assert.doesNotMatch(xml, /<entry>/);
    assert.match(xml, /<updated>1970-01-01T00:00:00.000Z<\/updated>/);
  });

  it('filters by ?tag=', async () => {
    const { app } = await testApp();
    await publish(app, { title: 'About Django', tags: ['django'] });
    await publish(app, { title: 'About Flask', tags: ['flask'] });
    const xml = await (await app.request('/feed.xml?tag=django')).text();
    assert.match(xml, /About Django/);
    assert.doesNotMatch(xml, /About Flask/);
  });

  it('answers 422 for a tag that cannot exist', async () => {
    const { app } = await testApp();
    assert.equal((await app.request('/feed.xml?tag=%3Cscript%3E')).status, 422);
  });

  it('answers 304 for a reader that has the latest feed', async () => {
    const { app } = await testApp();
    await publish(app);
    const first = await app.request('/feed.xml');
    const again = await app.request('/feed.xml', { headers: { 'If-None-Match': first.headers.get('ETag')! } });
    assert.equal(again.status, 304);
  });
});

describe('GET /feed.json', () => {
  it('is a JSON Feed 1.1 whose text round-trips exactly', async () => {
    const { app } = await testApp();
    const id = await publish(app, { title: NASTY, body: 'Plain *markdown* body', link: 'https://example.org/post?a=1&b=2', tags: ['web'] });
    const response = await app.request('http://stories.example/feed.json');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('Content-Type') ?? '', /^application\/feed\+json/);
    const feed = (await response.json()) as Record<string, unknown> & { items: Record<string, unknown>[] };
    assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
    assert.equal(feed.feed_url, 'http://stories.example/feed.json');
    assert.equal(typeof feed.title, 'string');
    const item = feed.items[0]!;
    assert.equal(item.id, id);
    assert.equal(item.title, NASTY);
    assert.equal(item.content_html, '<p>Plain <em>markdown</em> body</p>');
    assert.equal(item.content_text, 'Plain markdown body');
    assert.equal(item.url, `http://stories.example/stories/${id}`);
    assert.equal(item.external_url, 'https://example.org/post?a=1&b=2');
    assert.deepEqual(item.tags, ['web']);
    assert.match(String(item.date_published), /^\d{4}-\d{2}-\d{2}T/);
    assert.deepEqual(item.authors, [{ name: 'Ada Example' }]);
  });

  it('filters by ?tag=', async () => {
    const { app } = await testApp();
    await publish(app, { title: 'About Django', tags: ['django'] });
    await publish(app, { title: 'About Flask', tags: ['flask'] });
    const feed = (await (await app.request('/feed.json?tag=flask')).json()) as { items: { title: string }[] };
    assert.deepEqual(
      feed.items.map((item) => item.title),
      ['About Flask'],
    );
  });
});
