import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { after, before, beforeEach, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { HtmlValidate } from 'html-validate';
import { parse } from 'parse5';
import type { KyselyStoryStore } from '../../server/store/kysely-store.ts';
import { closeSharedStore, publish, resetStore, sharedStore, testApp } from './helpers.ts';

let store: KyselyStoryStore;
before(async () => {
  store = await sharedStore();
});
beforeEach(() => resetStore(store));
after(closeSharedStore);

// RFC 4287's own RELAX NG schema (Appendix B), checked by libxml2's xmllint (Debian: libxml2-utils).
const ATOM_SCHEMA = fileURLToPath(new URL('../fixtures/atom/atom.rng', import.meta.url));
// The JSON Schema of JSON Feed 1.1 published as the npm package jsonfeed-schema.
const jsonFeedSchema = createRequire(import.meta.url)('jsonfeed-schema/v1.1') as object;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats.default(ajv);
const validateJsonFeed = ajv.compile(jsonFeedSchema);
const html = new HtmlValidate({ extends: ['html-validate:recommended'] });

function xmllint(xml: string): { ok: boolean; output: string } {
  const run = spawnSync('xmllint', ['--noout', '--relaxng', ATOM_SCHEMA, '-'], { input: xml, encoding: 'utf8' });
  assert.ok(!run.error, `xmllint is needed for this test (Debian: apt-get install libxml2-utils): ${run.error?.message}`);
  return { ok: run.status === 0, output: run.stderr };
}

/** The text content of every `<content>` in an Atom document, unescaped as a feed reader reads it. */
function atomContents(xml: string): string[] {
  const document = parse(xml.replace(/^<\?xml[^>]*>/, ''));
  const found: string[] = [];
  const walk = (node: { nodeName: string; childNodes?: { nodeName: string; value?: string }[] }): void => {
    if (node.nodeName === 'content') found.push((node.childNodes ?? []).map((child) => child.value ?? '').join(''));
    for (const child of node.childNodes ?? []) walk(child as typeof node);
  };
  walk(document as unknown as Parameters<typeof walk>[0]);
  return found;
}

const STORY = {
  title: 'Sprint day <3 & more',
  body: [
    '# How it went',
    '',
    'We had **six people** at the [sprint](https://example.org/sprint?a=1&b=2).',
    '',
    '- beginners welcome',
    '- laptops to borrow',
    '',
    '![The room](https://example.org/room.jpg)',
    '',
    '<script>alert(1)</script> [bad](javascript:alert(1))',
  ].join('\n'),
  link: 'https://example.org/post',
  tags: ['sprint', 'lisbon'],
};

describe('feeds against validators', () => {
  it('/feed.xml is valid Atom by RFC 4287’s schema, with or without entries', async () => {
    const { app } = await testApp();
    assert.ok(xmllint(await (await app.request('http://stories.example/feed.xml')).text()).ok, 'empty feed');
    await publish(app, STORY);
    await publish(app, { kind: 'boost', title: 'Boost without a body', body: '', link: 'https://example.org/boost', tags: [] });
    const xml = await (await app.request('http://stories.example/feed.xml')).text();
    const result = xmllint(xml);
    assert.ok(result.ok, result.output);
    // The grammar's Schematron rules, which RELAX NG validators skip: the feed has an author, every entry an alternate link.
    assert.match(xml, /^ {2}<author><name>[^<]+<\/name><\/author>$/m);
    const entries = xml.split('<entry>').slice(1);
    assert.equal(entries.length, 2);
    for (const entry of entries) assert.match(entry, /<link rel="alternate" type="text\/html" href="http:\/\/stories.example\/stories\/[^"]+"\/>/);
    // The validator must catch a broken feed, or it proves nothing.
    assert.equal(xmllint(xml.replace(/<updated>[^<]*<\/updated>/, '<updated>yesterday</updated>')).ok, false);
  });

  it('/feed.xml carries sanitized HTML rendered from Markdown, not the Markdown', async () => {
    const { app } = await testApp();
    const id = await publish(app, STORY);
    const xml = await (await app.request('http://stories.example/feed.xml')).text();
    const [content] = atomContents(xml);
    assert.ok(content, 'an entry with content');
    assert.match(content, /<h2>How it went<\/h2>/);
    assert.match(content, /<strong>six people<\/strong>/);
    assert.match(content, /<a href="https:\/\/example.org\/sprint\?a=1&amp;b=2" rel="ugc nofollow noopener" target="_blank">sprint<\/a>/);
    assert.match(content, /<ul><li>beginners welcome<\/li><li>laptops to borrow<\/li><\/ul>/);
    assert.match(content, /<img src="https:\/\/example.org\/room.jpg" alt="The room"/);
    assert.doesNotMatch(content, /\*\*|\]\(|<script|javascript:/);
    assert.ok(xml.includes(`<link rel="alternate" type="text/html" href="http://stories.example/stories/${id}"/>`));
    assert.ok(xml.includes('<link rel="related" href="https://example.org/post"/>'));
    assert.ok(xml.includes('<summary type="text">How it went · We had six people at the sprint. beginners welcome · laptops to borrow'));
    const report = await html.validateString(content, { rules: { 'no-inline-style': 'error' } });
    assert.ok(report.valid, JSON.stringify(report.results));
  });

  it('/feed.json is valid JSON Feed 1.1 by its published JSON Schema', async () => {
    const { app } = await testApp();
    await publish(app, STORY);
    await publish(app, { kind: 'boost', title: 'Boost without a body', body: '', link: 'https://example.org/boost', tags: [] });
    const feed = (await (await app.request('http://stories.example/feed.json')).json()) as Record<string, unknown>;
    assert.ok(validateJsonFeed(feed), ajv.errorsText(validateJsonFeed.errors));
    assert.equal(validateJsonFeed({ ...feed, items: [{ title: 'no id' }] }), false, 'the schema catches a broken feed');
  });

  it('/feed.json gives HTML, plain text with its paragraphs and items, a summary and the picture', async () => {
    const { app } = await testApp();
    const id = await publish(app, STORY);
    const feed = (await (await app.request('http://stories.example/feed.json')).json()) as { items: Record<string, string>[] };
    const item = feed.items[0]!;
    assert.equal(item.url, `http://stories.example/stories/${id}`);
    assert.equal(item.external_url, 'https://example.org/post');
    assert.match(item.content_html!, /^<h2>How it went<\/h2><p>We had <strong>six people<\/strong>/);
    assert.doesNotMatch(item.content_html!, /<script|javascript:/);
    assert.equal(
      item.content_text,
      'How it went\n\nWe had six people at the sprint.\n\n• beginners welcome\n• laptops to borrow\n\nThe room\n\n<script>alert(1)</script> bad',
    );
    assert.equal(item.image, 'https://example.org/room.jpg');
    assert.match(item.summary!, /^How it went · We had six people/);
    const report = await html.validateString(item.content_html!);
    assert.ok(report.valid, JSON.stringify(report.results));
  });
});
