/**
 * The DOM-free core of Chorus's safe rich text, shared by the elements (src/shared/rich-text.ts,
 * which turns its trees into DOM nodes) and the server (story pages and feeds, which serialize
 * them as HTML strings).
 *
 * Untrusted bodies (Markdown from members and GitHub, `cooked` HTML from Discourse) become a tree
 * of plain objects holding only allow-listed tags and checked attributes. The allow-list lives
 * here and only here, so a story reads the same, and is exactly as safe, in a feed on someone's
 * page, on its own page, and in a feed reader.
 * @module
 */
import { safeUrl } from '../shared/url.ts';

export { safeUrl };

/** How rich text is rendered. */
export interface RichTextOptions {
  /** Show images inline. Otherwise an image becomes a link to it, labelled with its alt text. */
  images?: boolean;
  /** Base for relative URLs (Discourse's `/uploads/…`, `/u/name`); defaults to `document.baseURI` where there is one. */
  baseUrl?: string;
  /**
   * How many levels headings move down, so a story's `#` fits under the page's own headings.
   * Default 2 (`#` → h3, for a story inside a page with an h1 and h2); a page whose h1 is the story's title uses 1.
   */
  headingOffset?: number;
}

/** A node of the sanitized tree: text, or an allow-listed element with checked attributes. */
export type RichNode = string | RichElement;
export interface RichElement {
  /** The tag name, always one of the allow-list's. */
  t: string;
  /** Attributes, each allowed for the tag and checked for its shape. */
  a?: Record<string, string>;
  c: RichNode[];
}

interface Context extends RichTextOptions {
  // Links cannot nest: inside one, images and links collapse to their text.
  inLink?: boolean;
  // Nesting of quotes, lists and images in link text; capped so `>>>>…` cannot exhaust the stack.
  depth?: number;
}

const MAX_DEPTH = 32;
const deeper = (cx: Context): Context => ({ ...cx, depth: (cx.depth ?? 0) + 1 });
const tooDeep = (cx: Context): boolean => (cx.depth ?? 0) >= MAX_DEPTH;

// ---------------------------------------------------------------------------------------
// Links and images (through the one URL policy, src/shared/url.ts)

const heading = (level: number, cx: Context): string => `h${Math.max(1, Math.min(level + (cx.headingOffset ?? 2), 6))}`;

const isWeb = (url: string): boolean => /^https?:/.test(url);

function link(href: string, title: string | null | undefined, children: RichNode[], cx: Context): RichNode[] {
  // An empty href would resolve to the page itself: show the text instead.
  const url = href.trim() && !cx.inLink ? safeUrl(href, cx.baseUrl) : null;
  if (!url) return children;
  const a: Record<string, string> = { href: url, rel: 'ugc nofollow noopener' };
  if (title) a.title = title;
  if (isWeb(url)) a.target = '_blank';
  return [{ t: 'a', a, c: children }];
}

function image(src: string, alt: string, title: string | null | undefined, cx: Context, size: Record<string, string> = {}): RichNode[] {
  const url = safeUrl(src, cx.baseUrl);
  if (!url || !isWeb(url)) return [];
  if (!cx.images) {
    const label = alt || title;
    // No label means a decorative image (avatars in Discourse quotes): nothing to show.
    return label ? link(url, title, [label], cx) : [];
  }
  const a: Record<string, string> = { src: url, alt, ...size, loading: 'lazy', decoding: 'async', referrerpolicy: 'no-referrer' };
  if (title) a.title = title;
  return [{ t: 'img', a, c: [] }];
}

// ---------------------------------------------------------------------------------------
// Entities and plain text

// Discourse and GitHub emit only these by name (the rest as numbers); a name we do not know stays as typed.
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
};
const ENTITY = /&(#x?[\da-f]+|\w+);/gi;

function entity(match: string, name: string): string {
  if (name[0] !== '#') return Object.hasOwn(NAMED, name) ? NAMED[name] : match;
  const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
  return String.fromCodePoint(code > 0 && code < 0x110000 ? code : 0xfffd);
}

const decodeEntities = (text: string): string => text.replace(ENTITY, entity);

// Elements that separate words: their text is a block of its own in plain text.
const BLOCK = /^(p|br|hr|h[1-6]|li|ul|ol|pre|blockquote|div|aside|figure|figcaption|table|thead|tbody|tr|td|th|details|summary)$/i;

/** The text of inline nodes (a link's label as an image's alt text). */
function inlineText(nodes: RichNode[]): string {
  return nodes.map((node) => (typeof node === 'string' ? node : node.t === 'br' ? ' ' : inlineText(node.c))).join('');
}

/** A run of text that stands on its own in plain text: a paragraph, heading, list item, cell… */
interface TextBlock {
  text: string;
  item: boolean;
}

function blocksOfTree(nodes: RichNode[]): TextBlock[] {
  const out: TextBlock[] = [];
  let text = '';
  let item = false;
  const flush = (): void => {
    if (text.trim()) {
      out.push({ text, item });
      item = false;
    }
    text = '';
  };
  const walk = (list: RichNode[]): void => {
    for (const node of list) {
      if (typeof node === 'string') text += node;
      else if (BLOCK.test(node.t)) {
        flush();
        if (node.t === 'li') item = true;
        walk(node.c);
        flush();
      } else walk(node.c);
    }
  };
  walk(nodes);
  flush();
  return out;
}

// The regular expressions below never scan past the next `<`, and a lazy `[^]*?` match that finds
// no end runs to the end of the text once: untrusted input cannot make them quadratic.

// A tag, allowing `>` inside quoted attribute values.
const TAG = /<\/?([a-z][^\s/<>]*)(?=[\s/>])(?:[^<>"']|"[^<"]*"|'[^<']*')*>/gi;
// Dropped with their content, as the sanitizer does; like the parser, an unclosed one takes the rest with it.
const HIDDEN_TAGS = 'script|style|template|iframe|object|svg|math|noscript|form|button|textarea|select|title';
const HIDDEN = new RegExp(`<(${HIDDEN_TAGS})\\b[^]*?(<\\/\\1\\s*>|$)`, 'gi');
// Where a block starts or ends in htmlText's output; a list item's start is marked too. The source's own
// control characters are replaced first, so these can only come from tags.
const BREAK = '\u0000';
const ITEM_START = '\u0001';

// Emoji show as their name (`:smile:`); block tags end a block, and an opening <li> starts an item.
const tagText = (tag: string, name: string): string =>
  /^img$/i.test(name) && /\bclass="[^"]*\bemoji\b/.test(tag)
    ? (/\balt="([^"]*)"/.exec(tag)?.[1] ?? '')
    : BLOCK.test(name)
      ? BREAK + (/^li$/i.test(name) && tag[1] !== '/' ? ITEM_START : '')
      : '';

// Needs no DOM and no Trusted Types policy, so it also serves where there is none (the server, a refused policy).
function blocksOfHtml(source: string): TextBlock[] {
  const text = decodeEntities(
    source
      .replace(/[\0\u0001]/g, '\ufffd')
      .replace(/<!--[^]*?(-->|$)|<[!?][^<>]*>/g, '')
      .replace(HIDDEN, ' ')
      // Discourse's lightbox caption ("image 1920×1080 120 KB") is chrome, not content.
      .replace(/<div class="meta">[^]*?(<\/div>|$)/g, '')
      .replace(TAG, tagText),
  );
  const out: TextBlock[] = [];
  let item = false;
  for (const part of text.split(BREAK)) {
    // An item's text may start in a later block (`<li><p>…`).
    if (part.startsWith(ITEM_START)) item = true;
    const body = part.replace(ITEM_START, '');
    if (body.trim()) {
      out.push({ text: body, item });
      item = false;
    }
  }
  return out;
}

const blocksOf = (source: string, format: 'markdown' | 'html'): TextBlock[] =>
  (format === 'html' ? blocksOfHtml(source) : blocksOfTree(parseMarkdown(source, {}))).map((block) => ({
    ...block,
    text: block.text.replace(/\s+/g, ' ').trim(),
  }));

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < 1) return '';
  // Leave room for the ellipsis, and cut before the last word that does not fit whole.
  const head = text.slice(0, max);
  const space = head.lastIndexOf(' ');
  const cut = space > 0 ? head.slice(0, space) : head.slice(0, max - 1).replace(/[\ud800-\udbff]$/, '');
  return cut.replace(/[\s.,;:!?·-]+$/, '') + '…';
}

// A block that ends a sentence (closing quotes and brackets allowed after the stop) runs on with a space.
const ENDS_SENTENCE = /[.!?…:;。！？؟۔]['"’”»)\]]*$/u;

/** Where one block ends and the next starts in one line of plain text, when no full stop already shows it. */
export const BLOCK_SEPARATOR = ' · ';

/**
 * Plain text of a Markdown or HTML body on one line (for excerpts, titles, notifications): whitespace
 * collapsed, HTML entities decoded, and where paragraphs, headings or list items meet without a full
 * stop, `BLOCK_SEPARATOR` between them, so "a track.", "- beginners welcome", "- laptops to borrow"
 * reads "a track. beginners welcome · laptops to borrow". Truncated at a word boundary to `max`
 * characters with "…" when longer.
 */
export function plainText(source: string, format: 'markdown' | 'html', max = Infinity): string {
  let text = '';
  for (const { text: block } of blocksOf(source, format)) {
    text = !text ? block : `${text}${ENDS_SENTENCE.test(text) ? ' ' : BLOCK_SEPARATOR}${block}`;
  }
  return truncate(text, max);
}

/** The longest excerpt of a story, in characters (its "…" included). */
export const EXCERPT_CHARS = 240;

/**
 * A story's excerpt, as a Chorus server sends it in `Story.excerpt` and a feed shows it: `plainText`
 * of the body cut to `EXCERPT_CHARS`, so paragraph and list-item boundaries stay visible.
 */
export const excerptOf = (story: { body: string; bodyFormat: 'markdown' | 'html' }): string => plainText(story.body, story.bodyFormat, EXCERPT_CHARS);

/**
 * Plain text of a Markdown or HTML body with its shape kept (for a feed's `content_text`): one
 * paragraph per line with a blank line between, list items on lines of their own starting "• ".
 */
export function plainTextLines(source: string, format: 'markdown' | 'html'): string {
  let text = '';
  let previous: TextBlock | undefined;
  for (const block of blocksOf(source, format)) {
    const line = block.item ? `• ${block.text}` : block.text;
    text = !previous ? line : `${text}${previous.item && block.item ? '\n' : '\n\n'}${line}`;
    previous = block;
  }
  return text;
}

// ---------------------------------------------------------------------------------------
// Markdown: blocks

const FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+|$)(.*)$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const QUOTE = /^ {0,3}> ?/;
const ITEM = /^( {0,3})([-*+]|\d{1,9}[.)])(?:([ \t]+)(.*)|$)/;
// Only these list items may interrupt a paragraph, so "2020. What a year" in running text stays text.
const INTERRUPTING_ITEM = /^ {0,3}([-*+]|1[.)])[ \t]+\S/;

const fence = (line: string): RegExpMatchArray | null => {
  const m = line.match(FENCE);
  // A backtick fence's info string cannot contain backticks (that is inline code).
  return m && !(m[2][0] === '`' && m[3].includes('`')) ? m : null;
};

const startsBlock = (line: string): boolean =>
  HEADING.test(line) || RULE.test(line) || QUOTE.test(line) || INTERRUPTING_ITEM.test(line) || fence(line) !== null;

const indentOf = (line: string): number => line.length - line.trimStart().length;

function parseMarkdown(source: string, cx: Context): RichNode[] {
  const lines = source
    .replace(/\r\n?/g, '\n')
    .replace(/\0/g, '\ufffd')
    .split('\n')
    .map((line) => line.replace(/^[ \t]+/, (ws) => ws.replace(/\t/g, '    ')));
  return blocks(lines, cx);
}

function blocks(lines: string[], cx: Context): RichNode[] {
  const out: RichNode[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    let m: RegExpMatchArray | null;
    if (!line.trim()) i++;
    else if ((m = fence(line))) i = codeBlock(lines, i, m, out);
    else if ((m = line.match(HEADING))) {
      out.push({ t: heading(m[1].length, cx), c: inline(headingText(m[2]), cx) });
      i++;
    } else if (RULE.test(line)) {
      out.push({ t: 'hr', c: [] });
      i++;
    } else if (QUOTE.test(line) && !tooDeep(cx)) i = blockquote(lines, i, out, cx);
    else if ((m = line.match(ITEM)) && !tooDeep(cx)) i = list(lines, i, m, out, cx);
    else i = paragraph(lines, i, out, cx);
  }
  return out;
}

/** The heading's text without its optional closing `#`s (a loop: an end-anchored regex is quadratic here). */
function headingText(text: string): string {
  text = text.trim();
  let end = text.length;
  while (text[end - 1] === '#') end--;
  return end && !/\s/.test(text[end - 1]) ? text : text.slice(0, end).trim();
}

function codeBlock(lines: string[], start: number, [, indent, marker, info]: RegExpMatchArray, out: RichNode[]): number {
  const closing = new RegExp(`^ {0,3}${marker[0]}{${marker.length},}[ \\t]*$`);
  const body: string[] = [];
  let i = start + 1;
  for (; i < lines.length && !closing.test(lines[i]); i++) body.push(lines[i].replace(new RegExp(`^ {0,${indent.length}}`), ''));
  const code: RichElement = { t: 'code', c: [body.join('\n')] };
  const lang = info.trim().split(/\s/)[0];
  if (/^[a-z0-9+#-]+$/i.test(lang)) code.a = { class: `language-${lang}` };
  out.push({ t: 'pre', c: [code] });
  return i + 1;
}

function blockquote(lines: string[], start: number, out: RichNode[], cx: Context): number {
  const inner: string[] = [];
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (QUOTE.test(line)) inner.push(line.replace(QUOTE, ''));
    // A "lazy" line continues the quoted paragraph without repeating the `>`.
    else if (line.trim() && inner[inner.length - 1].trim() && !startsBlock(line)) inner.push(line);
    else break;
  }
  out.push({ t: 'blockquote', c: blocks(inner, deeper(cx)) });
  return i;
}

function list(lines: string[], start: number, first: RegExpMatchArray, out: RichNode[], cx: Context): number {
  const kind = first[2].slice(-1);
  const items: string[][] = [];
  let markerIndent = 0;
  let contentIndent = 0;
  let blank = false;
  let loose = false;
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i];
    const indent = indentOf(line);
    const m = line.match(ITEM);
    if (!line.trim()) {
      blank = true;
      items[items.length - 1].push('');
      continue;
    }
    // Also accept a nested list indented less than CommonMark wants (`1. a` then `  - b`).
    if (items.length && (indent >= contentIndent || (m && indent > markerIndent))) {
      items[items.length - 1].push(line.slice(Math.min(indent, contentIndent)));
    } else if (m && m[2].slice(-1) === kind) {
      markerIndent = indent;
      contentIndent = indent + m[2].length + (m[3] ? Math.min(m[3].length, 4) : 1);
      items.push([m[4] ?? '']);
    } else if (!blank && !m && !startsBlock(line)) {
      items[items.length - 1].push(line.trimStart());
    } else break;
    loose ||= blank;
    blank = false;
  }
  const children = items.map((item): RichElement => {
    const content = blocks(item, deeper(cx));
    // A tight list shows its items' paragraphs without <p> spacing.
    return { t: 'li', c: loose ? content : content.flatMap((node) => (typeof node !== 'string' && node.t === 'p' ? node.c : [node])) };
  });
  const ordered: RichElement = { t: /\d/.test(first[2]) ? 'ol' : 'ul', c: children };
  const startNumber = parseInt(first[2], 10);
  if (startNumber !== 1 && !isNaN(startNumber)) ordered.a = { start: String(startNumber) };
  out.push(ordered);
  return i;
}

function paragraph(lines: string[], start: number, out: RichNode[], cx: Context): number {
  const text: string[] = [];
  let i = start;
  for (; i < lines.length && lines[i].trim() && (i === start || !startsBlock(lines[i])); i++) text.push(lines[i].trimStart());
  out.push({ t: 'p', c: inline(text.join('\n').trimEnd(), cx) });
  return i;
}

// ---------------------------------------------------------------------------------------
// Markdown: inlines

/** A run of `*` or `_` that may open and/or close emphasis (CommonMark's flanking rules). */
interface Delimiter {
  d: string;
  n: number;
  open: boolean;
  close: boolean;
}
type Piece = RichNode | Delimiter;

const isDelimiter = (piece: Piece): piece is Delimiter => typeof piece === 'object' && 'd' in piece;
// 2 = whitespace (or the edge of the text), 1 = punctuation, 0 = anything else.
const charClass = (ch: string | undefined): number => (!ch || /\s/.test(ch) ? 2 : /[\p{P}\p{S}]/u.test(ch) ? 1 : 0);

// `<scheme:…>` in group 1, `<someone@example.org>` in group 2.
const AUTOLINK = /<(?:([a-z][a-z\d+.-]{1,31}:[^\s<>]*)|([^\s<>@]+@[^\s<>@]+))>/iy;
const BARE_URL = /https?:\/\/[^\s<>]+/y;
// `(url "title")`: the URL may hold balanced parentheses (Wikipedia) and escapes, or be written `<url>`.
const LINK_TAIL = /\(\s*(<[^<>\n]*>|(?:[^\s()\\]|\\.|\([^\s()]*\))*)(?:\s+(["'])((?:\\.|(?!\2)[^\\])*)\2)?\s*\)/y;
const ENTITY_AT = new RegExp(ENTITY.source, 'iy');

const sticky = (re: RegExp, text: string, at: number): RegExpExecArray | null => {
  re.lastIndex = at;
  return re.exec(text);
};

// Link destinations and titles honour backslash escapes and entities, so `&#106;avascript:` is seen as what it is.
const unescape = (text: string): string => decodeEntities(text.replace(/\\(?=[!-/:-@[-`{-~])/g, ''));

/** The index of the `]` matching each `[`, found in one pass so that a run of `[` costs linear time. */
function bracketPairs(src: string): Map<number, number> {
  const pairs = new Map<number, number>();
  const open: number[] = [];
  for (let i = 0; i < src.length; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === '[') open.push(i);
    else if (src[i] === ']' && open.length) pairs.set(open.pop() ?? 0, i);
  }
  return pairs;
}

/** `[text](url "title")` starting at `open` (the `[`), or null when it is not a link. */
function linkAt(src: string, open: number, pairs: Map<number, number>): { text: string; url: string; title?: string; end: number } | null {
  const close = pairs.get(open);
  const m = close !== undefined && sticky(LINK_TAIL, src, close + 1);
  if (!m) return null;
  return { text: src.slice(open + 1, close), url: unescape(m[1].replace(/^<(.*)>$/, '$1')), title: m[3] && unescape(m[3]), end: LINK_TAIL.lastIndex };
}

// GFM's rule: trailing punctuation and an unbalanced `)` belong to the sentence, not the URL.
function trimUrl(url: string): string {
  let unclosed = url.split('(').length - url.split(')').length;
  let end = url.length;
  for (;;) {
    const last = url[end - 1];
    if (last === ')' && unclosed < 0) unclosed++;
    else if (!`?!.,:;*_~'"`.includes(last)) return url.slice(0, end);
    end--;
  }
}

/** The code span whose opening backtick run is `fence`, starting at `at`, or null when the run is never closed. */
function codeSpan(src: string, at: number, fence: string): { code: string; end: number } | null {
  const body = at + fence.length;
  for (const m of src.slice(body).matchAll(/`+/g)) {
    if (m[0].length !== fence.length) continue;
    let code = src.slice(body, body + m.index).replace(/\n/g, ' ');
    if (code[0] === ' ' && code.endsWith(' ') && code.trim()) code = code.slice(1, -1);
    return { code, end: body + m.index + fence.length };
  }
  return null;
}

function inline(src: string, cx: Context): RichNode[] {
  const pieces: Piece[] = [];
  const pairs = bracketPairs(src);
  let text = '';
  const push = (...nodes: Piece[]): void => {
    if (text) pieces.push(text);
    text = '';
    pieces.push(...nodes);
  };
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    const next = src[i + 1];
    let m: RegExpExecArray | null;
    if (ch === '\\' && next === '\n') {
      push({ t: 'br', c: [] });
      i += 2;
    } else if (ch === '\\' && charClass(next) === 1) {
      text += next;
      i += 2;
    } else if (ch === '\n') {
      // Two trailing spaces make a hard break; a bare newline is a soft break, shown as a space.
      // Flushing the line keeps `text` short, so this stays linear in the number of lines.
      const hard = text.endsWith('  ');
      text = text.trimEnd();
      push(hard ? { t: 'br', c: [] } : ' ');
      i++;
    } else if (ch === '`') {
      let end = i;
      while (src[end] === '`') end++;
      const fence = src.slice(i, end);
      const span = codeSpan(src, i, fence);
      if (span) push({ t: 'code', c: [span.code] });
      else text += fence;
      i = span ? span.end : i + fence.length;
    } else if (ch === '<' && !cx.inLink && (m = sticky(AUTOLINK, src, i))) {
      push(...link(m[1] ?? `mailto:${m[2]}`, null, [m[1] ?? m[2]], cx));
      i += m[0].length;
    } else if (ch === 'h' && !cx.inLink && /[\s(*_~]|^$/.test(src[i - 1] ?? '') && (m = sticky(BARE_URL, src, i))) {
      const url = trimUrl(m[0]);
      push(...link(url, null, [url], cx));
      i += url.length;
    } else if (((ch === '!' && next === '[') || (ch === '[' && !cx.inLink)) && !tooDeep(cx)) {
      const found = linkAt(src, ch === '!' ? i + 1 : i, pairs);
      if (found) {
        const label = inline(found.text, { ...deeper(cx), inLink: true });
        push(...(ch === '!' ? image(found.url, inlineText(label), found.title, cx) : link(found.url, found.title, label, cx)));
        i = found.end;
      } else {
        text += ch;
        i++;
      }
    } else if (ch === '*' || ch === '_') {
      let end = i;
      while (src[end] === ch) end++;
      const before = charClass(src[i - 1]);
      const after = charClass(src[end]);
      const left = after < 2 && (after === 0 || before > 0);
      const right = before < 2 && (before === 0 || after > 0);
      // `_` inside a word (snake_case) never opens or closes emphasis.
      push({ d: ch, n: end - i, open: left && (ch === '*' || !right || before === 1), close: right && (ch === '*' || !left || after === 1) });
      i = end;
    } else if (ch === '&' && (m = sticky(ENTITY_AT, src, i))) {
      text += entity(m[0], m[1]);
      i += m[0].length;
    } else {
      text += ch;
      i++;
    }
  }
  push();
  return emphasis(pieces);
}

/** Pairs delimiter runs into <em>/<strong>, closers left to right, each with the nearest opener before it. */
function emphasis(pieces: Piece[]): RichNode[] {
  // Where a closer of `*` or `_` last found no opener: none below it will ever match, so stop there.
  const bottom: Record<string, number> = { '*': 0, _: 0 };
  // How deeply each element made here nests emphasis, capped so `*a *a … a* a*` cannot exhaust the stack.
  const heights = new Map<Piece, number>();
  for (let i = 0; i < pieces.length; i++) {
    const closer = pieces[i];
    if (!isDelimiter(closer) || !closer.close) continue;
    for (let j = i - 1; j >= bottom[closer.d] && closer.n; j--) {
      const opener = pieces[j];
      if (!isDelimiter(opener) || !opener.open || opener.d !== closer.d || !opener.n) continue;
      const inner = pieces.slice(j + 1, i);
      const height = inner.reduce((max, piece) => Math.max(max, heights.get(piece) ?? 0), 0) + 1;
      if (height > MAX_DEPTH) break;
      const used = opener.n > 1 && closer.n > 1 ? 2 : 1;
      opener.n -= used;
      closer.n -= used;
      const element: RichElement = { t: used > 1 ? 'strong' : 'em', c: settle(inner) };
      heights.set(element, height);
      pieces.splice(j + 1, i - j - 1, element);
      // What lay between is now inside the new element: a bottom there moves down to it.
      for (const d in bottom) bottom[d] = Math.min(bottom[d], j + 1);
      i = j + 2;
      j++; // the same opener may still have delimiters left (`***both***`)
    }
    if (closer.n) bottom[closer.d] = i;
  }
  return settle(pieces);
}

const settle = (pieces: Piece[]): RichNode[] => pieces.flatMap((piece) => (isDelimiter(piece) ? (piece.n ? [piece.d.repeat(piece.n)] : []) : [piece]));

// ---------------------------------------------------------------------------------------
// HTML sanitizer

/**
 * An element of parsed HTML as the sanitizer reads it: a DOM Element in the browser (DOMParser),
 * a parse5 element on the server. Both parsers follow the HTML standard, so both see the same tree.
 */
export interface HtmlSource {
  /** The local name, lower case. */
  readonly tag: string;
  /** Whether it is an HTML element (not SVG or MathML). */
  readonly html: boolean;
  attr(name: string): string | null;
  children(): Iterable<HtmlSourceNode>;
  /** Descendant `<img>` elements in document order. */
  images(): Iterable<HtmlSource>;
}
/** Text, an element, or anything else (a comment, a doctype), which the sanitizer drops. */
export type HtmlSourceNode = string | HtmlSource | null;

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
// Chromium's parser stops nesting at 512; deeper than this, hostile input loses its innermost content.
const MAX_HTML_DEPTH = 256;

const classesOf = (el: HtmlSource): string[] => (el.attr('class') ?? '').split(/[\t\n\f\r ]+/);

function fromHtml(nodes: Iterable<HtmlSourceNode>, cx: Context): RichNode[] {
  const out: RichNode[] = [];
  if ((cx.depth ?? 0) > MAX_HTML_DEPTH) return out;
  const inner = deeper(cx);
  for (const node of nodes) {
    if (typeof node === 'string') out.push(node);
    else if (node) out.push(...fromElement(node, inner));
  }
  return out;
}

function fromElement(el: HtmlSource, cx: Context): RichNode[] {
  const tag = el.tag;
  const attr = (name: string): string => el.attr(name) ?? '';
  const children = (): RichNode[] => fromHtml(el.children(), cx);
  // Foreign (SVG/MathML) elements only occur inside <svg>/<math>, which go anyway; this is belt and braces.
  if (DROPPED.test(tag) || !el.html) return [];
  if (tag === 'a') {
    // Discourse wraps uploads in a lightbox link plus a caption of file name and size: keep the picture only.
    if (classesOf(el).includes('lightbox')) return fromHtml(el.images(), cx);
    return link(attr('href'), el.attr('title'), fromHtml(el.children(), { ...cx, inLink: true }), cx);
  }
  if (tag === 'img') {
    if (!cx.images && classesOf(el).includes('emoji')) return [attr('alt') || attr('title')];
    const size: Record<string, string> = {};
    for (const name of ['width', 'height']) if (COUNT.test(attr(name))) size[name] = attr(name);
    return image(attr('src'), attr('alt'), null, cx, size);
  }
  if (!INLINE.test(tag) && !BLOCK.test(tag)) return children();
  const a: Record<string, string> = {};
  for (const [name, shape] of Object.entries(ATTRIBUTES[tag] ?? {})) if (shape.test(attr(name))) a[name] = attr(name);
  const language = tag === 'code' && classesOf(el).find((name) => /^language-[a-z0-9+#-]+$/i.test(name));
  if (language) a.class = language;
  return [{ t: /^h\d$/.test(tag) ? heading(+tag[1], cx) : tag, a, c: children() }];
}

// ---------------------------------------------------------------------------------------
// Trees

/**
 * Markdown (a CommonMark-ish subset) → the sanitized tree. Headings move down (see `headingOffset`);
 * raw HTML shows as text.
 */
export function markdownTree(source: string, options: RichTextOptions = {}): RichNode[] {
  return parseMarkdown(source, options);
}

/** Parsed untrusted HTML (the children of a parsed body) → the sanitized tree. */
export function sanitizeHtml(nodes: Iterable<HtmlSourceNode>, options: RichTextOptions = {}): RichNode[] {
  return fromHtml(nodes, options);
}

const escapeText = (text: string): string => text.replace(/[&<>\u00a0]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '\u00a0': '&nbsp;' })[ch] ?? ch);
const escapeAttribute = (text: string): string =>
  text.replace(/[&<>"\u00a0]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\u00a0': '&nbsp;' })[ch] ?? ch);
const VOID = /^(br|hr|img)$/;

/**
 * The tree as an HTML string, for places without a DOM (story pages, feeds). Every text and attribute
 * value is escaped; tag and attribute names only ever come from the allow-list.
 */
export function treeToHtml(nodes: RichNode[]): string {
  let html = '';
  for (const node of nodes) {
    if (typeof node === 'string') {
      html += escapeText(node);
      continue;
    }
    html += `<${node.t}`;
    for (const [name, value] of Object.entries(node.a ?? {})) html += ` ${name}="${escapeAttribute(value)}"`;
    html += VOID.test(node.t) ? '>' : `>${treeToHtml(node.c)}</${node.t}>`;
  }
  return html;
}

/**
 * Renumbers a tree's headings so its outline starts at `top` and never skips a level (`##` then
 * `####` become h2 then h3): for a page where a story's own headings sit under the page's h1.
 */
export function outlineHeadings(nodes: RichNode[], top: number): RichNode[] {
  let lowest = 6;
  const find = (list: RichNode[]): void => {
    for (const node of list) {
      if (typeof node === 'string') continue;
      const level = /^h([1-6])$/.exec(node.t);
      if (level) lowest = Math.min(lowest, +level[1]);
      else find(node.c);
    }
  };
  find(nodes);
  let previous = top - 1;
  const renumber = (list: RichNode[]): RichNode[] =>
    list.map((node) => {
      if (typeof node === 'string') return node;
      const level = /^h([1-6])$/.exec(node.t);
      if (!level) return { ...node, c: renumber(node.c) };
      previous = Math.min(Math.max(+level[1] - lowest + top, top), previous + 1, 6);
      return { ...node, t: `h${previous}` };
    });
  return renumber(nodes);
}

/** The first image of a tree rendered with `images: true` (a story's picture for link previews), or null. */
export function firstImage(nodes: RichNode[]): { src: string; alt: string } | null {
  for (const node of nodes) {
    if (typeof node === 'string') continue;
    if (node.t === 'img' && node.a?.src) return { src: node.a.src, alt: node.a.alt ?? '' };
    const found = firstImage(node.c);
    if (found) return found;
  }
  return null;
}
