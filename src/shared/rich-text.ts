/**
 * Safe rich text for untrusted story bodies (Markdown from members, `cooked` HTML from
 * Discourse, `body_html` from GitHub), as DOM for the elements.
 *
 * Safe by construction: src/upstream/rich-text-tree.ts first builds a tree of plain objects holding
 * only allow-listed tags and checked attributes, and only then does this module turn it into DOM with
 * createElement / createTextNode / setAttribute. No story string is ever parsed as HTML in the live
 * document, so there is nothing for a mutation-XSS payload to re-parse. The server renders the same
 * trees as HTML strings, so the allow-list lives in one place.
 * @module
 */
import {
  markdownTree,
  plainText,
  sanitizeHtml,
  type HtmlSource,
  type HtmlSourceNode,
  type RichNode,
  type RichTextOptions,
} from '../upstream/rich-text-tree.ts';
import { chorusPolicy } from './trusted-types.ts';

export { excerptOf, plainText, safeUrl, type RichTextOptions } from '../upstream/rich-text-tree.ts';

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/** A DOM node as the shared sanitizer reads it. */
function domSource(node: Node): HtmlSourceNode {
  if (node.nodeType === Node.TEXT_NODE) return (node as Text).data;
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const el = node as Element;
  return {
    tag: el.localName,
    html: el.namespaceURI === HTML_NAMESPACE,
    attr: (name) => el.getAttribute(name),
    children: () => Array.from(el.childNodes, domSource),
    images: () => Array.from(el.querySelectorAll('img'), domSource) as HtmlSource[],
  };
}

// ---------------------------------------------------------------------------------------
// Trusted Types

/** The source as DOMParser input the page's Trusted Types settings accept, or null when none will. */
function parserInput(source: string): unknown {
  const policy = chorusPolicy();
  return policy === undefined ? source : policy && policy.createHTML(source);
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
 * Headings move down two levels (`#` → h3) unless `headingOffset` says otherwise; raw HTML shows as text. Each call returns a new fragment: insert it once.
 */
export function renderMarkdown(source: string, options: RichTextOptions = {}): DocumentFragment {
  return fragment(markdownTree(source, options));
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
  return fragment(sanitizeHtml(Array.from(doc.body.childNodes, domSource), options));
}
