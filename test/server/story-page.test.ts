import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { HtmlValidate } from 'html-validate';
import { sql } from 'kysely';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { parseSettings } from '../../server/env.ts';
import type { KyselyStoryStore } from '../../server/store/kysely-store.ts';
import { admin, closeSharedStore, post, publish, resetStore, sharedStore, testApp, validSubmission } from './helpers.ts';

type Node = DefaultTreeAdapterTypes.ChildNode;
type Element = DefaultTreeAdapterTypes.Element;

let store: KyselyStoryStore;
before(async () => {
  store = await sharedStore();
});
beforeEach(() => resetStore(store));
after(closeSharedStore);

const validator = new HtmlValidate({ extends: ['html-validate:recommended', 'html-validate:a11y'] });

async function assertValidHtml(html: string, rules: Record<string, 'off'> = {}): Promise<void> {
  const report = await validator.validateString(html, { rules });
  const problems = report.results.flatMap((result) => result.messages.map((m) => `${m.ruleId} (${m.line}:${m.column}): ${m.message}`));
  assert.deepEqual(problems, [], html);
}

/** The page as a browser parses it: every element in document order. */
function elements(html: string): Element[] {
  const found: Element[] = [];
  const walk = (nodes: Node[]): void => {
    for (const node of nodes) {
      if (!('tagName' in node)) continue;
      found.push(node);
      walk(node.childNodes);
    }
  };
  walk(parse(html).childNodes);
  return found;
}

const attr = (el: Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;
const textOf = (el: Element): string =>
  el.childNodes.map((node) => ('value' in node ? (node as DefaultTreeAdapterTypes.TextNode).value : 'tagName' in node ? textOf(node) : '')).join('');

function metaTags(html: string): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const el of elements(html).filter((el) => el.tagName === 'meta')) {
    const key = attr(el, 'property') ?? attr(el, 'name');
    if (key) tags.set(key, [...(tags.get(key) ?? []), attr(el, 'content') ?? '']);
  }
  return tags;
}

function jsonLd(html: string): Record<string, unknown> {
  const blocks = elements(html).filter((el) => el.tagName === 'script');
  assert.equal(blocks.length, 1, 'one script element: the JSON-LD block');
  assert.equal(attr(blocks[0]!, 'type'), 'application/ld+json');
  return JSON.parse(textOf(blocks[0]!)) as Record<string, unknown>;
}

const STORY = {
  title: 'Our first sprint',
  body: '# How it went\n\nWe had **six people** at the [sprint](https://example.org/sprint).\n\n- beginners welcome\n- laptops to borrow\n\n![The room at the sprint](https://example.org/room.jpg)',
  link: 'https://example.org/post',
  tags: ['sprint', 'lisbon'],
};

describe('GET /stories/{id}', () => {
  it('is a valid HTML page of the story, readable without JavaScript', async () => {
    const { app } = await testApp({ siteUrl: 'https://community.example.org/', title: 'PyLisbon' });
    const id = await publish(app, STORY);
    const response = await app.request(`http://stories.example/stories/${id}`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('Content-Type'), 'text/html; charset=utf-8');
    const html = await response.text();
    await assertValidHtml(html);
    const h1 = elements(html).filter((el) => el.tagName === 'h1');
    assert.deepEqual(h1.map(textOf), ['Our first sprint']);
    assert.match(html, /<h2>How it went<\/h2><p>We had <strong>six people<\/strong>/);
    assert.match(html, /<ul><li>beginners welcome<\/li><li>laptops to borrow<\/li><\/ul>/);
    assert.match(html, /By Ada Example/);
    assert.match(html, /<a class="button" href="https:\/\/example.org\/post" rel="ugc nofollow noopener">Read more on example.org<\/a>/);
    assert.match(html, /<a href="https:\/\/community.example.org\/">More stories on PyLisbon<\/a>/);
    assert.doesNotMatch(html, /\*\*|\]\(/, 'no raw Markdown');
  });

  it('names its canonical address and offers Open Graph and Twitter card tags', async () => {
    const { app } = await testApp({ title: 'PyLisbon' });
    const id = await publish(app, STORY);
    const html = await (await app.request(`http://stories.example/stories/${id}`)).text();
    const permalink = `http://stories.example/stories/${id}`;
    const canonical = elements(html).find((el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical');
    assert.equal(canonical && attr(canonical, 'href'), permalink);
    const meta = metaTags(html);
    assert.deepEqual(meta.get('og:type'), ['article']);
    assert.deepEqual(meta.get('og:title'), ['Our first sprint']);
    assert.deepEqual(meta.get('og:url'), [permalink]);
    assert.deepEqual(meta.get('og:site_name'), ['PyLisbon']);
    assert.deepEqual(meta.get('og:image'), ['https://example.org/room.jpg']);
    assert.deepEqual(meta.get('og:image:alt'), ['The room at the sprint']);
    assert.deepEqual(meta.get('article:tag'), ['sprint', 'lisbon']);
    assert.deepEqual(meta.get('twitter:card'), ['summary_large_image']);
    assert.deepEqual(meta.get('twitter:image'), ['https://example.org/room.jpg']);
    const [description] = meta.get('og:description')!;
    assert.equal(description, 'How it went · We had six people at the sprint. beginners welcome · laptops to borrow · The room at the sprint');
    assert.deepEqual(meta.get('description'), [description]);
    assert.deepEqual(meta.get('twitter:description'), [description]);
  });

  it('has a small card and no image tags for a story without a picture', async () => {
    const { app } = await testApp();
    const id = await publish(app, { body: 'Just words.' });
    const meta = metaTags(await (await app.request(`/stories/${id}`)).text());
    assert.deepEqual(meta.get('twitter:card'), ['summary']);
    assert.equal(meta.has('og:image'), false);
    assert.equal(meta.has('twitter:image'), false);
    assert.deepEqual(meta.get('og:site_name'), ['Community stories']);
  });

  it('describes the story as a schema.org Article in JSON-LD', async () => {
    const { app } = await testApp({ title: 'PyLisbon', siteUrl: 'https://community.example.org/' });
    const id = await publish(app, STORY);
    const html = await (await app.request(`http://stories.example/stories/${id}`)).text();
    const data = jsonLd(html);
    const permalink = `http://stories.example/stories/${id}`;
    assert.equal(data['@context'], 'https://schema.org');
    assert.equal(data['@type'], 'Article');
    assert.equal(data.headline, 'Our first sprint');
    assert.equal(data.url, permalink);
    assert.deepEqual(data.mainEntityOfPage, { '@type': 'WebPage', '@id': permalink });
    assert.match(String(data.datePublished), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    assert.deepEqual(data.author, { '@type': 'Person', name: 'Ada Example' });
    assert.deepEqual(data.publisher, { '@type': 'Organization', name: 'PyLisbon', url: 'https://community.example.org/' });
    assert.deepEqual(data.image, ['https://example.org/room.jpg']);
    assert.deepEqual(data.keywords, ['sprint', 'lisbon']);
    assert.match(String(data.description), /^How it went · We had six people/);
  });

  describe('with hostile text', () => {
    const HOSTILE = {
      title: 'Hi </script><script>window.__xss=1</script><!-- "quoted" & \'single\'',
      body: '<img src=x onerror="window.__xss=1"> [x](javascript:window.__xss=1) </script><script>window.__xss=1</script>\n\n![a](javascript:alert(1))',
      authorName: '<svg onload=window.__xss=1> </script> Eve',
      region: '"><script>window.__xss=1</script>',
      link: 'https://example.org/?q="><script>window.__xss=1</script>',
    };

    it('keeps script out of the title, body, author and JSON-LD', async () => {
      const { app } = await testApp();
      const id = await publish(app, HOSTILE);
      const html = await (await app.request(`/stories/${id}`)).text();
      // long-title counts each escaped `&lt;` of this 70-character title as four characters.
      await assertValidHtml(html, { 'long-title': 'off' });
      const all = elements(html);
      assert.equal(all.filter((el) => ['script', 'svg', 'iframe', 'object', 'embed', 'style'].includes(el.tagName)).length, 1, 'only the JSON-LD block');
      for (const el of all) {
        for (const { name, value } of el.attrs) {
          assert.doesNotMatch(name, /^on/i, `${el.tagName}[${name}]`);
          if (name === 'href' || name === 'src') assert.match(value, /^(https?:|style\.css)/, `${el.tagName}[${name}=${value}]`);
        }
      }
      const data = jsonLd(html);
      assert.equal(data.headline, HOSTILE.title, 'the JSON-LD holds the exact title');
      assert.equal((data.author as { name: string }).name, HOSTILE.authorName);
      assert.equal(textOf(all.find((el) => el.tagName === 'h1')!), HOSTILE.title);
      assert.deepEqual(metaTags(html).get('og:title'), [HOSTILE.title]);
    });

    it('sanitizes HTML bodies with the elements’ rules', async () => {
      const { app } = await testApp();
      const id = await publish(app);
      const cooked =
        '<p>Hi <a class="mention" href="/u/ada">@ada</a></p><script>window.__xss=1</script><img src="/uploads/a.png" alt="A picture" onerror="window.__xss=1"><iframe src="https://evil.example/"></iframe>';
      await sql`update stories set body = ${cooked}, body_format = 'html', url = 'https://forum.example.org/t/hi/5' where id = ${id}`.execute(store.db);
      const html = await (await app.request(`/stories/${id}`)).text();
      await assertValidHtml(html);
      assert.match(
        html,
        /<div class="body"><p>Hi <a href="https:\/\/forum.example.org\/u\/ada" rel="ugc nofollow noopener" target="_blank">@ada<\/a><\/p><img src="https:\/\/forum.example.org\/uploads\/a.png" alt="A picture" loading="lazy" decoding="async" referrerpolicy="no-referrer"><\/div>/,
      );
      assert.match(html, /<a href="https:\/\/forum.example.org\/t\/hi\/5" rel="ugc nofollow noopener">First published on forum.example.org<\/a>/);
    });
  });

  describe('when the story is not published', () => {
    it('answers an HTML 404 page for pending, rejected and unknown ids', async () => {
      const { app } = await testApp();
      const pending = ((await (await app.request('/api/v1/stories', post(validSubmission()))).json()) as { id: string }).id;
      const rejected = ((await (await app.request('/api/v1/stories', post(validSubmission({ title: 'No' })))).json()) as { id: string }).id;
      assert.equal((await app.request(`/api/v1/admin/stories/${rejected}/reject`, admin({ method: 'POST' }))).status, 200);
      for (const id of [pending, rejected, '01900000-0000-7000-8000-000000000000', 'nope', '%3Cscript%3E']) {
        const response = await app.request(`/stories/${id}`);
        assert.equal(response.status, 404, id);
        assert.equal(response.headers.get('Content-Type'), 'text/html; charset=utf-8');
        assert.equal(response.headers.get('Cache-Control'), 'no-store');
        assert.ok(response.headers.get('Content-Security-Policy'));
        const html = await response.text();
        await assertValidHtml(html);
        assert.match(html, /<h1>Story not found<\/h1>/);
        assert.doesNotMatch(html, /How our meetup grew|<script/);
      }
    });

    it('keeps the JSON error under /api, and answers people with a page elsewhere', async () => {
      const { app } = await testApp();
      const api = await app.request('/api/v1/nothing', { headers: { Accept: 'text/html' } });
      assert.equal(api.status, 404);
      assert.match(api.headers.get('Content-Type') ?? '', /^application\/json/);
      const page = await app.request('/nothing', { headers: { Accept: 'text/html,application/xhtml+xml' } });
      assert.equal(page.status, 404);
      const html = await page.text();
      await assertValidHtml(html);
      assert.match(html, /<h1>Page not found<\/h1>/);
      assert.match((await app.request('/nothing')).headers.get('Content-Type') ?? '', /^application\/json/);
    });
  });

  it('speaks the reader’s language and follows the story’s direction', async () => {
    const { app } = await testApp();
    const id = await publish(app, { title: 'قصتنا الأولى', body: 'كان يوما جميلا.' });
    const html = await (await app.request(`/stories/${id}`, { headers: { 'Accept-Language': 'es-ES,es;q=0.9' } })).text();
    await assertValidHtml(html);
    assert.match(html, /<html lang="es" dir="ltr">/);
    assert.match(html, /<article dir="rtl">/);
    assert.match(html, /<p class="kind">Historia<\/p>/);
    assert.match(html, /Por Ada Example/);
    const english = await (await app.request(`/stories/${await publish(app, { title: 'Plain English' })}`)).text();
    assert.match(english, /<html lang="en" dir="ltr">/);
    assert.match(english, /<article dir="ltr">/);
  });

  it('is cached like the API, never mixing hosts or languages', async () => {
    const { app } = await testApp({ cacheSeconds: 60, trustProxy: 1 });
    const id = await publish(app, STORY);
    const first = await app.request(`/stories/${id}`);
    assert.equal(first.headers.get('Cache-Control'), 'public, max-age=30, stale-while-revalidate=300');
    assert.equal(first.headers.get('Vary'), 'Accept-Language');
    const etag = first.headers.get('ETag');
    assert.ok(etag);
    assert.equal((await app.request(`/stories/${id}`, { headers: { 'If-None-Match': etag } })).status, 304);
    const a = await (await app.request(`http://internal/stories/${id}`, { headers: { 'X-Forwarded-Host': 'a.example' } })).text();
    const b = await (await app.request(`http://internal/stories/${id}`, { headers: { 'X-Forwarded-Host': 'b.example' } })).text();
    assert.match(a, new RegExp(`<link rel="canonical" href="http://a.example/stories/${id}">`));
    assert.match(b, new RegExp(`<link rel="canonical" href="http://b.example/stories/${id}">`));
    const es = await (await app.request(`http://internal/stories/${id}`, { headers: { 'X-Forwarded-Host': 'a.example', 'Accept-Language': 'es' } })).text();
    assert.match(es, /<html lang="es"/);
  });

  it('links its stylesheet, served from the same origin and cacheable for good under its version', async () => {
    const { app } = await testApp();
    const id = await publish(app);
    const page = await app.request(`/stories/${id}`);
    assert.match(page.headers.get('Content-Security-Policy') ?? '', /default-src 'none'; style-src 'self'; img-src 'self' https:/);
    assert.doesNotMatch(page.headers.get('Content-Security-Policy') ?? '', /script-src|unsafe-inline/);
    const html = await page.text();
    const href = attr(
      elements(html).find((el) => el.tagName === 'link' && attr(el, 'rel') === 'stylesheet')!,
      'href',
    )!;
    const css = await app.request(new URL(href, `http://localhost/stories/${id}`).href);
    assert.equal(css.status, 200);
    assert.equal(css.headers.get('Content-Type'), 'text/css; charset=utf-8');
    assert.equal(css.headers.get('Cache-Control'), 'public, max-age=31536000, immutable');
    const text = await css.text();
    assert.match(text, /prefers-color-scheme: dark/);
    assert.equal((await app.request('/stories/style.css')).headers.get('Cache-Control'), 'public, max-age=30, stale-while-revalidate=300');
  });

  it('answers HEAD without a body', async () => {
    const { app } = await testApp();
    const id = await publish(app);
    const response = await app.request(`/stories/${id}`, { method: 'HEAD' });
    assert.equal(response.status, 200);
    assert.equal(await response.text(), '');
  });
});

describe('CHORUS_SITE_NAME and CHORUS_SITE_URL', () => {
  it('are read and checked at start-up, naming the setting', () => {
    const settings = parseSettings({ CHORUS_SITE_NAME: ' PyLisbon ', CHORUS_SITE_URL: 'https://pylisbon.example.org/' });
    assert.equal(settings.CHORUS_SITE_NAME, 'PyLisbon');
    assert.equal(settings.CHORUS_SITE_URL, 'https://pylisbon.example.org/');
    assert.throws(() => parseSettings({ CHORUS_SITE_URL: 'javascript:alert(1)' }), /CHORUS_SITE_URL: must be an http:\/\/ or https:\/\/ URL/);
    assert.throws(() => parseSettings({ CHORUS_SITE_NAME: 'x'.repeat(101) }), /CHORUS_SITE_NAME: must be at most 100 characters/);
  });

  it('keep a long title to what search results show', async () => {
    const { app } = await testApp({ title: 'PyLisbon' });
    const title = 'A very long title about the sprint we held in Lisbon with six people, two dogs and far too much coffee for anyone';
    const html = await (await app.request(`/stories/${await publish(app, { title })}`)).text();
    await assertValidHtml(html);
    const documentTitle = textOf(elements(html).find((el) => el.tagName === 'title')!);
    assert.ok(documentTitle.length <= 70, documentTitle);
    assert.ok(title.startsWith(documentTitle.slice(0, -1)), documentTitle);
    assert.ok(documentTitle.endsWith('…'));
    assert.deepEqual(metaTags(html).get('og:title'), [title]);
  });
});
