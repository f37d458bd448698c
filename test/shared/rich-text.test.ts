import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { plainText, renderHtml, renderMarkdown, safeUrl, type RichTextOptions } from '../../src/shared/rich-text.ts';
import { adversarialBodies } from '../fixtures/adversarial-bodies.ts';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads.ts';

interface PolicyFactory {
  createPolicy(name: string, rules: { createHTML(input: string): string }): unknown;
}
type XssWindow = Window & { __xss?: number; trustedTypes?: PolicyFactory };
const page = window as XssWindow;

// Installed before any test renders, so it sees every policy rich-text.ts (through trusted-types.ts) ever creates on this page.
const policiesCreated: string[] = [];
const factory = page.trustedTypes;
if (factory) {
  const createPolicy = factory.createPolicy.bind(factory);
  factory.createPolicy = (name, rules) => {
    policiesCreated.push(name);
    return createPolicy(name, rules);
  };
}

const serialize = (fragment: DocumentFragment): string => {
  const host = document.createElement('div');
  host.append(fragment);
  return host.innerHTML;
};
const md = (source: string, options?: RichTextOptions): string => serialize(renderMarkdown(source, options));
const sanitized = (source: string, options?: RichTextOptions): string => serialize(renderHtml(source, options));
const link = (href: string, text: string, title = ''): string =>
  `<a href="${href}" rel="ugc nofollow noopener"${title ? ` title="${title}"` : ''}${/^https?:/.test(href) ? ' target="_blank"' : ''}>${text}</a>`;

describe('rich-text', () => {
  it('is accessible when mounted', async () => {
    const source = '# Our sprint\n\nWe **fixed** [the docs](https://docs.python.org/3/).\n\n- one\n- two\n\n> thanks!';
    const root = await fixture(html`<article lang="en">${renderMarkdown(source)}</article>`);
    await expect(root).to.be.accessible();
  });

  describe('renderMarkdown', () => {
    const cases: [string, string, string][] = [
      ['a heading # shifted to h3', '# One', '<h3>One</h3>'],
      ['a heading ## shifted to h4', '## Two', '<h4>Two</h4>'],
      ['a heading ### shifted to h5', '### Three', '<h5>Three</h5>'],
      ['a heading #### capped at h6', '#### Four', '<h6>Four</h6>'],
      ['a heading ###### capped at h6', '###### Six', '<h6>Six</h6>'],
      ['a heading with a closing sequence', '## Two ##', '<h4>Two</h4>'],
      ['a hashtag, not a heading', '#python', '<p>#python</p>'],
      ['seven hashes, not a heading', '####### x', '<p>####### x</p>'],
      ['paragraphs', 'one\n\ntwo', '<p>one</p><p>two</p>'],
      ['a soft break as a space', 'one\ntwo', '<p>one two</p>'],
      ['a hard break from two spaces', 'one  \ntwo', '<p>one<br>two</p>'],
      ['a hard break from a backslash', 'one\\\ntwo', '<p>one<br>two</p>'],
      ['no hard break at the end of a paragraph', 'one  ', '<p>one</p>'],
      ['strong with stars and underscores', '**a** and __b__', '<p><strong>a</strong> and <strong>b</strong></p>'],
      ['emphasis with stars and underscores', '*a* and _b_', '<p><em>a</em> and <em>b</em></p>'],
      ['strong emphasis', '***both***', '<p><em><strong>both</strong></em></p>'],
      ['emphasis inside strong', '**bold *and em* too**', '<p><strong>bold <em>and em</em> too</strong></p>'],
      ['snake_case kept', 'call snake_case_name or __init__ed', '<p>call snake_case_name or __init__ed</p>'],
      ['intraword stars are emphasis', 'un*frigging*believable', '<p>un<em>frigging</em>believable</p>'],
      ['emphasis after a failed closer inside other emphasis', '*`a` `b` c_ d* _e_', '<p><em><code>a</code> <code>b</code> c_ d</em> <em>e</em></p>'],
      ['lone stars as text', '2 * 3 * 4', '<p>2 * 3 * 4</p>'],
      ['an unclosed star as text', 'a *b', '<p>a *b</p>'],
      ['inline code', 'run `npm test` now', '<p>run <code>npm test</code> now</p>'],
      ['inline code with backticks inside', '`` a ` b ``', '<p><code>a ` b</code></p>'],
      ['inline code is not parsed', '`*a* <b>`', '<p><code>*a* &lt;b&gt;</code></p>'],
      ['an unclosed backtick as text', 'a `b', '<p>a `b</p>'],
      ['a fenced code block with a language', '```python\nprint(1)\n\nx = 2\n```', '<pre><code class="language-python">print(1)\n\nx = 2</code></pre>'],
      ['a tilde fence without a language', '~~~\n<b>x</b>\n~~~', '<pre><code>&lt;b&gt;x&lt;/b&gt;</code></pre>'],
      ['a fence with c++', '```c++\nint x;\n```', '<pre><code class="language-c++">int x;</code></pre>'],
      ['a fence with an unsafe language name', '```x"onclick="y\nz\n```', '<pre><code>z</code></pre>'],
      ['an unclosed fence runs to the end', '```\na\n\nb', '<pre><code>a\n\nb</code></pre>'],
      ['a fence keeps markdown literal', '```\n# not a heading\n**x**\n```', '<pre><code># not a heading\n**x**</code></pre>'],
      ['a blockquote', '> a\n> b', '<blockquote><p>a b</p></blockquote>'],
      ['a lazy blockquote line', '> a\nb', '<blockquote><p>a b</p></blockquote>'],
      ['nested blockquotes', '> a\n>\n> > b', '<blockquote><p>a</p><blockquote><p>b</p></blockquote></blockquote>'],
      ['a blockquote with a list', '> - a\n> - b', '<blockquote><ul><li>a</li><li>b</li></ul></blockquote>'],
      ['an unordered list with -', '- a\n- b', '<ul><li>a</li><li>b</li></ul>'],
      ['an unordered list with * and +', '* a\n* b\n\n+ c', '<ul><li>a</li><li>b</li></ul><ul><li>c</li></ul>'],
      ['an ordered list', '1. a\n2. b', '<ol><li>a</li><li>b</li></ol>'],
      ['an ordered list with a start', '3) a\n4) b', '<ol start="3"><li>a</li><li>b</li></ol>'],
      ['a nested list', '- a\n  - b\n  - c\n- d', '<ul><li>a<ul><li>b</li><li>c</li></ul></li><li>d</li></ul>'],
      ['a list nested in an ordered list', '1. a\n   - b\n2. c', '<ol><li>a<ul><li>b</li></ul></li><li>c</li></ol>'],
      ['a list nested with too little indent', '1. a\n  - b', '<ol><li>a<ul><li>b</li></ul></li></ol>'],
      ['three levels of lists', '- a\n  - b\n    - c', '<ul><li>a<ul><li>b<ul><li>c</li></ul></li></ul></li></ul>'],
      ['a loose list', '- a\n\n- b', '<ul><li><p>a</p></li><li><p>b</p></li></ul>'],
      ['a list item with two paragraphs', '- a\n\n  b', '<ul><li><p>a</p><p>b</p></li></ul>'],
      ['a lazy list line', '- a\nb', '<ul><li>a b</li></ul>'],
      ['a list after a paragraph', 'Steps:\n- a', '<p>Steps:</p><ul><li>a</li></ul>'],
      ['a year in running text', 'It was\n2020. What a year', '<p>It was 2020. What a year</p>'],
      ['a code block in a list item', '- a\n  ```\n  x\n  ```', '<ul><li>a<pre><code>x</code></pre></li></ul>'],
      ['rules', '---\n***\n* * *\n___', '<hr><hr><hr><hr>'],
      ['a rule between paragraphs', 'a\n\n---\n\nb', '<p>a</p><hr><p>b</p>'],
      ['a link', '[Python](https://www.python.org/)', `<p>${link('https://www.python.org/', 'Python')}</p>`],
      ['a link with a title', '[x](https://example.org "The title")', `<p>${link('https://example.org/', 'x', 'The title')}</p>`],
      ['a link with formatting inside', '[**x**](https://example.org)', `<p>${link('https://example.org/', '<strong>x</strong>')}</p>`],
      ['a link in angle brackets', '[x](<https://example.org/a b>)', `<p>${link('https://example.org/a%20b', 'x')}</p>`],
      [
        'a link with parentheses',
        '[w](https://en.wikipedia.org/wiki/Python_(programming_language))',
        `<p>${link('https://en.wikipedia.org/wiki/Python_(programming_language)', 'w')}</p>`,
      ],
      ['a mailto link', '[mail](mailto:psf@example.org)', `<p>${link('mailto:psf@example.org', 'mail')}</p>`],
      ['an autolink', '<https://example.org/a>', `<p>${link('https://example.org/a', 'https://example.org/a')}</p>`],
      ['an e-mail autolink', '<psf@example.org>', `<p>${link('mailto:psf@example.org', 'psf@example.org')}</p>`],
      ['a bare URL', 'see https://example.org/a_b.', `<p>see ${link('https://example.org/a_b', 'https://example.org/a_b')}.</p>`],
      ['a bare URL in parentheses', '(https://example.org/x)', `<p>(${link('https://example.org/x', 'https://example.org/x')})</p>`],
      [
        'a bare URL with balanced parentheses',
        'https://en.wikipedia.org/wiki/Fish_(food)!',
        `<p>${link('https://en.wikipedia.org/wiki/Fish_(food)', 'https://en.wikipedia.org/wiki/Fish_(food)')}!</p>`,
      ],
      ['a bracket that is no link', '[not a link] and [x]', '<p>[not a link] and [x]</p>'],
      ['an image (images off) as a link', '![A cat](https://example.org/cat.png)', `<p>${link('https://example.org/cat.png', 'A cat')}</p>`],
      ['an image without alt text (images off)', '![](https://example.org/cat.png)', '<p></p>'],
      ['an image inside a link (images off)', '[![badge](https://example.org/b.svg)](https://example.org)', `<p>${link('https://example.org/', 'badge')}</p>`],
      ['backslash escapes', '\\*not em\\* \\_x\\_ \\`y\\` \\[z](w) \\\\', '<p>*not em* _x_ `y` [z](w) \\</p>'],
      ['an escaped heading', '\\# not a heading', '<p># not a heading</p>'],
      ['a backslash before a letter', 'C:\\new', '<p>C:\\new</p>'],
      ['raw HTML as text', '<b>bold</b> <script>alert(1)</script>', '<p>&lt;b&gt;bold&lt;/b&gt; &lt;script&gt;alert(1)&lt;/script&gt;</p>'],
      ['an HTML block as text', '<div onclick="x">\nhi\n</div>', '<p>&lt;div onclick="x"&gt; hi &lt;/div&gt;</p>'],
      ['entities decoded', 'AT&amp;T &lt;3 &#169; &#x1F40D; &bogus;', '<p>AT&amp;T &lt;3 © 🐍 &amp;bogus;</p>'],
      ['Windows line endings', 'a\r\nb\r\n\r\nc', '<p>a b</p><p>c</p>'],
      ['empty input', '', ''],
    ];
    for (const [name, source, expected] of cases) {
      it(`renders ${name}`, () => {
        expect(md(source)).to.equal(expected);
      });
    }

    it('survives deeply nested input', () => {
      expect(() => renderMarkdown('>'.repeat(3000) + ' deep')).not.to.throw();
      expect(() => renderMarkdown('*['.repeat(3000))).not.to.throw();
      expect(() => renderMarkdown('- '.repeat(500) + 'x')).not.to.throw();
      expect(() => renderMarkdown('!['.repeat(3000) + 'x' + '](https://example.org/)'.repeat(3000))).not.to.throw();
      expect(() => renderHtml('<div><blockquote>'.repeat(5000) + 'deep')).not.to.throw();
    });

    // Bodies from GitHub and Discourse are unmoderated: crafted input must not hang the feed.
    // Each must render, and escape what it holds, within the test's own timeout; how the time
    // grows with the length (linear, not quadratic) is measured by `npm run bench -- rich-text`.
    it('renders long and adversarial bodies, escaping them', () => {
      for (const body of adversarialBodies(50_000)) {
        for (const rendered of [renderMarkdown(body), renderHtml(body)]) {
          const host = document.createElement('div');
          host.append(rendered);
          expect(host.querySelector('script, [onclick], [onerror]')).to.equal(null);
        }
        expect(plainText(body, 'markdown', 200).length).to.be.at.most(201);
        expect(plainText(body, 'html', 200).length).to.be.at.most(201);
      }
    });
  });

  describe('renderHtml', () => {
    const cases: [string, string, string][] = [
      [
        'paragraphs and inline formatting',
        '<p>a <strong>b</strong> <b>c</b> <em>d</em> <i>e</i> <u>f</u> <s>g</s> <del>h</del> <ins>i</ins></p>',
        '<p>a <strong>b</strong> <b>c</b> <em>d</em> <i>e</i> <u>f</u> <s>g</s> <del>h</del> <ins>i</ins></p>',
      ],
      ['headings shifted down', '<h1>a</h1><h2>b</h2><h4>c</h4><h6>d</h6>', '<h3>a</h3><h4>b</h4><h6>c</h6><h6>d</h6>'],
      [
        'code keeps only a language class',
        '<pre><code class="hljs language-python" id="x">x</code></pre>',
        '<pre><code class="language-python">x</code></pre>',
      ],
      ['code drops other classes', '<code class="evil">x</code>', '<code>x</code>'],
      ['lists with a start', '<ol start="3" type="a"><li>a</li></ol><ul><li>b</li></ul>', '<ol start="3"><li>a</li></ol><ul><li>b</li></ul>'],
      ['a bad list start dropped', '<ol start="x"><li>a</li></ol>', '<ol><li>a</li></ol>'],
      [
        'tables with spans and scope',
        '<table class="t"><thead><tr><th scope="col" colspan="2" style="x">h</th></tr></thead><tbody><tr><td rowspan="2" scope="row">d</td></tr></tbody></table>',
        '<table><thead><tr><th colspan="2" scope="col">h</th></tr></thead><tbody><tr><td rowspan="2">d</td></tr></tbody></table>',
      ],
      ['details and summary', '<details open><summary>more</summary>body</details>', '<details><summary>more</summary>body</details>'],
      [
        'quotes, figures and misc',
        '<aside class="quote"><blockquote>q</blockquote></aside><figure><figcaption>c</figcaption></figure><kbd>k</kbd><sup>1</sup><sub>2</sub><hr><br>',
        '<aside><blockquote>q</blockquote></aside><figure><figcaption>c</figcaption></figure><kbd>k</kbd><sup>1</sup><sub>2</sub><hr><br>',
      ],
      [
        'no style, class, id or data attributes',
        '<div class="c" id="i" style="color:red" data-x="1"><span class="s">x</span></div>',
        '<div><span>x</span></div>',
      ],
      ['unknown elements unwrapped', '<g-emoji alias="snake">🐍</g-emoji><custom-thing><b>x</b></custom-thing><font color="red">y</font>', '🐍<b>x</b>y'],
      [
        'dropped elements with their content',
        '<p>a</p><script>b</script><style>c</style><noscript>d</noscript><template>e</template><textarea>f</textarea><title>g</title>',
        '<p>a</p>',
      ],
      ['comments dropped', '<p>a<!-- secret --></p>', '<p>a</p>'],
      ['a link', '<a href="https://example.org" title="t" class="x" target="_self" rel="opener">x</a>', link('https://example.org/', 'x', 't')],
      ['a mailto link without target', '<a href="mailto:a@example.org">mail</a>', link('mailto:a@example.org', 'mail')],
      ['a link without href unwrapped', '<a name="x">x</a>', 'x'],
      ['text with entities', '<p>Tom &amp; Jerry&#39;s &lt;b&gt;</p>', "<p>Tom &amp; Jerry's &lt;b&gt;</p>"],
    ];
    for (const [name, source, expected] of cases) {
      it(`renders ${name}`, () => {
        expect(sanitized(source)).to.equal(expected);
      });
    }

    it('renders a real GitHub body_html', () => {
      // From fixtures/github/issue-pull-request-full.json (sigmavirus24/github3.py #667).
      const bodyHtml =
        "<p>Without this PR, it's not easy to get the <code>url</code> from a <code>GitHubEnterprise</code> object.</p>\n<h4>Without this PR:</h4>\n" +
        '<div class="snippet-clipboard-content position-relative overflow-auto" data-snippet-clipboard-copy-content="In [3]: github\nOut[3]: &lt;GitHub Enterprise [0.url]&gt;\n">' +
        '<pre><code>In [3]: github\nOut[3]: &lt;GitHub Enterprise [0.url]&gt;\n</code></pre></div>';
      expect(sanitized(bodyHtml)).to.equal(
        "<p>Without this PR, it's not easy to get the <code>url</code> from a <code>GitHubEnterprise</code> object.</p>\n<h6>Without this PR:</h6>\n" +
          '<div><pre><code>In [3]: github\nOut[3]: &lt;GitHub Enterprise [0.url]&gt;\n</code></pre></div>',
      );
    });

    it('resolves a real Discourse mention against the forum', () => {
      // From fixtures/discourse/topic-mentions-links.json.
      const cooked =
        '<p>Here is a mention: <a class="mention" href="/u/dl-proto">@dl-proto</a><br>\nHere is a topic reference:  <a href="https://sourcecred-test.discourse.group/t/123-a-post-with-numbers-in-slug/20/" class="inline-onebox">123 a post</a></p>';
      expect(sanitized(cooked, { baseUrl: 'https://sourcecred-test.discourse.group' })).to.equal(
        `<p>Here is a mention: ${link('https://sourcecred-test.discourse.group/u/dl-proto', '@dl-proto')}<br>\nHere is a topic reference:  ${link('https://sourcecred-test.discourse.group/t/123-a-post-with-numbers-in-slug/20/', '123 a post')}</p>`,
      );
    });

    describe('with Discourse images', () => {
      const lightbox =
        '<div class="lightbox-wrapper"><a class="lightbox" href="https://forum.example.org/uploads/default/original/1X/a.jpeg" data-download-href="/uploads/default/a" title="sprint.jpeg">' +
        '<img src="/uploads/default/optimized/1X/a_690x388.jpeg" alt="sprint" width="690" height="388" srcset="x 2x" data-base62-sha1="q">' +
        '<div class="meta"><svg class="fa d-icon"><use href="#far-image"></use></svg><span class="filename">sprint.jpeg</span><span class="informations">1920×1080 120 KB</span></div></a></div>';
      const emoji =
        '<p>Thanks <img src="/images/emoji/twitter/smile.png?v=12" title=":smile:" class="emoji" alt=":smile:" loading="lazy" width="20" height="20"></p>';
      const avatar =
        '<aside class="quote"><div class="title"><img alt="" width="24" height="24" src="/user_avatar/a.png" class="avatar"> alice:</div><blockquote><p>hi</p></blockquote></aside>';
      const forum = { baseUrl: 'https://forum.example.org' };

      it('shows a lightbox upload as a link to the picture when images are off', () => {
        expect(sanitized(lightbox, forum)).to.equal(`<div>${link('https://forum.example.org/uploads/default/optimized/1X/a_690x388.jpeg', 'sprint')}</div>`);
      });

      it('shows a lightbox upload as a lazy image when images are on', () => {
        expect(sanitized(lightbox, { ...forum, images: true })).to.equal(
          '<div><img src="https://forum.example.org/uploads/default/optimized/1X/a_690x388.jpeg" alt="sprint" width="690" height="388" loading="lazy" decoding="async" referrerpolicy="no-referrer"></div>',
        );
      });

      it('shows emoji as their text when images are off', () => {
        expect(sanitized(emoji, forum)).to.equal('<p>Thanks :smile:</p>');
      });

      it('shows emoji as images when images are on', () => {
        expect(sanitized(emoji, { ...forum, images: true })).to.equal(
          '<p>Thanks <img src="https://forum.example.org/images/emoji/twitter/smile.png?v=12" alt=":smile:" width="20" height="20" loading="lazy" decoding="async" referrerpolicy="no-referrer"></p>',
        );
      });

      it('leaves out decorative avatars when images are off', () => {
        expect(sanitized(avatar, forum)).to.equal('<aside><div> alice:</div><blockquote><p>hi</p></blockquote></aside>');
      });
    });
  });

  describe('images', () => {
    it('become links labelled with their alt text when images are off', () => {
      expect(sanitized('<img src="https://example.org/a.png" alt="A" onerror="x">')).to.equal(link('https://example.org/a.png', 'A'));
    });

    it('become nothing when their URL is unsafe', () => {
      expect(sanitized('<img src="javascript:alert(1)" alt="A">')).to.equal('');
      expect(md('![A](javascript:alert(1))')).to.equal('<p></p>');
    });

    it('are lazy, async and send no referrer when images are on', () => {
      const root = renderMarkdown('![A cat](https://example.org/cat.png "Cat")', { images: true });
      const img = root.querySelector('img')!;
      expect(img.getAttribute('src')).to.equal('https://example.org/cat.png');
      expect(img.alt).to.equal('A cat');
      expect(img.title).to.equal('Cat');
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('decoding')).to.equal('async');
      expect(img.getAttribute('referrerpolicy')).to.equal('no-referrer');
    });

    it('accept only http(s) sources when images are on', () => {
      expect(sanitized('<img src="data:image/png;base64,iVBORw0KGgo=" alt="A">', { images: true })).to.equal('');
      expect(sanitized('<img src="mailto:a@example.org" alt="A">', { images: true })).to.equal('');
      expect(md('![A](data:image/png;base64,iVBORw0KGgo=)', { images: true })).to.equal('<p></p>');
    });

    it('keep only numeric sizes', () => {
      expect(sanitized('<img src="https://example.org/a.png" alt="" width="10" height="100%">', { images: true })).to.equal(
        '<img src="https://example.org/a.png" alt="" width="10" loading="lazy" decoding="async" referrerpolicy="no-referrer">',
      );
    });
  });

  describe('links', () => {
    it('resolve relative URLs against baseUrl', () => {
      const forum = { baseUrl: 'https://discuss.python.org/' };
      expect(md('[me](/u/alice)', forum)).to.equal(`<p>${link('https://discuss.python.org/u/alice', 'me')}</p>`);
      expect(sanitized('<a href="/uploads/x.pdf">x</a>', forum)).to.equal(link('https://discuss.python.org/uploads/x.pdf', 'x'));
      expect(sanitized('<img src="//cdn.example.org/a.png" alt="a">', forum)).to.equal(link('https://cdn.example.org/a.png', 'a'));
    });

    it('resolve relative URLs against the page without baseUrl', () => {
      expect(renderMarkdown('[x](docs/a.html)').querySelector('a')!.href).to.equal(new URL('docs/a.html', document.baseURI).href);
    });

    it('open http(s) in a new tab with rel="ugc nofollow noopener"', () => {
      const a = renderHtml('<a href="http://example.org">x</a>').querySelector('a')!;
      expect(a.rel).to.equal('ugc nofollow noopener');
      expect(a.target).to.equal('_blank');
    });

    it('do not nest', () => {
      expect(sanitized('<a href="https://a.example"><a href="https://b.example">b</a></a>')).to.not.match(/<a[^>]*>[^<]*<a/);
      expect(md('[<https://b.example> https://c.example](https://a.example)')).to.equal(
        `<p>${link('https://a.example/', '&lt;https://b.example&gt; https://c.example')}</p>`,
      );
    });
  });

  describe('safeUrl', () => {
    const cases: [string, string | null][] = [
      ['https://example.org/a?b#c', 'https://example.org/a?b#c'],
      ['HTTP://EXAMPLE.ORG', 'http://example.org/'],
      ['mailto:psf@example.org', 'mailto:psf@example.org'],
      ['/relative', 'https://base.example/relative'],
      ['javascript:alert(1)', null],
      ['JaVaScRiPt:alert(1)', null],
      [' javascript:alert(1)', null],
      ['java\tscript:alert(1)', null],
      ['java\nscript:alert(1)', null],
      ['\u0000javascript:alert(1)', null],
      ['\u0001\u001fjavascript:alert(1)', null],
      ['data:text/html,<script>alert(1)</script>', null],
      ['vbscript:msgbox(1)', null],
      ['file:///etc/passwd', null],
      ['blob:https://example.org/uuid', null],
      ['ftp://example.org/', null],
      ['http://[bad', null],
    ];
    for (const [input, expected] of cases) {
      it(`${expected ? 'accepts' : 'rejects'} ${JSON.stringify(input)}`, () => {
        expect(safeUrl(input, 'https://base.example/')).to.equal(expected);
      });
    }

    it('uses document.baseURI without a base', () => {
      expect(safeUrl('x')).to.equal(new URL('x', document.baseURI).href);
    });
  });

  describe('plainText', () => {
    it('decodes the typographic entities Discourse excerpts use', () => {
      expect(plainText('Read on&hellip; &ldquo;quoted&rdquo; &mdash; it&rsquo;s', 'html')).to.equal('Read on… “quoted” — it’s');
    });

    it('decodes entities in HTML', () => {
      expect(plainText('<p>Tom &amp; Jerry&#39;s &quot;show&quot; &#x1F40D;&nbsp;!</p>', 'html')).to.equal('Tom & Jerry\'s "show" 🐍 !');
    });

    it('separates blocks but not inline elements', () => {
      expect(plainText('<h1>Title</h1><p>a<strong>b</strong></p><ul><li>c</li><li>d</li></ul>one<br>two', 'html')).to.equal('Title · ab · c · d · one · two');
    });

    it('keeps list items and paragraphs apart', () => {
      const body = 'Sprints run on the main track.\n\n- beginners welcome\n- laptops to borrow';
      expect(plainText(body, 'markdown')).to.equal('Sprints run on the main track. beginners welcome · laptops to borrow');
      expect(plainText('<p>Sprints run on the main track.</p><ul><li>beginners welcome</li><li>laptops to borrow</li></ul>', 'html')).to.equal(
        'Sprints run on the main track. beginners welcome · laptops to borrow',
      );
    });

    it('leaves out scripts, styles and Discourse lightbox captions', () => {
      const source =
        '<p>hi</p><script>alert("x>y")</script><style>p{}</style><a class="lightbox" href="x"><img src="a.png" alt="pic"><div class="meta">a.png 1920×1080</div></a>';
      expect(plainText(source, 'html')).to.equal('hi');
    });

    it('keeps attribute values with > out of the text', () => {
      expect(plainText('<a title="a > b" href="x">link</a>', 'html')).to.equal('link');
    });

    it('shows emoji as their text', () => {
      expect(plainText('<p>Thanks <img src="/e.png" title=":smile:" class="emoji" alt=":smile:"></p>', 'html')).to.equal('Thanks :smile:');
    });

    it('strips Markdown', () => {
      expect(plainText('# Title\n\nSome **bold** and `code`, [a link](https://example.org).\n\n- one\n- two\n\n```\nx = 1\n```', 'markdown')).to.equal(
        'Title · Some bold and code, a link. one · two · x = 1',
      );
    });

    it('decodes entities in Markdown and keeps raw HTML as text', () => {
      expect(plainText('AT&amp;T <b>x</b>', 'markdown')).to.equal('AT&T <b>x</b>');
    });

    it('truncates at a word boundary with an ellipsis', () => {
      expect(plainText('one two three four', 'markdown', 10)).to.equal('one two…');
      expect(plainText('one two, three', 'markdown', 9)).to.equal('one two…');
    });

    it('cuts a word longer than max', () => {
      expect(plainText('abcdefghij', 'markdown', 5)).to.equal('abcd…');
    });

    it('does not truncate text that fits', () => {
      expect(plainText('one two', 'markdown', 7)).to.equal('one two');
      expect(plainText('  one \n two  ', 'markdown')).to.equal('one two');
    });
  });

  describe('Trusted Types', () => {
    it('renders HTML where the page has Trusted Types, creating its policy once', () => {
      expect(page.trustedTypes, 'Chromium has Trusted Types').to.exist;
      expect(sanitized('<p>one</p>')).to.equal('<p>one</p>');
      expect(sanitized('<p>two</p>')).to.equal('<p>two</p>');
      expect(policiesCreated.filter((name) => name === 'chorus-rich-text')).to.have.length(1);
    });
  });

  describe('against XSS', () => {
    const payloads = XSS_PAYLOADS;
    const renders: [string, (source: string) => DocumentFragment][] = [
      ['renderHtml', (source) => renderHtml(source)],
      ['renderHtml with images', (source) => renderHtml(source, { images: true })],
      ['renderMarkdown', (source) => renderMarkdown(source)],
      ['renderMarkdown with images', (source) => renderMarkdown(source, { images: true })],
    ];
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

    const expectHarmless = (root: Element): void => {
      expect(root.querySelectorAll('script, iframe, object, embed, svg, math, form, style, base, meta, link, input, button, template')).to.have.length(0);
      for (const el of root.querySelectorAll('*')) {
        for (const { name, value } of el.attributes) {
          expect(name, `${el.localName}[${name}]`).not.to.match(/^on/i);
          expect(ALLOWED_ATTRIBUTES.has(name), `${el.localName}[${name}]`).to.be.true;
          if (name === 'href' || name === 'src') expect(value).to.match(/^(https?:|mailto:)/);
          if (name === 'class') expect(value).to.match(/^language-[a-z0-9+#-]+$/i);
        }
      }
    };

    beforeEach(() => {
      delete page.__xss;
    });

    it('has a detector that does see script running', async () => {
      // innerHTML here only proves the flag and the wait catch a real onerror.
      const probe = document.createElement('div');
      probe.innerHTML = '<img src="data:," onerror="window.__xss=1">';
      await aTimeout(50);
      expect(page.__xss).to.equal(1);
    });

    // Mounted with plain DOM and checked at once: no per-payload timers or animation frames,
    // which a test page running in the background gets throttled.
    const mount = (fragment: DocumentFragment) => {
      const root = document.createElement('div');
      root.append(fragment);
      document.body.append(root);
      return root;
    };

    for (const payload of payloads) {
      it(`neutralises ${payload.replace(/\0/g, '\\0')}`, () => {
        for (const [name, render] of renders) {
          const root = mount(render(payload));
          try {
            expect(page.__xss, `${name} ran script`).to.equal(undefined);
            expectHarmless(root);
            expect(plainText(payload, name.startsWith('renderHtml') ? 'html' : 'markdown')).to.be.a('string');
          } finally {
            root.remove();
          }
        }
      });
    }

    it('runs no script from any payload once asynchronous handlers (onerror, ontoggle) had their chance', async () => {
      const roots = payloads.flatMap((payload) => renders.map(([, render]) => mount(render(payload))));
      await aTimeout(100);
      roots.forEach((root) => root.remove());
      expect(page.__xss).to.equal(undefined);
    });
  });
});
