/**
 * A story's body as sanitized HTML on the server (its page, the feeds), with the same allow-list
 * as the elements: src/upstream/rich-text-tree.ts builds the tree, this file only feeds it. HTML
 * bodies are parsed with parse5, which follows the same HTML standard as the browser's DOMParser,
 * so the sanitizer sees the tree a browser would build.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import type { Story } from '../../src/schema/index.ts';
import {
  firstImage,
  markdownTree,
  sanitizeHtml,
  treeToHtml,
  type HtmlSource,
  type HtmlSourceNode,
  type RichNode,
  type RichTextOptions,
} from '../../src/upstream/rich-text-tree.ts';

type Parse5Node = DefaultTreeAdapterTypes.ChildNode;
type Parse5Element = DefaultTreeAdapterTypes.Element;

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

const isElement = (node: Parse5Node): node is Parse5Element => 'tagName' in node;

/** Descendant <img> elements in document order, found without recursion (bodies are untrusted). */
function* images(root: Parse5Element): Iterable<HtmlSource> {
  const stack: Parse5Node[] = [...root.childNodes].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (!isElement(node)) continue;
    if (node.tagName === 'img') yield source(node) as HtmlSource;
    stack.push(...[...node.childNodes].reverse());
  }
}

/** A parse5 node as the shared sanitizer reads it. */
function source(node: Parse5Node): HtmlSourceNode {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
  if (!isElement(node)) return null;
  return {
    tag: node.tagName,
    html: node.namespaceURI === HTML_NAMESPACE,
    attr: (name) => node.attrs.find((attribute) => attribute.name === name && !attribute.namespace)?.value ?? null,
    children: () => node.childNodes.map(source),
    images: () => images(node),
  };
}

/** The children of `<body>` once the HTML is parsed as a whole document, as DOMParser does. */
function bodyNodes(html: string): Parse5Node[] {
  // Scripting off, as in DOMParser's documents: <noscript> content is parsed as markup (and then dropped).
  const document = parse(html, { scriptingEnabled: false });
  const root = document.childNodes.find((node): node is Parse5Element => isElement(node) && node.tagName === 'html');
  const body = root?.childNodes.find((node): node is Parse5Element => isElement(node) && node.tagName === 'body');
  return body?.childNodes ?? [];
}

/** The sanitized tree of a story's Markdown or HTML body. */
export function bodyTree(story: Pick<Story, 'body' | 'bodyFormat'>, options: RichTextOptions = {}): RichNode[] {
  return story.bodyFormat === 'html' ? sanitizeHtml(bodyNodes(story.body).map(source), options) : markdownTree(story.body, options);
}

/** A story's body as sanitized HTML. Relative links need `options.baseUrl`: without it they show as text. */
export function bodyHtml(story: Pick<Story, 'body' | 'bodyFormat'>, options: RichTextOptions = {}): string {
  return treeToHtml(bodyTree(story, options));
}

/** The story's first picture (an absolute http(s) URL and its alt text), for link previews; null without one. */
export function bodyImage(story: Pick<Story, 'body' | 'bodyFormat'>, options: RichTextOptions = {}): { src: string; alt: string } | null {
  return firstImage(bodyTree(story, { ...options, images: true }));
}
