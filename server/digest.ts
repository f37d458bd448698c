/**
 * The newsletter digest: approved stories published in a date range, grouped
 * by kind, each with its title, author, one-paragraph excerpt and link, as
 * Markdown or HTML ready to paste into the newsletter.
 */
import { isHttpUrl, type Story } from '../src/schema/index.ts';
import { dateFormat } from '../src/shared/intl.ts';
import { plainText } from '../src/upstream/rich-text-tree.ts';
import { digestStrings } from './digest.strings.ts';

const DAY_MS = 86_400_000;
const KIND_ORDER = ['news', 'story', 'event', 'boost'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?$/;

/** The range `[since, until)` a digest covers, and the days it names. */
export interface DigestRange {
  since: Date;
  until: Date;
  /** Shown in the heading: both days included. */
  firstDay: string;
  lastDay: string;
}

function parseInstant(value: string): Date | null {
  if (!DATE.test(value) && !DATE_TIME.test(value)) return null;
  const date = new Date(DATE.test(value) ? `${value}T00:00:00Z` : value);
  // `2025-02-30` must not quietly become March 2nd.
  if (Number.isNaN(date.getTime()) || (DATE.test(value) && date.toISOString().slice(0, 10) !== value)) return null;
  return date;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Reads `since` and `until` (calendar days in UTC, both included, or exact
 * ISO times); `until` defaults to today, `since` to a week before it. Names
 * the parameter that is wrong, if any.
 */
export function digestRange(sinceParam: string | undefined, untilParam: string | undefined, now: number): DigestRange | { invalid: ('since' | 'until')[] } {
  const invalid: ('since' | 'until')[] = [];
  const untilValue = untilParam || day(new Date(now));
  const untilStart = parseInstant(untilValue);
  if (!untilStart) invalid.push('until');
  // A day means all of it: until=2025-01-31 includes stories published that evening.
  const until = untilStart && DATE.test(untilValue) ? new Date(untilStart.getTime() + DAY_MS) : untilStart;
  const since = sinceParam ? parseInstant(sinceParam) : until ? new Date(until.getTime() - 7 * DAY_MS) : null;
  if (!since) invalid.push('since');
  if (!since || !until) return { invalid };
  if (since.getTime() >= until.getTime()) return { invalid: ['until'] };
  return { since, until, firstDay: day(since), lastDay: day(new Date(until.getTime() - (DATE.test(untilValue) ? DAY_MS : 0))) };
}

/** Where a reader can read the story: its own link, its page, or where it was amplified; http(s) only. */
function hrefOf(story: Story): string | null {
  for (const candidate of [story.link, story.url, ...story.links.map((link) => link.url)]) {
    if (candidate && isHttpUrl(candidate)) return new URL(candidate).href;
  }
  return null;
}

/** The first paragraph as plain text, cut at a word under `max` characters. */
export function firstParagraph(story: Pick<Story, 'body' | 'bodyFormat'>, max = 280): string {
  const source =
    story.bodyFormat === 'html'
      ? story.body
      : (story.body
          .replace(/\r\n?/g, '\n')
          .split(/\n[ \t]*\n/)
          .find((block) => plainText(block, 'markdown').trim()) ?? '');
  const text = story.bodyFormat === 'html' ? plainText(/<p[\s>][^]*?(<\/p>|$)/i.exec(source)?.[0] ?? source, 'html', max) : plainText(source, 'markdown', max);
  return text;
}

function groupByKind(stories: Story[], t: ReturnType<typeof digestStrings>): [string, Story[]][] {
  return KIND_ORDER.map((kind) => [t(`kind_${kind}`), stories.filter((story) => story.kind === kind)] as [string, Story[]]).filter(
    ([, list]) => list.length > 0,
  );
}

function mdEscape(text: string): string {
  return text.replace(/([\\`*_[\]{}()#+!|<>~-])/g, '\\$1');
}

/** The digest's title, its days written as the language writes dates. */
function title(range: DigestRange, locale: string): string {
  const long = dateFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  return digestStrings(locale)('title', {
    first: long.format(new Date(`${range.firstDay}T00:00:00Z`)),
    last: long.format(new Date(`${range.lastDay}T00:00:00Z`)),
  });
}

/** The digest as Markdown, its own words in `locale` (the stories stay as written). */
export function digestMarkdown(stories: Story[], range: DigestRange, locale = 'en'): string {
  const t = digestStrings(locale);
  const lines = [`# ${mdEscape(title(range, locale))}`, ''];
  if (stories.length === 0) lines.push(t('empty'), '');
  for (const [heading, list] of groupByKind(stories, t)) {
    lines.push(`## ${heading}`, '');
    for (const story of list) {
      const href = hrefOf(story);
      const title = mdEscape(story.title);
      const summary = firstParagraph(story);
      // `<…>` keeps parentheses in a URL from ending the link; URL.href has no spaces or `<>`.
      lines.push(
        `- **${href ? `[${title}](<${href}>)` : title}** ${t('by', { author: mdEscape(story.authorName) })}${summary ? ` — ${mdEscape(summary)}` : ''}`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}

function htmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** The digest as HTML, its own words in `locale` (the stories stay as written). */
export function digestHtml(stories: Story[], range: DigestRange, locale = 'en'): string {
  const t = digestStrings(locale);
  const parts = [`<h1>${htmlEscape(title(range, locale))}</h1>`];
  if (stories.length === 0) parts.push(`<p>${htmlEscape(t('empty'))}</p>`);
  for (const [heading, list] of groupByKind(stories, t)) {
    parts.push(`<h2>${htmlEscape(heading)}</h2>`, '<ul>');
    for (const story of list) {
      const href = hrefOf(story);
      const title = htmlEscape(story.title);
      const linked = href ? `<a href="${htmlEscape(href)}">${title}</a>` : title;
      const summary = firstParagraph(story);
      parts.push(`<li><strong>${linked}</strong> ${t('by', { author: htmlEscape(story.authorName) })}${summary ? ` — ${htmlEscape(summary)}` : ''}</li>`);
    }
    parts.push('</ul>');
  }
  return parts.join('\n') + '\n';
}
