/**
 * The text of a story's post on a social network: its title, a short excerpt
 * and the link to its page, within the network's length, cut on a word
 * boundary. Lengths are counted the way each network counts them.
 */
import type { AdminStory } from '../../src/schema/index.ts';
import { plainText } from '../../src/upstream/rich-text-tree.ts';
import { hideEmails, quietMentions } from './text.ts';

/** How a network measures a post. */
export interface LengthRule {
  /** The most the network accepts, in its own units. */
  max: number;
  /** The length of a piece of text without links in it (graphemes, or X's weighted characters). */
  measure: (text: string) => number;
  /** What one link costs, whatever its length; undefined when a link counts as its text. */
  linkCost?: number | undefined;
  /** UTF-8 bytes the whole text may take (Bluesky: 3,000). */
  maxBytes?: number | undefined;
}

const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** User-perceived characters: an emoji with its modifiers, or a letter with its accents, is one. */
export function graphemeCount(text: string): number {
  let count = 0;
  for (const _ of graphemeSegmenter.segment(text)) count++;
  return count;
}

export const utf8Length = (text: string): number => Buffer.byteLength(text, 'utf8');

/**
 * X's weighted length (twitter-text configuration v3): code points in these
 * ranges (Latin, Greek, Cyrillic, Hebrew, Arabic, Indic scripts, common
 * punctuation) weigh 1; everything else, CJK and emoji included, weighs 2. An
 * emoji sequence counts as one emoji. Hand-written because the official
 * `twitter-text` package has been unmaintained since 2020 and brings four
 * dependencies for these few lines.
 */
export function xWeightedLength(text: string): number {
  let weight = 0;
  for (const { segment } of graphemeSegmenter.segment(text)) {
    if (/\p{Extended_Pictographic}/u.test(segment)) {
      weight += 2;
      continue;
    }
    for (const char of segment) {
      const code = char.codePointAt(0) ?? 0;
      const light = code <= 0x10ff || (code >= 0x2000 && code <= 0x200d) || (code >= 0x2010 && code <= 0x201f) || (code >= 0x2032 && code <= 0x2037);
      weight += light ? 1 : 2;
    }
  }
  return weight;
}

const URL_TOKEN = /https?:\/\/\S+/gi;

/** The length of text that may contain links, under a rule. A link costs its own length or `linkCost`, whichever is more. */
export function measure(text: string, rule: LengthRule): number {
  if (rule.linkCost === undefined) return rule.measure(text);
  let total = 0;
  let last = 0;
  for (const match of text.matchAll(URL_TOKEN)) {
    total += rule.measure(text.slice(last, match.index)) + Math.max(rule.linkCost, rule.measure(match[0]));
    last = match.index + match[0].length;
  }
  return total + rule.measure(text.slice(last));
}

/**
 * The longest start of `text` that ends on a word boundary and, followed by an
 * ellipsis, passes `fits`; `''` if not even one word does. Words come from the
 * platform's segmenter for the story's language, so Chinese and Japanese text,
 * written without spaces, is cut between words too. `fits` must only ever turn
 * false as the text grows (every length rule here does), which lets the cut be
 * found by bisection: a moderation page lists hundreds of stories, each with
 * several posts prepared.
 */
export function cutOnWord(text: string, fits: (candidate: string) => boolean, language?: string | null): string {
  if (fits(text)) return text;
  let locale: string | undefined;
  try {
    locale = language ? Intl.getCanonicalLocales(language)[0] : undefined;
  } catch {
    locale = undefined;
  }
  // Never inside a link: half an address would be a broken link.
  const links = [...text.matchAll(URL_TOKEN)].map((match) => [match.index, match.index + match[0].length] as const);
  const insideLink = (at: number) => links.some(([start, end]) => at > start && at < end);
  const ends: number[] = [];
  for (const { segment, index, isWordLike } of new Intl.Segmenter(locale, { granularity: 'word' }).segment(text)) {
    const end = index + segment.length;
    // After a word, or after an emoji (a run of emoji has no words, but each emoji is a segment of its own).
    if ((isWordLike || /\p{Extended_Pictographic}/u.test(segment)) && !insideLink(end)) ends.push(end);
  }
  const candidate = (end: number) => `${text.slice(0, end).trimEnd()}…`;
  let low = 0;
  let high = ends.length - 1;
  let best = '';
  while (low <= high) {
    const middle = (low + high) >> 1;
    const attempt = candidate(ends[middle] ?? 0);
    if (fits(attempt)) {
      best = attempt;
      low = middle + 1;
    } else high = middle - 1;
  }
  return best;
}

/** The story's text as one line of plain text for a public post: no markup, no e-mail address, no mention that notifies anyone. */
export function postExcerpt(story: Pick<AdminStory, 'body' | 'bodyFormat'>): string {
  // A post shows a few hundred characters at most: the rest of a long story is never needed.
  // Addresses are hidden in the plain text, so Markdown around one (`**a@b.org**`) cannot keep part of it.
  const text = hideEmails(plainText(story.body, story.bodyFormat));
  return quietMentions(Array.from(text).slice(0, 2000).join(''));
}

/** One line: control characters and line breaks of a title would break the post's layout. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * `title`, a blank line, as much of the excerpt as fits, a blank line, then the
 * link to the story's page, within `rule`. The link is never cut; the excerpt
 * goes first, then the title is cut if it must be.
 */
export function composePost(story: Pick<AdminStory, 'title' | 'body' | 'bodyFormat' | 'language'>, link: string, rule: LengthRule): string {
  const tail = `\n\n${link}`;
  // The story's own link sits alone on its line, so a network that counts links at a fixed cost surely counts this one so.
  const linkLength = rule.linkCost ?? rule.measure(link);
  const fits = (head: string) =>
    measure(`${head}\n\n`, rule) + linkLength <= rule.max && (rule.maxBytes === undefined || utf8Length(`${head}${tail}`) <= rule.maxBytes);
  const title = quietMentions(oneLine(story.title));
  const excerpt = postExcerpt(story);
  if (!fits(title)) return `${cutOnWord(title, fits, story.language)}${tail}`.trimStart();
  if (!excerpt) return `${title}${tail}`;
  const body = cutOnWord(excerpt, (candidate) => fits(`${title}\n\n${candidate}`), story.language);
  return body ? `${title}\n\n${body}${tail}` : `${title}${tail}`;
}
