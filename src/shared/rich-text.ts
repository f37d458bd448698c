/**
 * Safe rich text for untrusted story bodies (Markdown from members, `cooked` HTML from
 * Discourse, `body_html` from GitHub), rendered as DOM.
 *
 * Safe by construction: both renderers first build a tree of plain objects holding only
 * allow-listed tags and checked attributes (rich-tree.ts), and only then turn it into DOM with
 * createElement / createTextNode / setAttribute. No story string is ever parsed as HTML in
 * the live document, so there is nothing for a mutation-XSS payload to re-parse.
 * @module
 */
import { BLOCK, HIDDEN_TAGS, heading, image, link, parseMarkdown, plainText, type Context, type RichNode, type RichTextOptions } from './rich-tree.ts';

export { plainText, safeUrl, type RichTextOptions } from './rich-tree.ts';

// ---------------------------------------------------------------------------------------
// HTML sanitizer

// Elements that go with everything inside them: the hidden ones plus the empty ones that load or redirect.
const DROPPED = new RegExp(`^(${HIDDEN_TAGS}|embed|input|link|meta|base)$`);
// Kept, with the block elements; any other element gives way to its children.
const INLINE = /^(strong|b|em|i|u|s|del|ins|code|kbd|sup|sub|span)$/;
const COUNT = /^\d{1,4}$/;
// Attributes kept per tag, each with the shape its value must have.
const ATTRIBUTES: Record<string, Record<string, RegExp>> = {
  ol: { start: COUNT },
  td: { colspan: COUNT, rowspan: COUNT },
  th: { colspan: COUNT, rowspan: COUNT, scope: /^(row|col)(group)?$/ },
};
const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

function fromHtml(nodes: Iterable<Node>, cx: Context): RichNode[] {
  const out: RichNode[] = [];
  for (const node of nodes) {
    if (node.nodeType === Node.TEXT_NODE) out.push((node as Text).data);
    else if (node.nodeType === Node.ELEMENT_NODE) out.push(...fromElement(node as Element, cx));
  }
  return out;
}

function fromElement(el: Element, cx: Context): RichNode[] {
  const tag = el.localName;
  const attr = (name: string): string => el.getAttribute(name) ?? '';
  const children = (): RichNode[] => fromHtml(el.childNodes, cx);
  // Foreign (SVG/MathML) elements only occur inside <svg>/<math>, which go anyway; this is belt and braces.
  if (DROPPED.test(tag) || el.namespaceURI !== HTML_NAMESPACE) return [];
  if (tag === 'a') {
    // Discourse wraps uploads in a lightbox link plus a caption of file name and size: keep the picture only.
    if (el.classList.contains('lightbox')) return fromHtml(el.querySelectorAll('img'), cx);
    return link(attr('href'), el.getAttribute('title'), fromHtml(el.childNodes, { ...cx, inLink: true }), cx);
  }
  if (tag === 'img') {
    if (!cx.images && el.classList.contains('emoji')) return [attr('alt') || attr('title')];
    const size: Record<string, string> = {};
    for (const name of ['width', 'height']) if (COUNT.test(attr(name))) size[name] = attr(name);
    return image(attr('src'), attr('alt'), null, cx, size);
  }
  if (!INLINE.test(tag) && !BLOCK.test(tag)) return children();
  const a: Record<string, string> = {};
  for (const [name, shape] of Object.entries(ATTRIBUTES[tag] ?? {})) if (shape.test(attr(name))) a[name] = attr(name);
  const language = tag === 'code' && [...el.classList].find((name) => /^language-[a-z0-9+#-]+$/i.test(name));
  if (language) a.class = language;
  return [{ t: /^h\d$/.test(tag) ? heading(+tag[1]) : tag, a, c: children() }];
}

// ---------------------------------------------------------------------------------------
// Trusted Types

interface TrustedHtmlPolicy {
  createHTML(input: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createHTML(input: string): string }): TrustedHtmlPolicy;
}
// undefined: not tried yet; null: the page's CSP refused us a policy.
let policy: TrustedHtmlPolicy | null | undefined;

/** The source as DOMParser input the page's Trusted Types settings accept, or null when none will. */
function parserInput(source: string): unknown {
  const factory = (window as Window & { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return source;
  if (policy === undefined) {
    try {
      // Passing the string through is sound: DOMParser documents are inert, and nothing of them
      // is ever adopted; fromHtml re-creates only allow-listed nodes.
      policy = factory.createPolicy('chorus-rich-text', { createHTML: (input) => input });
    } catch {
      policy = null;
    }
  }
  return policy && policy.createHTML(source);
}

// ---------------------------------------------------------------------------------------
// Rendering

function build(nodes: RichNode[], parent: Node): void {
  for (const node of nodes) {
    if (typeof node === 'string') {
      parent.appendChild(document.createTextNode(node));
      continue;
    }
    const el = document.createElement(node.t);
    for (const [name, value] of Object.entries(node.a ?? {})) el.setAttribute(name, value);
    build(node.c, el);
    parent.appendChild(el);
  }
}

function fragment(nodes: RichNode[]): DocumentFragment {
  const result = document.createDocumentFragment();
  build(nodes, result);
  // Joins the text pieces the parsers leave side by side and drops empty ones.
  result.normalize();
  return result;
}

/**
 * Markdown (CommonMark-ish subset) → a DocumentFragment built only with createElement/createTextNode/setAttribute.
 * Headings move down two levels (`#` → h3); raw HTML shows as text. Each call returns a new fragment: insert it once.
 */
export function renderMarkdown(source: string, options: RichTextOptions = {}): DocumentFragment {
  return fragment(parseMarkdown(source, options));
}

/**
 * Untrusted HTML (Discourse `cooked`, GitHub `body_html`) → sanitized DocumentFragment.
 * Under Trusted Types it uses a policy named `chorus-rich-text`; if the page's CSP refuses that name, the body shows as plain text.
 */
export function renderHtml(source: string, options: RichTextOptions = {}): DocumentFragment {
  const input = parserInput(source);
  if (input === null) return fragment([plainText(source, 'html')]);
  // lib.dom does not know TrustedHTML yet; browsers with Trusted Types accept it here.
  const doc = new DOMParser().parseFromString(input as string, 'text/html');
  return fragment(fromHtml(doc.body.childNodes, options));
}
