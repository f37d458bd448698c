import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { bodyHtml, bodyImage } from '../../server/story-page/body.ts';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads.ts';

type Node = DefaultTreeAdapterTypes.ChildNode;
type Element = DefaultTreeAdapterTypes.Element;

const corpus = (JSON.parse(readFileSync(new URL('../fixtures/xss-corpus.json', import.meta.url), 'utf8')) as { payloads: string[] }).payloads;
const PAYLOADS = [...XSS_PAYLOADS, ...corpus];

const ALLOWED_TAGS = new Set(
  'p br hr h1 h2 h3 h4 h5 h6 li ul ol pre blockquote div aside figure figcaption table thead tbody tr td th details summary strong b em i u s del ins code kbd sup sub span a img'.split(
    ' ',
  ),
);
const ALLOWED_ATTRIBUTES = new Set([
  'href',
  'rel',
  'target',
  'title',
  'src',
  'alt',
  'width',
  'height',
  'loading',
  'decoding',
  'referrerpolicy',
  'start',
  'colspan',
  'rowspan',
  'scope',
  'class',
]);

/** Every element a browser builds from `html` in a page's body, as parse5 (the HTML standard's parser) builds it. */
function elementsOf(html: string): Element[] {
  const document = parse(`<!doctype html><body>${html}`);
  const found: Element[] = [];
  const stack: Node[] = [...document.childNodes];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (!('tagName' in node)) continue;
    found.push(node);
    stack.push(...node.childNodes);
    if ('content' in node) stack.push(...(node as DefaultTreeAdapterTypes.Template).content.childNodes);
  }
  return found.filter((el) => !['html', 'head', 'body'].includes(el.tagName));
}

function assertHarmless(html: string, what: string): void {
  for (const el of elementsOf(html)) {
    assert.ok(ALLOWED_TAGS.has(el.tagName), `${what}: <${el.tagName}> in ${html}`);
    assert.equal(el.namespaceURI, 'http://www.w3.org/1999/xhtml', `${what}: foreign element in ${html}`);
    for (const { name, value } of el.attrs) {
      assert.ok(ALLOWED_ATTRIBUTES.has(name), `${what}: ${el.tagName}[${name}] in ${html}`);
      if (name === 'href' || name === 'src') assert.match(value, /^(https?:|mailto:)/, `${what}: ${el.tagName}[${name}=${value}]`);
      if (name === 'class') assert.match(value, /^language-[a-z0-9+#-]+$/i);
    }
  }
}

describe('story bodies on the server', () => {
  describe('against XSS', () => {
    for (const payload of PAYLOADS) {
      it(`neutralises ${payload.replace(/\0/g, '\\0')}`, () => {
        for (const bodyFormat of ['markdown', 'html'] as const) {
          for (const images of [false, true]) {
            const html = bodyHtml({ body: payload, bodyFormat }, { images, baseUrl: 'https://stories.example.org/' });
            assertHarmless(html, `${bodyFormat}${images ? ' with images' : ''}`);
            // Raw HTML in Markdown shows as text: escaped, so no tag of it survives.
            assert.doesNotMatch(html, /<(script|img[^>]*onerror|svg|iframe)/i);
          }
        }
      });
    }

    it('writes HTML that reads back as the same tree, so nothing changes meaning when a browser parses it', () => {
      for (const payload of PAYLOADS) {
        const once = bodyHtml({ body: payload, bodyFormat: 'html' }, { headingOffset: 0, baseUrl: 'https://stories.example.org/' });
        assert.equal(bodyHtml({ body: once, bodyFormat: 'html' }, { headingOffset: 0, baseUrl: 'https://stories.example.org/' }), once, payload);
      }
    });
  });

  describe('the same rules as the elements', () => {
    it('renders a real GitHub body_html as the browser renderer does', () => {
      // From fixtures/github/issue-pull-request-full.json (sigmavirus24/github3.py #667), as in test/shared/rich-text.test.ts.
      const bodyHtmlSource =
        "<p>Without this PR, it's not easy to get the <code>url</code> from a <code>GitHubEnterprise</code> object.</p>\n<h4>Without this PR:</h4>\n" +
        '<div class="snippet-clipboard-content position-relative overflow-auto" data-snippet-clipboard-copy-content="In [3]: github\nOut[3]: &lt;GitHub Enterprise [0.url]&gt;\n">' +
        '<pre><code>In [3]: github\nOut[3]: &lt;GitHub Enterprise [0.url]&gt;\n</code></pre></div>';
      assert.equal(
        bodyHtml({ body: bodyHtmlSource, bodyFormat: 'html' }),
        "<p>Without this PR, it's not easy to get the <code>url</code> from a <code>GitHubEnterprise</code> object.</p>\n<h6>Without this PR:</h6>\n" +
          '<div><pre><code>In [3]: github\nOut[3]: &lt;GitHub Enterprise [0.url]&gt;\n</code></pre></div>',
      );
    });

    it('keeps a Discourse lightbox picture only, resolved against the forum', () => {
      const lightbox =
        '<div class="lightbox-wrapper"><a class="lightbox" href="https://forum.example.org/uploads/default/original/1X/a.jpeg" title="sprint.jpeg">' +
        '<img src="/uploads/default/optimized/1X/a_690x388.jpeg" alt="sprint" width="690" height="388">' +
        '<div class="meta"><svg class="fa d-icon"><use href="#far-image"></use></svg><span class="filename">sprint.jpeg</span></div></a></div>';
      assert.equal(
        bodyHtml({ body: lightbox, bodyFormat: 'html' }, { images: true, baseUrl: 'https://forum.example.org' }),
        '<div><img src="https://forum.example.org/uploads/default/optimized/1X/a_690x388.jpeg" alt="sprint" width="690" height="388" loading="lazy" decoding="async" referrerpolicy="no-referrer"></div>',
      );
    });

    it('survives deeply nested HTML', () => {
      assert.doesNotThrow(() => bodyHtml({ body: '<div><blockquote>'.repeat(5000) + 'deep', bodyFormat: 'html' }));
    });
  });

  describe('bodyImage', () => {
    it('finds the first safe picture in Markdown or HTML', () => {
      assert.deepEqual(bodyImage({ body: 'Hi\n\n![The sprint](https://example.org/a.jpg)\n\n![b](https://example.org/b.jpg)', bodyFormat: 'markdown' }), {
        src: 'https://example.org/a.jpg',
        alt: 'The sprint',
      });
      assert.deepEqual(bodyImage({ body: '<p><img src="javascript:x" alt="x"><img src="https://example.org/c.png" alt=""></p>', bodyFormat: 'html' }), {
        src: 'https://example.org/c.png',
        alt: '',
      });
      assert.equal(bodyImage({ body: 'No picture [here](https://example.org)', bodyFormat: 'markdown' }), null);
    });
  });
});
